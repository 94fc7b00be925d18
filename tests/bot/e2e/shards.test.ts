import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { startBotProcess, waitFor } from '../fake-discord/child.js';
import { SEEDS } from '../fake-discord/harness.js';
import { FakeDiscord } from '../fake-discord/server.js';

/**
 * `SHARDS=auto npm start`: discord.js's ShardingManager with the shard count Discord recommends (2 here),
 * one process per shard, each answering on its own gateway session, all stopped by one SIGTERM. The fake
 * lets 16 shards log in at once (a large bot's max_concurrency), so they are started without the 5.5 s pause.
 */
test('SHARDS=auto runs the recommended two shards, each answers, and SIGTERM stops them all', async () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-shards-'));
  const fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 16 });
  const child = startBotProcess(fake, { cacheDir, env: { SHARDS: 'auto' } });
  try {
    const sessions = await fake.until(
      () => fake.sessions.filter((s) => s.identified).length === 2 && fake.sessions,
      'two shards to identify',
      60_000,
    );
    expect(sessions.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await waitFor(() => child.stdout().includes('all shards ready'), 'the manager to see both shards ready', 30_000);
    for (const shard of [0, 1]) {
      const interaction = fake.command('summary', { sentences: 1 }, {}, shard);
      const reply = await fake.reply(interaction);
      expect(fake.acknowledgedInTime(interaction)).toBe(true);
      expect(reply.embeds[0].title).toBe('Summary of 2 articles');
    }
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    await fake.until(() => fake.sessions.every((s) => s.closeCode !== null), 'both sessions to close');
    expect(fake.sessions.map((s) => s.closeCode)).toEqual([1000, 1000]);
    expect(fake.problems).toEqual([]);
    expect(child.stdout() + child.stderr()).not.toContain(fake.token);
    const started = child.stdout().match(/"shard":\d,"of":2,"msg":"starting shard"/g);
    expect(started).toHaveLength(2);
  } finally {
    child.process.kill('SIGKILL');
    await fake.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}, 120_000);

test('SHARDS=2 with a token Discord refuses stops before starting any shard, with a one-line error', async () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-shards-'));
  const fake = await FakeDiscord.start();
  const child = startBotProcess(fake, { cacheDir, token: 'bad.token.yyyyyyyyyy', env: { SHARDS: '2' } });
  try {
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toBe('newsbot: could not connect to Discord: 401: Unauthorized\n');
    expect(fake.sessions).toEqual([]);
    expect(child.stdout()).not.toContain('starting shard');
  } finally {
    child.process.kill('SIGKILL');
    await fake.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}, 60_000);

/**
 * Under shards the manager alone watches the corpus: it takes in a new file (extracting it once, into the
 * shared cache) and tells the shards, which refresh from the cache and answer from the new article.
 */
test('a file added while shards run is taken in by the manager and answered by every shard', async () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-shards-'));
  const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-shards-corpus-'));
  fs.cpSync(SEEDS, corpusDir, { recursive: true });
  const fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 16 });
  const child = startBotProcess(fake, { cacheDir, corpusDir, env: { SHARDS: '2' } });
  try {
    await waitFor(() => child.stdout().includes('all shards ready'), 'both shards to be ready', 60_000);
    fs.writeFileSync(
      path.join(corpusDir, 'ferry.txt'),
      'Title: Ferry returns to Quillby\nDate: 2021-05-02\n\nThe ferry to Quillby Island will run again from Saturday, the harbour authority said.\n',
    );
    await waitFor(
      () => (child.stdout().match(/"articles":3,"msg":"corpus refreshed"/g) ?? []).length === 2,
      'both shards to refresh',
      30_000,
    );
    expect(child.stdout()).toContain('"articles":3,"msg":"corpus refreshed; telling the shards"');
    for (const shard of [0, 1]) {
      const interaction = fake.command('ask', { question: 'when will the Quillby ferry run again' }, {}, shard);
      const reply = await fake.reply(interaction);
      expect(reply.embeds[0].title).toMatch(/Saturday/);
    }
    expect(fake.problems).toEqual([]);
  } finally {
    child.process.kill('SIGKILL');
    await fake.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.rmSync(corpusDir, { recursive: true, force: true });
  }
}, 120_000);
