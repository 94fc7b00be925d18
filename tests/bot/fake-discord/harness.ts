import path from 'node:path';
import { Writable } from 'node:stream';
import { type Bot, createBot } from '../../../src/bot/client.js';
import { loadCommands } from '../../../src/bot/load-commands.js';
import type { RateLimitOptions } from '../../../src/bot/rate-limit.js';
import { openLibrary } from '../../../src/library.js';
import { createLogger } from '../../../src/log.js';
import { createNewsbot, type Newsbot } from '../../../src/newsbot.js';
import { FakeDiscord } from './server.js';

export const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');

/** The real newsbot over the two seed articles, without any cache on disk. */
export function seedsNewsbot(): Newsbot {
  return createNewsbot(openLibrary({ corpusDir: SEEDS, cacheDir: null }), { cacheDir: null });
}

/** The real bot (real commands, dispatcher and discord.js client) logged in to a fresh fake Discord. */
export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** The raw log output, to look for what must never be in it. */
  logText(): string;
  close(): Promise<void>;
}

export async function startHarness(
  newsbot: Newsbot,
  options: { rateLimit?: Partial<RateLimitOptions> } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'trace', destination, secrets: [fake.token] });
  const { commands, problems } = await loadCommands();
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const bot = createBot({ newsbot, commands, logger, apiBase: fake.apiBase, rateLimit: options.rateLimit });
  await bot.login(fake.token);
  return {
    fake,
    bot,
    get logs() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText: () => lines.join('\n'),
    async close() {
      // The client first: a fake that goes away under it makes it reconnect every half second.
      await bot.destroy();
      await fake.close();
    },
  };
}
