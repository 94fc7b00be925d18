import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openLibrary } from '../../../src/library.js';
import { createNewsbot } from '../../../src/newsbot.js';
import { type Harness, seedsNewsbot, startHarness } from '../fake-discord/harness.js';
import type { FakeMessage } from '../fake-discord/server.js';
import { type FixtureCorpus, writeFixtureCorpus } from '../fixtures/corpus.js';

/** `/sources`: the loaded articles newest first, in pages turned by buttons, and the files skipped. */

function ids(message: FakeMessage): string[] {
  return [...String(message.embeds[0].description).matchAll(/ · id (\S+)$/gm)].map((m) => m[1].replaceAll('\\', ''));
}

function nextButton(message: FakeMessage): string {
  const [, , next] = message.components[0].components as Record<string, unknown>[];
  return String(next.custom_id);
}

describe('over the seeds', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness(seedsNewsbot(), { rateLimit: { limit: 100 } });
  });

  afterAll(async () => {
    await h?.close();
  });

  test('lists both articles newest first, with the inferred date marked as such', async () => {
    const interaction = h.fake.command('sources');
    const reply = await h.fake.reply(interaction);
    expect(h.fake.acknowledgedInTime(interaction)).toBe(true);
    const [embed] = reply.embeds;
    expect(embed.title).toBe('2 articles, newest first');
    expect(ids(reply)).toEqual(['001_b1c9cb2b70b6979d', '000_58b9108ddbc716e4']);
    const [talks, newYork] = String(embed.description).split('\n\n');
    expect(talks).toMatch(
      /^\*US, Russia agree to push ahead with Syria talks\* · 17 Dec 2015\n\d+ sentences · \d+ quotes/,
    );
    expect(newYork).toMatch(/^\*Syria talks to go ahead on Friday in New York: Lavrov, Kerry\* · .+ \(inferred\)\n/);
    expect(reply.embeds).toHaveLength(1);
    expect(reply.components).toEqual([]);
  });

  test('private: true answers only the asker', async () => {
    const reply = await h.fake.reply(h.fake.command('sources', { private: true }));
    expect(reply.flags & 64).toBe(64);
    expect(h.fake.problems).toEqual([]);
  });
});

describe('over 23 articles and 3 unreadable files', () => {
  let corpus: FixtureCorpus;
  let h: Harness;
  let first: FakeMessage;

  beforeAll(async () => {
    corpus = writeFixtureCorpus(23);
    const newsbot = createNewsbot(openLibrary({ corpusDir: corpus.dir, cacheDir: null }), { cacheDir: null });
    h = await startHarness(newsbot, { rateLimit: { limit: 100 } });
    first = await h.fake.reply(h.fake.command('sources'));
  });

  afterAll(async () => {
    await h?.close();
    corpus?.remove();
  });

  test('the first page shows the ten newest and the files skipped with their reasons', () => {
    expect(ids(first)).toEqual(corpus.ids.slice(0, 10));
    expect(first.embeds[0].footer).toEqual({ text: 'Articles 1–10 of 23' });
    expect(first.embeds[1].title).toBe('3 files skipped');
    // The reasons are the corpus reader's; each file is named with one.
    const lines = String(first.embeds[1].description).split('\n');
    expect(lines.map((line) => line.split(': ')[0])).toEqual(['blob.txt', 'broken.json', 'empty.txt']);
    expect(lines.every((line) => /^\S+: \S/.test(line))).toBe(true);
  });

  test('Next turns the page in the same message, down to the oldest', async () => {
    const second = await h.fake.reply(h.fake.click(first, nextButton(first)));
    expect(second.id).toBe(first.id);
    expect(ids(second)).toEqual(corpus.ids.slice(10, 20));
    const third = await h.fake.reply(h.fake.click(second, nextButton(second)));
    expect(ids(third)).toEqual(corpus.ids.slice(20));
    expect(third.embeds[0].footer).toEqual({ text: 'Articles 21–23 of 23' });
    expect(third.embeds[1].title).toBe('3 files skipped');
  });

  test('Discord would have taken every message, and every interaction was acknowledged in time', () => {
    expect(h.fake.problems).toEqual([]);
    expect([...h.fake.interactions.values()].filter((i) => !h.fake.acknowledgedInTime(i))).toEqual([]);
  });
});
