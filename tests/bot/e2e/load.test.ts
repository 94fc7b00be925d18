import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REST_SWEEP_MS } from '../../../src/bot/client.js';
import { type Child, runScript, waitFor } from '../fake-discord/child.js';
import { SEEDS } from '../fake-discord/harness.js';
import type { OptionValue } from '../fake-discord/payloads.js';
import { FakeDiscord, type FakeInteraction } from '../fake-discord/server.js';

/**
 * Load (issue 9): the bot as `npm start` runs it, in a process of its own, gets 1,000 interactions over 20
 * seconds, then 4,000 more; every one is acknowledged within Discord's 3 seconds and answered, and its heap
 * after 5,000 is within 10% of its heap after 1,000. Every interaction comes from a user of its own, as a busy
 * server's would: the per-user rate limit must not refuse the load.
 */

const FIRST = 1000;
const FIRST_OVER_MS = 20_000;
const TOTAL = 5000;
/** The 4,000 after the first 1,000, at 200 a second; slower when this many wait for an answer (a busy machine). */
const REST_OVER_MS = 20_000;
const IN_FLIGHT = 50;

/** What users do, in turn: questions, quotes, summaries, listings, and typing into an option. */
const MIX: { name: string; options: Record<string, OptionValue>; focused?: string }[] = [
  { name: 'ask', options: { question: 'when is the New York meeting' } },
  { name: 'quote', options: { speaker: 'lav' }, focused: 'speaker' },
  { name: 'quote', options: { speaker: 'Lavrov' } },
  { name: 'ask', options: { question: 'who met Putin' } },
  { name: 'summary', options: { sentences: 2 } },
  { name: 'ask', options: { question: 'where will the talks be held', article: '' }, focused: 'article' },
  { name: 'quote', options: { speaker: 'Kerry', topic: 'Syria' } },
  { name: 'sources', options: {} },
  { name: 'ask', options: { question: 'how long did the meeting last' } },
  { name: 'summary', options: { article: '001_b1c9cb2b70b6979d', sentences: 1 } },
];

let fake: FakeDiscord;
let bot: Child;
let cacheDir: string;
const sent: FakeInteraction[] = [];

function send(i: number): FakeInteraction {
  const { name, options, focused } = MIX[i % MIX.length];
  const invoker = { userId: String(200_000_000_000_000_000n + BigInt(i)), username: `reader${i}` };
  const interaction =
    focused === undefined ? fake.command(name, options, invoker) : fake.autocomplete(name, options, focused, invoker);
  sent.push(interaction);
  return interaction;
}

function answered(interaction: FakeInteraction): boolean {
  return interaction.type === 4 ? interaction.choices !== null : fake.answer(interaction) !== null;
}

/** The bot's heap after a full garbage collection, in bytes. */
function heapUsed(): Promise<number> {
  return new Promise((resolve) => {
    bot.process.once('message', (message) => resolve((message as { heapUsed: number }).heapUsed));
    bot.process.send('heap');
  });
}

/**
 * The heap once what the last interactions left behind for a while has gone: discord.js's REST queue of each
 * interaction lives until the next sweep. What stays after that is what the bot holds on to.
 */
async function heapAfterQuiet(): Promise<number> {
  await sleep(REST_SWEEP_MS + 3000);
  return heapUsed();
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-load-'));
  fake = await FakeDiscord.start();
  bot = runScript(
    'tests/bot/fake-discord/bot-process.ts',
    { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, CORPUS_DIR: SEEDS, NEWSBOT_CACHE_DIR: cacheDir },
    { nodeOptions: ['--expose-gc'], ipc: true },
  );
  await fake.ready();
}, 30_000);

afterAll(async () => {
  bot?.process.kill('SIGTERM');
  await bot?.exited;
  await fake?.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('1,000 interactions over 20 seconds, then 4,000 more', () => {
  let heapAfterFirst: number;
  let heapAfterAll: number;

  beforeAll(async () => {
    const started = Date.now();
    for (let i = 0; i < FIRST; i++) {
      await sleep(started + (i * FIRST_OVER_MS) / FIRST - Date.now());
      send(i);
    }
    await waitFor(() => sent.every(answered), 'the first 1,000 answers', 15_000);
    heapAfterFirst = await heapAfterQuiet();
    const restStarted = Date.now();
    for (let i = FIRST; i < TOTAL; i++) {
      await sleep(restStarted + ((i - FIRST) * REST_OVER_MS) / (TOTAL - FIRST) - Date.now());
      while (sent.length - sent.filter(answered).length >= IN_FLIGHT) await sleep(5);
      send(i);
    }
    await waitFor(() => sent.every(answered), 'all 5,000 answers', 30_000);
    heapAfterAll = await heapAfterQuiet();
    const ackMs = sent.map((s) => (s.acknowledgedAt ?? Number.POSITIVE_INFINITY) - s.sentAt);
    const first = ackMs.slice(0, FIRST);
    console.info(
      `load: first ${FIRST} over ${FIRST_OVER_MS / 1000} s acknowledged in p50 ${percentile(first, 50)} ms, ` +
        `p99 ${percentile(first, 99)} ms, max ${Math.max(...first)} ms; all ${TOTAL} in ${Date.now() - started} ms, ` +
        `max ${Math.max(...ackMs)} ms; heap ${(heapAfterFirst / 2 ** 20).toFixed(1)} MB after ${FIRST}, ` +
        `${(heapAfterAll / 2 ** 20).toFixed(1)} MB after ${TOTAL}`,
    );
  }, 150_000);

  test('every one is acknowledged within 3 seconds', () => {
    expect(sent.filter((i) => !fake.acknowledgedInTime(i)).map((i) => i.id)).toEqual([]);
  });

  test('every one is answered, none dropped, none refused by the rate limit', () => {
    expect(sent).toHaveLength(TOTAL);
    expect(sent.filter((i) => !answered(i)).map((i) => i.id)).toEqual([]);
    const notices = sent.filter((i) => i.type === 2 && (fake.answer(i)?.flags ?? 0) & 64);
    expect(notices.map((i) => fake.answer(i)?.content)).toEqual([]);
  });

  test('the answers are the real ones', () => {
    const [ask, quote] = [fake.answer(sent[0]), fake.answer(sent[TOTAL - 8])];
    expect(ask?.embeds[0].author).toEqual({ name: 'when is the New York meeting' });
    expect(quote?.embeds[0].title).toBe('Sergei Lavrov');
    expect(sent[1].choices?.length).toBeGreaterThan(0);
  });

  test('the heap after 5,000 is within 10% of the heap after 1,000', () => {
    expect(heapAfterAll).toBeLessThanOrEqual(heapAfterFirst * 1.1);
  });

  test('Discord would have refused nothing, and the bot logged no failure', () => {
    expect(fake.problems).toEqual([]);
    const failures = bot
      .stdout()
      .split('\n')
      .filter((line) => /"level":(40|50|60)/.test(line));
    expect(failures).toEqual([]);
  });
});
