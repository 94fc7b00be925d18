import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, seedsNewsbot, startHarness } from '../fake-discord/harness.js';
import type { FakeInteraction } from '../fake-discord/server.js';
import { explosive } from '../fixtures/newsbots.js';

/** Commands that fail, are refused or come too fast: a short private notice each time, and the bot carries on. */

let h: Harness;

beforeAll(async () => {
  h = await startHarness(explosive(seedsNewsbot()), { rateLimit: { limit: 100 } });
});

afterAll(async () => {
  await h?.close();
});

function methods(interaction: FakeInteraction): string[] {
  return h.fake.requests
    .filter((r) => r.path.includes(interaction.token))
    .map((r) => `${r.method} ${r.path.split('/').at(-1)} ${r.status}`);
}

describe('a command that throws', () => {
  let reply: Awaited<ReturnType<Harness['fake']['reply']>>;
  let interaction: FakeInteraction;

  beforeAll(async () => {
    interaction = h.fake.command('ask', { question: 'please explode' });
    reply = await h.fake.reply(interaction);
  });

  test('gets a short ephemeral error with a reference to find it in the log', () => {
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toBe(`Sorry, something went wrong while answering. (reference ${interaction.id})`);
    expect(reply.embeds).toEqual([]);
  });

  test('replaces the public "thinking..." message instead of leaving it', () => {
    expect(interaction.deleted).toBe(true);
    expect(methods(interaction)).toEqual([
      'POST callback 204',
      'DELETE @original 204',
      `POST ${interaction.token} 200`,
    ]);
  });

  test('is logged as an error with the cause, once', () => {
    const failed = h.logs.filter((l) => l.interaction === interaction.id && l.outcome === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].level).toBe(50);
    expect((failed[0].err as { message: string }).message).toBe('newsbot: the answerer broke');
  });

  test('and the next command still works', async () => {
    const next = h.fake.command('ask', { question: 'who met Putin' });
    const answer = await h.fake.reply(next);
    expect(answer.flags & 64).toBe(0);
    expect(answer.embeds[0].author).toEqual({ name: 'who met Putin' });
  });
});

test('a private command that throws edits its own ephemeral placeholder into the error', async () => {
  const interaction = h.fake.command('ask', { question: 'explode quietly', private: true });
  const reply = await h.fake.reply(interaction);
  expect(reply.flags & 64).toBe(64);
  expect(reply.content).toMatch(/^Sorry, something went wrong/);
  expect(interaction.deleted).toBe(false);
  expect(interaction.followUps).toEqual([]);
});

test('an article that matches nothing gets an ephemeral explanation, not an error', async () => {
  const interaction = h.fake.command('ask', { question: 'who', article: 'no such article at all' });
  const reply = await h.fake.reply(interaction);
  expect(reply.flags & 64).toBe(64);
  expect(reply.content).toBe('No single article matches “no such article at all”. Pick one from the list as you type.');
  expect(h.logs.find((l) => l.interaction === interaction.id && l.outcome === 'refused')?.level).toBe(30);
});

test('autocomplete that throws answers an empty list, and is logged', async () => {
  const interaction = h.fake.autocomplete('quote', { speaker: 'lav' }, 'speaker');
  expect(await h.fake.choices(interaction)).toEqual([]);
  expect(h.logs.some((l) => l.interaction === interaction.id && l.msg === 'autocomplete failed')).toBe(true);
});

test('a command the bot does not know gets an ephemeral notice', async () => {
  const reply = await h.fake.reply(h.fake.command('weather', { city: 'Moscow' }));
  expect(reply.flags & 64).toBe(64);
  expect(reply.content).toBe('This command is not available any more.');
});

test('a button the bot no longer knows gets an ephemeral notice', async () => {
  const message = await h.fake.reply(h.fake.command('summary', { sentences: 1 }));
  const click = h.fake.click(message, 'legacy-button');
  const notice = await h.fake.reply(click);
  expect(notice.flags & 64).toBe(64);
  expect(notice.content).toBe('These buttons belong to an older version of the bot; run the command again.');
});

describe('mentions in a question', () => {
  test('@everyone and <@123> in a question ping nobody', async () => {
    const interaction = h.fake.command('ask', { question: '@everyone <@123> <@&456> when is the meeting' });
    const reply = await h.fake.reply(interaction);
    const sent = h.fake.requests.filter((r) => r.path.includes(interaction.token) && r.method === 'PATCH');
    expect(sent.map((r) => (r.body as Record<string, unknown>).allowed_mentions)).toEqual([{ parse: [] }]);
    expect(reply.embeds[0].author).toEqual({ name: '@everyone <@123> <@&456> when is the meeting' });
  });

  test('in an error notice too', async () => {
    const interaction = h.fake.command('ask', { question: '@everyone explode' });
    await h.fake.reply(interaction);
    const sent = h.fake.requests.filter((r) => r.path.includes(interaction.token) && r.method === 'POST');
    expect(sent.at(-1)?.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });
});

test('nothing in this run would have been refused by Discord, and all of it was acknowledged in time', () => {
  expect(h.fake.problems).toEqual([]);
  expect([...h.fake.interactions.values()].filter((i) => !h.fake.acknowledgedInTime(i))).toEqual([]);
});
