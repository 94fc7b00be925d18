import dotenv from 'dotenv';
import { startShards } from './bot/shards.js';
import { startBot } from './bot/start.js';
import { runConsole } from './cli/console.js';
import { readConfig } from './config.js';
import { loadLibrary } from './library.js';
import { watchCorpus } from './live/watch-corpus.js';
import { createNewsbot } from './newsbot.js';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console over the corpus. */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = readConfig();
  if (config.discordToken) {
    await (config.shards === null ? startBot(config) : startShards(config));
    return;
  }
  const onWarning = (message: string): void => {
    process.stderr.write(`${message}\n`);
  };
  const library = await loadLibrary({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, onWarning });
  const newsbot = createNewsbot(library, { cacheDir: config.cacheDir, onWarning });
  const watcher = watchCorpus(newsbot, {
    onError: (error) => onWarning(`newsbot: could not take in the corpus changes (${error.message})`),
  });
  setImmediate(() => {
    newsbot.warmUp();
    void newsbot.tagAhead();
  });
  try {
    await runConsole(newsbot, process.stdin, process.stdout);
  } finally {
    await watcher.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message ?? error}\n`);
  process.exitCode = 1;
});
