import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBotProcess, waitFor } from '../fake-discord/child.js';
import { FakeDiscord } from '../fake-discord/server.js';

/** `npm start` with DISCORD_TOKEN (src/main.ts) as a process of its own: startup, answers, logs, shutdown. */

let cacheDir: string;

beforeAll(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-bot-'));
});

afterAll(() => {
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

function logLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npm start with a token', () => {
  test('loads the corpus before logging in, answers, and stops cleanly on SIGTERM without logging the token', async () => {
    const fake = await FakeDiscord.start();
    const child = startBotProcess(fake, { cacheDir, env: { LOG_LEVEL: 'debug' } });
    try {
      await fake.ready();
      const interaction = fake.command('summary', { sentences: 2 });
      const reply = await fake.reply(interaction);
      expect(fake.acknowledgedInTime(interaction)).toBe(true);
      expect(reply.embeds[0].title).toBe('Summary of 2 articles');
      await waitFor(() => child.stdout().includes('"msg":"answered"'), 'the answer to be logged');
      child.process.kill('SIGTERM');
      expect(await child.exited).toBe(0);
    } finally {
      child.process.kill('SIGKILL');
      await fake.close();
    }
    const logs = logLines(child.stdout());
    const messages = logs.filter((l) => Number(l.level) >= 30).map((l) => l.msg);
    expect(messages.indexOf('corpus loaded')).toBeGreaterThanOrEqual(0);
    expect(messages.indexOf('corpus loaded')).toBeLessThan(messages.indexOf('ready for commands'));
    expect(logs.find((l) => l.msg === 'corpus loaded')).toMatchObject({ articles: 2 });
    expect(logs.find((l) => l.msg === 'answered')).toMatchObject({ command: 'summary', options: { sentences: 2 } });
    expect(messages.slice(-2)).toEqual(['shutting down', 'stopped']);
    expect(fake.sessions[0].closeCode).toBe(1000);
    expect(child.stdout() + child.stderr()).not.toContain(fake.token);
    expect(child.stdout() + child.stderr()).not.toContain(fake.token.split('.')[2]);
    expect(fake.problems).toEqual([]);
  });

  test('a token Discord refuses: a one-line error and exit 1', async () => {
    const fake = await FakeDiscord.start();
    const child = startBotProcess(fake, { cacheDir, token: 'bad.token.zzzzzzzzzz' });
    try {
      expect(await child.exited).toBe(1);
    } finally {
      child.process.kill('SIGKILL');
      await fake.close();
    }
    expect(child.stderr()).toMatch(/^newsbot: could not connect to Discord: .+\n$/);
    expect(child.stdout() + child.stderr()).not.toContain('zzzzzzzzzz');
  });
});
