import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REST, type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from 'discord.js';
import type { Config } from '../config.js';
import { loadLibrary } from '../library.js';
import { createLogger } from '../log.js';
import { watchCorpus } from '../live/watch-corpus.js';
import { createNewsbot } from '../newsbot.js';
import { CORPUS_CHANGED } from './corpus-changed.js';
import { stopOnSignals } from './shutdown.js';
import { requireToken } from './start.js';

/** The script each shard process runs. */
const SHARD_ENTRY = fileURLToPath(new URL('./shard.ts', import.meta.url));

/** Discord takes `max_concurrency` logins per 5 seconds; discord.js waits 5.5 s between shards by default. */
const IDENTIFY_WINDOW_MS = 5500;
/** How long a shard may take to load the corpus and log in before it counts as failed. */
const READY_TIMEOUT_MS = 120_000;

/** What Discord says about the bot's gateway (asked through DISCORD_API_BASE, like every other request). */
async function gatewayInfo(config: Config, token: string): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST({ api: config.discordApiBase }).setToken(token);
  try {
    return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    throw new Error(`newsbot: could not connect to Discord: ${(error as Error).message}`, { cause: error });
  }
}

/** Stops one shard's process with a signal, so it shuts down as gracefully as a bot on its own does. */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * `SHARDS` set: runs the bot under discord.js's ShardingManager, one process per shard, each loading the
 * corpus and answering the interactions of its guilds. Shards that die are started again. The manager
 * watches the corpus and tells the shards when it changed (see `CORPUS_CHANGED`).
 */
export async function startShards(config: Config): Promise<ShardingManager> {
  const token = requireToken(config);
  const logger = createLogger({ level: config.logLevel, secrets: [token] });
  // Fill the fact cache and the index snapshot once here, so the shards read them instead of each extracting.
  // The shards log the corpus warnings; saying them here too would say them twice.
  const library = await loadLibrary({ corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  const newsbot = createNewsbot(library, { cacheDir: config.cacheDir });
  newsbot.prepare();
  // Asked before spawning anything: a bad token or an unreachable Discord stops here, once.
  const gateway = await gatewayInfo(config, token);
  const totalShards = config.shards === 'auto' ? gateway.shards : (config.shards ?? 1);
  const spawnDelay = Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, gateway.session_start_limit.max_concurrency));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const manager = new ShardingManager(SHARD_ENTRY, { token, totalShards, execArgv: ['--expose-gc', '--import', tsx] });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: totalShards }, 'starting shard');
    shard.on('death', () => logger.error({ shard: shard.id }, 'shard process died; starting it again'));
  });
  // one watcher for all shards: the manager extracts new files once, then tells the shards to refresh
  const watcher = watchCorpus(newsbot, {
    onRefresh: (current) => {
      logger.info({ articles: current.documents.length }, 'corpus refreshed; telling the shards');
      manager.broadcast(CORPUS_CHANGED).catch((error: unknown) => {
        logger.error({ err: error }, 'could not tell every shard about the corpus change');
      });
    },
    onError: (error) => logger.error({ err: error }, 'could not take in the corpus changes; shards answer from before'),
  });
  // what the manager's first refresh needs is worked out while the shards start; the tags it saves ahead
  // are read by shards started later (a deployment's `newsbot ingest` saves them before any shard starts)
  setImmediate(() => {
    newsbot.warmUp();
    void newsbot.tagAhead();
  });
  stopOnSignals(async () => {
    manager.respawn = false;
    await watcher.close();
    await Promise.all([...manager.shards.values()].map(stopShard));
  }, logger);
  await manager.spawn({ amount: totalShards, delay: spawnDelay, timeout: READY_TIMEOUT_MS });
  logger.info({ shards: totalShards }, 'all shards ready');
  return manager;
}
