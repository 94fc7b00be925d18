import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** Options every command takes. */
export interface CommonOptions {
  corpus: string | undefined;
  cache: string | undefined;
  noCache: boolean;
  json: boolean;
}

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  common: CommonOptions;
  options: Record<string, string | boolean | undefined>;
}

const OPTIONS = {
  corpus: { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  article: { type: 'string' },
  batch: { type: 'string' },
  sentences: { type: 'string' },
  topic: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Parses `newsbot COMMAND [ARGS] [--options]`; unknown options are a UsageError. */
export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const [command, ...positionals] = parsed.positionals;
  const { corpus, cache, json, ...rest } = parsed.values;
  return {
    command,
    positionals,
    common: { corpus, cache, noCache: parsed.values['no-cache'] === true, json: json === true },
    options: rest,
  };
}

/** A whole number option within [min, max], or the default when absent. */
export function integerOption(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${String(value)}"`);
  }
  return n;
}
