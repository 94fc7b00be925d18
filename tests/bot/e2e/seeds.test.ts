import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitFor } from '../fake-discord/child.js';
import { type Harness, seedsNewsbot, startHarness } from '../fake-discord/harness.js';
import type { FakeInteraction, RecordedRequest } from '../fake-discord/server.js';

/**
 * The real discord.js client, the real commands and the real newsbot over seeds/, against the fake Discord.
 * The content checks need the answerer, the quote book and the summarizer; the rest needs only the bot.
 */

const NEW_YORK_ARTICLE = '000_58b9108ddbc716e4';
const TALKS_ARTICLE = '001_b1c9cb2b70b6979d';

let h: Harness;

beforeAll(async () => {
  // One test user asks more than the default 5 commands in 10 s here; the limit has tests of its own.
  h = await startHarness(seedsNewsbot(), { rateLimit: { limit: 100 } });
});

afterAll(async () => {
  await h?.close();
});

function requestsOf(interaction: FakeInteraction): RecordedRequest[] {
  return h.fake.requests.filter((r) => r.path.includes(interaction.token));
}

describe('logging in', () => {
  test('identifies as one shard with the token and says it is ready', () => {
    const [session] = h.fake.sessions;
    expect(session.identified).toBe(true);
    expect(session.shard).toEqual([0, 1]);
    expect(h.logs.some((l) => l.msg === 'ready for commands')).toBe(true);
  });
});

