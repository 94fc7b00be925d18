import { Client, Events, GatewayIntentBits, RESTEvents } from 'discord.js';
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
  // discord.js waits out 429s itself; say when it does, since answers are late meanwhile.
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'Discord rate limit'),
  );
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
    rest: { api: options.apiBase ?? DEFAULT_API_BASE },
    allowedMentions: { parse: [] },
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
