import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { embedCharacters } from '../fake-discord/checks.js';
import { type Harness, startHarness } from '../fake-discord/harness.js';
import type { FakeMessage } from '../fake-discord/server.js';
import { hugeNewsbot } from '../fixtures/newsbots.js';

/**
 * Results far over Discord's limits, full of mentions and markdown: every message must still be taken by
 * Discord (the fake refuses what Discord refuses) and cut at a clean boundary that says what was left out.
 */

let h: Harness;

beforeAll(async () => {
  h = await startHarness(hugeNewsbot(), { rateLimit: { limit: 100 } });
});

afterAll(async () => {
  await h?.close();
});

function description(message: FakeMessage, embed = 0): string {
  return String(message.embeds[embed]?.description ?? '');
}

describe('/ask with 20 evidence sentences of 5,000 characters', () => {
  let reply: FakeMessage;

  beforeAll(async () => {
    reply = await h.fake.reply(h.fake.command('ask', { question: 'what happened' }));
  });

  test('shows three, cut around the bold answer, and counts the rest', () => {
    expect(description(reply).match(/^> /gm)).toHaveLength(3);
    expect(description(reply)).toContain('…and 17 more sources');
    expect(description(reply).match(/\*\*[^*]/g)?.length).toBeGreaterThanOrEqual(3);
  });

  test('keeps every embed within 4,096 and 6,000 characters', () => {
    expect(description(reply).length).toBeLessThanOrEqual(4096);
    expect(embedCharacters(reply.embeds[0])).toBeLessThanOrEqual(6000);
    expect(String(reply.embeds[0].title).length).toBeLessThanOrEqual(256);
  });

  test('shows mention syntax from article text as typed, not as mentions', () => {
    expect(description(reply)).not.toMatch(/(^|[^\\])<@/);
  });
});

describe('/quote with 60 quotes of 3,000 characters and 10 sources each', () => {
  let first: FakeMessage;

  beforeAll(async () => {
    first = await h.fake.reply(h.fake.command('quote', { speaker: 'Someone', topic: 'things' }));
  });

  test('shows the first page with page buttons', () => {
    expect(first.components).toHaveLength(1);
    const buttons = (first.components[0].components as Record<string, unknown>[]).map((b) => [b.label, b.disabled]);
    expect(buttons[0]).toEqual(['◀ Previous', true]);
    expect(buttons[1][0]).toMatch(/^1 \/ \d+$/);
    expect(buttons[2]).toEqual(['Next ▶', false]);
    expect(description(first).match(/^> “/gm)?.length).toBeGreaterThanOrEqual(1);
    expect(description(first)).toContain('…and 7 more articles');
  });

  test('Next shows the following quotes in the same message', async () => {
    const shownFirst = description(first).match(/^> “.*$/gm) ?? [];
    const next = (first.components[0].components as Record<string, unknown>[])[2];
    const click = h.fake.click(first, String(next.custom_id));
    const second = await h.fake.reply(click);
    expect(click.callbackType).toBe(6);
    expect(second.id).toBe(first.id);
    const shownSecond = description(second).match(/^> “.*$/gm) ?? [];
    expect(shownSecond.length).toBeGreaterThanOrEqual(1);
    expect(shownSecond[0]).not.toBe(shownFirst[0]);
    expect(String(second.embeds[0].footer && (second.embeds[0].footer as { text: string }).text)).toMatch(
      /^Quotes \d+–\d+ of 60$/,
    );
  });
});

describe('/summary with 15 sentences and 15 topics of 15 sentences', () => {
  let reply: FakeMessage;

  beforeAll(async () => {
    reply = await h.fake.reply(h.fake.command('summary'));
  });

  test('sends as many embeds as 6,000 characters hold with substance, and says how many topics are left out', () => {
    expect(reply.embeds).toHaveLength(5);
    expect(reply.embeds.reduce((sum, e) => sum + embedCharacters(e), 0)).toBeLessThanOrEqual(6000);
    expect(JSON.stringify(reply.embeds.at(-1)?.footer)).toContain('11 more topics not shown');
  });

  test('cuts between sentences and says how many are left out', () => {
    expect(description(reply)).toMatch(/^…and \d+ more sentences$/m);
  });
});

describe('autocomplete over 500 long speaker names and 200 long titles', () => {
  test('answers at most 25 choices that Discord takes', async () => {
    const speakers = await h.fake.choices(h.fake.autocomplete('quote', { speaker: '' }, 'speaker'));
    expect(speakers).toHaveLength(25);
    // Speaker 0's name is over 100 characters: a choice value cannot hold it.
    expect(speakers[0].value).toBe(`Speaker 1 ${'Name'.repeat(5)}`);
    const articles = await h.fake.choices(h.fake.autocomplete('ask', { question: 'q', article: 'title' }, 'article'));
    expect(articles).toHaveLength(25);
    expect(articles.every((c) => String(c.value).length <= 100 && String(c.name).length <= 100)).toBe(true);
  });
});

test('Discord would have taken every message, and every interaction was acknowledged in time', () => {
  expect(h.fake.problems).toEqual([]);
  expect([...h.fake.interactions.values()].filter((i) => !h.fake.acknowledgedInTime(i))).toEqual([]);
});
