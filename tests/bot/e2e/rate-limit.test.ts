import { afterAll, beforeAll, expect, test } from 'vitest';
import { waitFor } from '../fake-discord/child.js';
import { type Harness, seedsNewsbot, startHarness } from '../fake-discord/harness.js';

/** The default limit: 5 commands per user per 10 seconds. */

let h: Harness;

beforeAll(async () => {
  h = await startHarness(seedsNewsbot());
});

afterAll(async () => {
  await h?.close();
});

test('the sixth command within 10 s gets a friendly ephemeral reply, without being deferred', async () => {
  const sent = Array.from({ length: 6 }, () => h.fake.command('summary', { sentences: 1 }));
  const replies = await Promise.all(sent.map((i) => h.fake.reply(i)));
  expect(replies.slice(0, 5).map((r) => r.flags & 64)).toEqual([0, 0, 0, 0, 0]);
  expect(sent[5].callbackType).toBe(4);
  expect(replies[5].flags & 64).toBe(64);
  expect(replies[5].content).toMatch(/^You're asking faster than I can read! Try again in \d+ s\.$/);
  await waitFor(() => h.logs.some((l) => l.outcome === 'rate-limited'), 'the refusal to be logged');
  expect(h.logs.filter((l) => l.outcome === 'rate-limited')).toHaveLength(1);
});

test('another user is not held up by it', async () => {
  const other = h.fake.command('summary', { sentences: 1 }, { userId: '200000000000000002' });
  const reply = await h.fake.reply(other);
  expect(reply.flags & 64).toBe(0);
  expect(reply.embeds).toHaveLength(1);
  expect(h.fake.problems).toEqual([]);
});
