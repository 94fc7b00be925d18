import type { Config } from '../config.js';
import { loadLibrary } from '../library.js';
import { watchCorpus } from '../live/watch-corpus.js';
import { createLogger, type Logger } from '../log.js';
import { createNewsbot } from '../newsbot.js';
import { createBot, type ShardAssignment } from './client.js';
import { refreshLog, refreshOnManagerMessages } from './corpus-changed.js';
import { loadCommands } from './load-commands.js';
import { stopOnSignals } from './shutdown.js';

/** The bot token, or a `newsbot:` error saying where to get one. */
export function requireToken(config: Config): string {
  if (!config.discordToken) {
    throw new Error('newsbot: DISCORD_TOKEN is not set (the bot token, from the Bot tab of the developer portal)');
  }
  return config.discordToken;
}

/**
 * Errors nobody caught: a rejected promise is logged and the bot goes on; after an uncaught exception the
 * process is in an unknown state, so it is logged and the process exits, for its supervisor (or the sharding
 * manager) to start it again.
 */
function logUncaught(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception; exiting');
    logger.flush();
    process.exit(1);
  });
}

/**
 * Loads the corpus, then logs the bot in to Discord and answers slash commands until a signal stops it.
 * Resolves once the bot is ready; the process then keeps running. `shard`: which shard this process is,
 * when a sharding manager started it (default: the only one).
 */
export async function startBot(config: Config, shard?: ShardAssignment): Promise<void> {
  const token = requireToken(config);
  const logger = createLogger({ level: config.logLevel, secrets: [token] });
  logUncaught(logger);
  const started = performance.now();
  // The corpus is loaded before logging in: no command arrives before there is something to answer it with.
  const onWarning = (message: string): void => logger.warn(message);
  const library = await loadLibrary({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, onWarning });
  const newsbot = createNewsbot(library, { cacheDir: config.cacheDir, onWarning });
  newsbot.prepare();
  logger.info(
    { corpus: config.corpusDir, articles: library.documents.length, ms: Math.round(performance.now() - started) },
    'corpus loaded',
  );
  const { commands, problems } = await loadCommands();
  for (const problem of problems) logger.error(problem);
  // new, changed and deleted corpus files are taken in while the bot runs; under a sharding manager, the
  // manager watches for all its shards
  const watcher = shard ? null : watchCorpus(newsbot, refreshLog(logger));
  if (shard) refreshOnManagerMessages(newsbot, logger);
  const bot = createBot({ newsbot, commands, logger, apiBase: config.discordApiBase, shard });
  const stop = async (): Promise<void> => {
    await watcher?.close();
    await bot.destroy();
  };
  stopOnSignals(stop, logger);
  try {
    await bot.login(token);
  } catch (error) {
    await stop();
    logger.flush();
    throw new Error(`newsbot: could not connect to Discord: ${(error as Error).message}`, { cause: error });
  }
  setImmediate(() => {
    newsbot.warmUp();
    void newsbot.tagAhead();
  });
}
