import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A project script run as `npm run` would run it, with nothing from the outer environment that names Discord. */
export interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

export interface ScriptOptions {
  /** Options for node itself, before the script (`--expose-gc`). Default none. */
  nodeOptions?: string[];
  /** Open an IPC channel to the script (`child.process.send`, its `process.send`). Default no. */
  ipc?: boolean;
}

export function runScript(script: string, env: Record<string, string>, options: ScriptOptions = {}): Child {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DISCORD_|SHARD|CORPUS_DIR|NEWSBOT_|LOG_LEVEL)/.test(key)),
  );
  const args = [...(options.nodeOptions ?? []), '--import', TSX, path.join(ROOT, script)];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // Empty values are "set" for dotenv: a developer's own .env cannot fill them in.
    env: {
      ...clean,
      DISCORD_TOKEN: '',
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
      DISCORD_API_BASE: '',
      SHARDS: '',
      ...env,
    },
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    err += String(chunk);
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return { process: child, stdout: () => out, stderr: () => err, exited };
}

/** Polls `check` until it is true; rejects naming `what` after `ms`. For output of a child process. */
export async function waitFor(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface BotStart {
  cacheDir: string;
  /** Default: the seeds. */
  corpusDir?: string;
  /** Default: the token the fake accepts. */
  token?: string;
  /** More of the environment (`SHARDS`, `LOG_LEVEL`). */
  env?: Record<string, string>;
}

/** `npm start` with a token, against a fake Discord. */
export function startBotProcess(fake: { apiBase: string; token: string }, start: BotStart): Child {
  return runScript('src/main.ts', {
    DISCORD_TOKEN: start.token ?? fake.token,
    DISCORD_API_BASE: fake.apiBase,
    CORPUS_DIR: start.corpusDir ?? path.join(ROOT, 'seeds'),
    NEWSBOT_CACHE_DIR: start.cacheDir,
    ...start.env,
  });
}
