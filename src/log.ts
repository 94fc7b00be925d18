import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Default `info`. */
  level?: LogLevel;
  /** Where the JSON lines go. Default: standard output, written synchronously so nothing is lost on exit. */
  destination?: DestinationStream;
  /** Secrets to blank out of every message and field, e.g. the bot token. Default: none. */
  secrets?: string[];
}

const REDACTED = '[redacted]';

/** Field paths that hold credentials wherever they are logged. */
const REDACT_PATHS = ['token', '*.token', 'authorization', '*.authorization', 'discordToken', '*.discordToken'];

/**
 * Replaces every secret, and every dot-separated part of one (a bot token's parts are identifying on their
 * own), by `[redacted]`.
 */
export function redactSecrets(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) {
    for (const part of [secret, ...secret.split('.')]) {
      if (part.length >= 6) result = result.split(part).join(REDACTED);
    }
  }
  return result;
}

/** An interaction's token in a Discord URL (`/interactions/ID/TOKEN/callback`, `/webhooks/APP/TOKEN/...`). */
const INTERACTION_TOKEN = /\/(interactions|webhooks)\/(\d+)\/[^/?#\s]+/g;

/**
 * Replaces the interaction tokens in Discord URLs by `[redacted]`: each lets whoever holds it answer as the
 * bot in that conversation for 15 minutes.
 */
export function redactInteractionTokens(text: string): string {
  return text.replace(INTERACTION_TOKEN, `/$1/$2/${REDACTED}`);
}

/** The structured logger of the bot: one JSON object a line, credentials never written. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length > 0);
  return pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: {
        // Messages are free text (discord.js debug lines, error messages): scrub them too.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? redactSecrets(arg, secrets) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      serializers: {
        // discord.js's errors carry the request URL, with the interaction token in it.
        err: (error: Error) => {
          const serialized = pino.stdSerializers.err(error);
          const scrub = (text: string) => redactInteractionTokens(redactSecrets(text, secrets));
          return {
            ...serialized,
            message: scrub(serialized.message),
            stack: scrub(serialized.stack),
            ...(typeof serialized.url === 'string' ? { url: scrub(serialized.url) } : {}),
          };
        },
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
