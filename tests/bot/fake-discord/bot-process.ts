import { startBot } from '../../../src/bot/start.js';
import { readConfig } from '../../../src/config.js';

/**
 * The bot as `npm start` runs it (startBot with the environment's config), in a process of its own, for tests
 * that measure it. Started with `--expose-gc` and an IPC channel, it answers the message `'heap'` with its heap
 * use after a full garbage collection: `{ heapUsed }` in bytes.
 */

process.on('message', (message) => {
  if (message !== 'heap') return;
  const { gc } = globalThis as { gc?: () => void };
  if (!gc) throw new Error('newsbot: start the bot process with --expose-gc to measure its heap');
  // Twice: objects freed by the first collection's finalizers go in the second.
  gc();
  gc();
  process.send?.({ heapUsed: process.memoryUsage().heapUsed });
});

await startBot(readConfig());
