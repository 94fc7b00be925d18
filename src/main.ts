import dotenv from 'dotenv';
import { startShards } from './bot/shards.js';
import { startBot } from './bot/start.js';
import { runConsole } from './cli/console.js';
import { readConfig } from './config.js';
import { openLibrary } from './library.js';
import { createNewsbot } from './newsbot.js';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console over the corpus. */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = readConfig();
  if (config.discordToken) {
    await (config.shards === null ? startBot(config) : startShards(config));
    return;
  }
  const library = openLibrary({
    corpusDir: config.corpusDir,
    cacheDir: config.cacheDir,
    onWarning: (message) => process.stderr.write(`${message}\n`),
  });
  await runConsole(createNewsbot(library, { cacheDir: config.cacheDir }), process.stdin, process.stdout);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message ?? error}\n`);
  process.exitCode = 1;
});
