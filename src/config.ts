import path from 'node:path';

/** The environment newsbot runs in (interface.md, section 4), checked once. */
export interface Config {
  /** Bot token; without it `npm start` opens the local console. */
  discordToken: string | null;
  /** The application id, needed to deploy commands. */
  discordClientId: string | null;
  /** Deploy commands to this guild only (instant) instead of globally. */
  discordGuildId: string | null;
  /** REST base URL. Default `https://discord.com/api`. */
  discordApiBase: string;
  /** The corpus folder. Default `./seeds`. */
  corpusDir: string;
  /** Where facts and the index snapshot are cached. Default `.cache/newsbot`. */
  cacheDir: string;
  /** Default `info`. */
  logLevel: LogLevel;
  /** `auto`, a shard count, or null to run in one process. */
  shards: 'auto' | number | null;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_API_BASE = 'https://discord.com/api';

function optional(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

/** Reads and checks the environment; throws a `newsbot:` error naming the variable that is wrong. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = (optional(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new Error(`newsbot: LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
  }
  const apiBase = optional(env, 'DISCORD_API_BASE') ?? DEFAULT_API_BASE;
  if (!/^https?:\/\//.test(apiBase)) {
    throw new Error(`newsbot: DISCORD_API_BASE must be an http(s) URL, not "${apiBase}"`);
  }
  return {
    discordToken: optional(env, 'DISCORD_TOKEN'),
    discordClientId: optional(env, 'DISCORD_CLIENT_ID'),
    discordGuildId: optional(env, 'DISCORD_GUILD_ID'),
    discordApiBase: apiBase.replace(/\/+$/, ''),
    corpusDir: path.resolve(optional(env, 'CORPUS_DIR') ?? 'seeds'),
    cacheDir: path.resolve(optional(env, 'NEWSBOT_CACHE_DIR') ?? path.join('.cache', 'newsbot')),
    logLevel: logLevel as LogLevel,
    shards: readShards(optional(env, 'SHARDS')),
  };
}

function readShards(value: string | null): Config['shards'] {
  if (value === null) return null;
  if (value === 'auto') return 'auto';
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`newsbot: SHARDS must be "auto" or a positive whole number, not "${value}"`);
  }
  return count;
}