describe('/ask when is the New York meeting', () => {
  let interaction: FakeInteraction;
  let embed: Record<string, unknown>;

  beforeAll(async () => {
    interaction = h.fake.command('ask', { question: 'when is the New York meeting' });
    embed = (await h.fake.reply(interaction)).embeds[0];
  });

  test('is deferred within the deadline, then the deferred reply is edited', () => {
    expect(interaction.callbackType).toBe(5);
    expect(h.fake.acknowledgedInTime(interaction)).toBe(true);
    expect(requestsOf(interaction).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 200']);
  });

  test('shows the question above the answer', () => {
    expect(embed.author).toEqual({ name: 'when is the New York meeting' });
  });

  test('answers Friday, December 18, 2015 in the title (needs the answerer)', () => {
    expect(embed.title).toBe('Friday, December 18, 2015');
  });

  test('quotes the evidence with the answer in bold and names its source (needs the answerer)', () => {
    const description = String(embed.description);
    expect(description).toMatch(/^> .*\*\*[^*]*Friday[^*]*\*\*/m);
    expect(description).toMatch(
      /US, Russia agree to push ahead with Syria talks\* · 17 Dec 2015|New York: Lavrov, Kerry/,
    );
  });

  test('never pings: allowed_mentions parses nothing', () => {
    const edits = requestsOf(interaction).filter((r) => r.method === 'PATCH');
    expect(edits.map((r) => (r.body as Record<string, unknown>).allowed_mentions)).toEqual([{ parse: [] }]);
  });
});

describe('/quote Lavrov, with autocomplete on "lav"', () => {
  test('autocomplete offers Sergei Lavrov first, from the known speakers (needs the quote book)', async () => {
    const interaction = h.fake.autocomplete('quote', { speaker: 'lav' }, 'speaker');
    const choices = await h.fake.choices(interaction);
    expect(h.fake.acknowledgedInTime(interaction)).toBe(true);
    expect(choices[0]).toMatchObject({ value: 'Sergei Lavrov' });
    expect(String(choices[0].name)).toMatch(/^Sergei Lavrov \(\d+ quotes?\)$/);
  });

  test('lists his quotes, each with the articles that report it (needs the quote book)', async () => {
    const interaction = h.fake.command('quote', { speaker: 'Lavrov' });
    const reply = await h.fake.reply(interaction);
    expect(h.fake.acknowledgedInTime(interaction)).toBe(true);
    const [embed] = reply.embeds;
    expect(embed.title).toBe('Sergei Lavrov');
    expect(String(embed.description)).toMatch(/^> “We support the idea of convening in New York another meeting/m);
    expect(String(embed.description)).toContain('*US, Russia agree to push ahead with Syria talks* · 17 Dec 2015');
    expect(String(embed.description)).toContain('*Syria talks to go ahead on Friday in New York: Lavrov, Kerry*');
  });
});

describe('/summary', () => {
  test('sums up both articles in bullets with numbered sources (needs the summarizer)', async () => {
    const interaction = h.fake.command('summary');
    const reply = await h.fake.reply(interaction);
    expect(h.fake.acknowledgedInTime(interaction)).toBe(true);
    const [embed] = reply.embeds;
    expect(embed.title).toBe('Summary of 2 articles');
    const description = String(embed.description);
    expect(description.match(/^• .+ \[\d\]$/gm)?.length).toBeGreaterThanOrEqual(3);
    expect(description).toMatch(/^1\. \*.+\* · /m);
  });

  test('of one article, picked by autocomplete on its title', async () => {
    const typing = h.fake.autocomplete('summary', { article: 'push ahead' }, 'article');
    const [choice] = await h.fake.choices(typing);
    expect(choice).toEqual({
      name: 'US, Russia agree to push ahead with Syria talks · 17 Dec 2015',
      value: TALKS_ARTICLE,
    });
    const interaction = h.fake.command('summary', { article: TALKS_ARTICLE, sentences: 2 });
    const [embed] = (await h.fake.reply(interaction)).embeds;
    expect(embed.title).toBe('Summary: US, Russia agree to push ahead with Syria talks');
    expect(String(embed.description)).toContain('— *US, Russia agree to push ahead with Syria talks* · 17 Dec 2015');
  });
});

describe('article autocomplete and the private option', () => {
  test('/ask article lists matching titles, the one starting with the typed word first, with ids as values', async () => {
    const typing = h.fake.autocomplete('ask', { question: 'who', article: 'syria' }, 'article');
    const choices = await h.fake.choices(typing);
    expect(choices.map((c) => c.value)).toEqual([NEW_YORK_ARTICLE, TALKS_ARTICLE]);
  });

  test('/ask article with nothing typed lists every article, newest first', async () => {
    const typing = h.fake.autocomplete('ask', { question: 'who', article: '' }, 'article');
    const choices = await h.fake.choices(typing);
    expect(choices.map((c) => c.value)).toEqual([TALKS_ARTICLE, NEW_YORK_ARTICLE]);
  });

  test('private: true answers only the asker', async () => {
    const interaction = h.fake.command('ask', { question: 'who met Putin', private: true });
    const reply = await h.fake.reply(interaction);
    expect(((interaction.original?.flags ?? 0) & 64) !== 0).toBe(true);
    expect(reply.flags & 64).toBe(64);
  });

  test('a typed title instead of a picked id still finds the one article it names', async () => {
    const interaction = h.fake.command('ask', { question: 'who met Putin', article: 'Syria talks to go ahead' });
    const reply = await h.fake.reply(interaction);
    expect(reply.flags & 64).toBe(0);
    expect(reply.embeds).toHaveLength(1);
  });
});

test('in a DM (no guild, no member) the commands answer as well', async () => {
  const interaction = h.fake.command('summary', { sentences: 1 }, { guildId: null, channelId: '400000000000000099' });
  const reply = await h.fake.reply(interaction);
  expect(reply.embeds[0].title).toBe('Summary of 2 articles');
  await waitFor(() => h.logs.some((l) => l.interaction === interaction.id), 'the answer to be logged');
  expect(h.logs.find((l) => l.interaction === interaction.id)).toMatchObject({ guild: null, outcome: 'answered' });
});

test('the bot token is nowhere in the log, even with discord.js debug output at trace level', () => {
  expect(h.logs.some((l) => l.level === 20)).toBe(true);
  expect(h.logText()).not.toContain(h.fake.token);
  expect(h.logText()).not.toContain(h.fake.token.split('.')[0]);
});

test('every interaction of the run was acknowledged in time, and Discord would have refused nothing', () => {
  expect([...h.fake.interactions.values()].filter((i) => !h.fake.acknowledgedInTime(i))).toEqual([]);
  expect(h.fake.problems).toEqual([]);
});
