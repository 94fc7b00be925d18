import { Client, Events, GatewayIntentBits, Options, RESTEvents, type Snowflake } from 'discord.js';
import { DEFAULT_API_BASE } from '../config.js';
import type { Logger } from '../log.js';
import type { Newsbot } from '../newsbot.js';
import type { Command } from './command.js';
import { createDispatcher } from './dispatch.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { createSuggestions } from './suggest.js';

export interface BotOptions {
  newsbot: Newsbot;
  /** By command name. */
  commands: ReadonlyMap<string, Command>;
  logger: Logger;
  /** REST base URL. Default Discord's (`https://discord.com/api`). */
  apiBase?: string;
  /** The per-user command limit. Default 5 commands per 10 seconds. */
  rateLimit?: Partial<RateLimitOptions>;
  /** Which shard this process is. Default: the only one, `{ id: 0, count: 1 }`. */
  shard?: ShardAssignment;
}

export interface ShardAssignment {
  id: number;
  count: number;
}

/** A Discord client wired to the commands; nothing happens until `login`. */
export interface Bot {
  readonly client: Client;
  /** Connects, and resolves once Discord says the bot is ready to take commands. */
  login(token: string): Promise<void>;
  /** Disconnects; the process can end after this. */
  destroy(): Promise<void>;
}

/**
 * discord.js holds every request to Discord's global limit of 50 a second, but interaction replies are exempt
 * from it (https://discord.com/developers/docs/topics/rate-limits#global-rate-limit) and are nearly all this
 * bot sends: at 50 the answers would queue behind each other under load. Discord's own 429s are still waited out.
 */
const REQUESTS_PER_SECOND = 500;

/**
 * discord.js keeps a REST queue per route and major parameter, so one per interaction (answers go to
 * `/webhooks/APP/TOKEN/...`), and by default forgets idle ones once an hour: a busy bot would hold thousands.
 * Idle queues are cheap to make again.
 */
export const REST_SWEEP_MS = 10_000;

/**
 * What discord.js keeps in memory. Interactions carry their user, member and message with them, so nothing
 * needs caching; by default discord.js would keep every user and member who ever ran a command (and the
 * last 200 messages of each channel) for as long as the process runs. The bot's own user and member stay.
 */
function makeCache() {
  const isSelf = (item: { id: Snowflake; client: Client }) => item.id === item.client.user?.id;
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    UserManager: { maxSize: 0, keepOverLimit: isSelf },
    GuildMemberManager: { maxSize: 0, keepOverLimit: isSelf },
    MessageManager: 0,
  });
}

/** Forwards what discord.js says about its connection and its REST queue to the log. */
function logClientEvents(client: Client, logger: Logger, stopping: () => boolean): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardError, (error, shard) => logger.error({ err: error, shard }, 'gateway error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway closed'));
  // discord.js says "reconnecting" while it is being destroyed, too.
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping()) logger.info({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  // After an invalid session (op 9) the shard identifies again: a new session, events of the old one are lost.
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'gateway session ready'));
  // discord.js waits out 429s and retries 5xx itself; say when it does, since answers are late meanwhile.
  // Routes are logged in their general form (`/interactions/:id/:token/callback`): no interaction token.
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'Discord rate limit'),
  );
  client.rest.on(RESTEvents.Response, (request, response) => {
    const where = { method: request.method, route: request.route, status: response.status };
    if (response.status === 429) {
      const retryAfterMs = Number(response.headers.get('retry-after')) * 1000;
      const global = response.headers.has('x-ratelimit-global');
      logger.warn({ ...where, retryAfterMs, global }, 'Discord rate limit; waiting it out');
    } else if (response.status >= 500) {
      const final = request.retries >= client.rest.options.retries;
      logger.warn(
        { ...where, attempt: request.retries + 1 },
        final ? 'Discord failed; giving up' : 'Discord failed; retrying',
      );
    }
  });
  if (logger.isLevelEnabled('debug')) client.on(Events.Debug, (message) => logger.debug(message));
}

/**
 * The discord.js client with every interaction going to the dispatcher, nothing ever pinging (the client
 * default for `allowedMentions`, on top of the one on every reply), and its events logged.
 */
export function createBot(options: BotOptions): Bot {
  const { logger } = options;
  const shard = options.shard ?? { id: 0, count: 1 };
  // Slash commands arrive without any intent; Guilds is the one the guide asks for, and it is not privileged.
  // The shard is given explicitly: left out, discord.js would JSON-parse a SHARDS variable meant for newsbot.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    shards: [shard.id],
    shardCount: shard.count,
    rest: {
      api: options.apiBase ?? DEFAULT_API_BASE,
      globalRequestsPerSecond: REQUESTS_PER_SECOND,
      handlerSweepInterval: REST_SWEEP_MS,
    },
    allowedMentions: { parse: [] },
    makeCache: makeCache(),
  });
  const dispatch = createDispatcher({
    commands: options.commands,
    context: { newsbot: options.newsbot, suggest: createSuggestions(options.newsbot) },
    logger,
    rateLimiter: createRateLimiter(options.rateLimit),
  });
  let stopping = false;
  logClientEvents(client, logger, () => stopping);
  client.on(Events.InteractionCreate, (interaction) => {
    dispatch(interaction).catch((error: unknown) => logger.error({ err: error }, 'interaction handler failed'));
  });
  return {
    client,
    async login(token) {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
      logger.info(
        { user: client.user?.tag, shards: [...client.ws.shards.keys()], commands: [...options.commands.keys()] },
        'ready for commands',
      );
    },
    destroy() {
      stopping = true;
      return client.destroy();
    },
  };
}
