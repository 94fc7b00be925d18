import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBotProcess, waitFor } from '../fake-discord/child.js';
import { serverError } from '../fake-discord/faults.js';
import { FakeDiscord } from '../fake-discord/server.js';

/**
 * The token never reaches the log or the terminal (issue 9): `npm start` at the most talkative log level logs
 * in, answers, fails a command, meets an expired interaction and shuts down; then its whole output is searched.
 */

/** A token shaped like Discord's: base64 of the bot's id, a timestamp, an HMAC (24, 6 and 27 characters). */
const TOKEN = 'NzAwMDAwMDAwMDAwMDAwMDAx.GhT3xk.Q2xhc3NpZmllZC1zZWNyZXQtcGFydA';

let cacheDir: string;
let fake: FakeDiscord;
let output: string;

beforeAll(async () => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-secrets-'));
  fake = await FakeDiscord.start({ token: TOKEN });
  const child = startBotProcess(fake, { cacheDir, env: { LOG_LEVEL: 'trace' } });
  try {
    await fake.ready();
    await fake.reply(fake.command('ask', { question: 'when is the New York meeting' }));
    const failing = fake.command('summary', { sentences: 2 });
    fake.inject(serverError('PATCH', `${failing.token}/messages/@original`, 10));
    await fake.reply(failing);
    fake.expire(fake.command('quote', { speaker: 'Lavrov' }));
    await waitFor(() => child.stdout().includes('"outcome":"expired"'), 'the expired interaction to be logged');
    await waitFor(() => child.stdout().includes('"outcome":"failed"'), 'the failure to be logged');
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);
  } finally {
    child.process.kill('SIGKILL');
    await fake.close();
  }
  output = child.stdout() + child.stderr();
}, 30_000);

afterAll(() => {
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

test('the run logged what it did: login, an answer, a failure with its cause, an expiry, the shutdown', () => {
  for (const message of ['ready for commands', 'answered', 'failed', 'Discord failed; giving up', 'stopped']) {
    expect(output).toContain(`"msg":"${message}"`);
  }
  expect(output).toContain('"outcome":"expired"');
});

test('no token in the whole output, nor any part of it', () => {
  for (const part of [TOKEN, ...TOKEN.split('.')]) expect(output).not.toContain(part);
});

test('no interaction token either: each would let its holder answer as the bot for 15 minutes', () => {
  expect(fake.interactions.size).toBe(3);
  for (const token of fake.interactions.keys()) expect(output).not.toContain(token);
});
