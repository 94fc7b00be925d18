import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitFor } from '../fake-discord/child.js';
import { type Harness, seedsNewsbot, startHarness } from '../fake-discord/harness.js';
import type { OptionValue } from '../fake-discord/payloads.js';
import type { FakeInteraction } from '../fake-discord/server.js';

/**
 * What users can type into the options (issue 9, security): file paths, regex metacharacters, mentions,
 * markdown. Each gets an answer or a short private notice, never an error, and nothing is read from disk.
 */

let h: Harness;

beforeAll(async () => {
  h = await startHarness(seedsNewsbot(), { rateLimit: { limit: 1000 } });
});

afterAll(async () => {
  await h?.close();
});

async function outcome(interaction: FakeInteraction): Promise<string> {
  await h.fake.reply(interaction);
  await waitFor(() => h.logs.some((l) => l.interaction === interaction.id && l.outcome), 'the outcome to be logged');
  return String(h.logs.find((l) => l.interaction === interaction.id && l.outcome)?.outcome);
}

describe('a file path as the article finds no article', () => {
  const paths = ['../../etc/passwd', '/etc/passwd', '..\\..\\windows\\win.ini', 'file:///etc/passwd', '../seeds'];
  for (const command of ['summary', 'ask']) {
    for (const article of paths) {
      test(`/${command} article:${article}`, async () => {
        const options: Record<string, OptionValue> = command === 'ask' ? { question: 'who', article } : { article };
        const interaction = h.fake.command(command, options);
        const reply = await h.fake.reply(interaction);
        expect(reply.flags & 64).toBe(64);
        expect(reply.content).toMatch(/^No single article matches “.+”\. Pick one from the list as you type\.$/);
        expect(reply.content).not.toContain('root:');
        expect(await outcome(interaction)).toBe('refused');
      });
    }
  }
});

describe('regex metacharacters are plain text', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: what a user types, not a placeholder
  const typed = ['.*', '(a+)+$', '[', '\\', '^$|', '(?<=x)y', '*', '?', '${1}', '$&', '\\d+\\s*'];
  const commands: [string, (text: string) => Record<string, OptionValue>][] = [
    ['ask', (text) => ({ question: text })],
    ['ask', (text) => ({ question: `who said ${text}`, article: text })],
    ['quote', (text) => ({ speaker: text })],
    ['quote', (text) => ({ speaker: 'Lavrov', topic: text })],
    ['summary', (text) => ({ article: text })],
  ];
  for (const [command, options] of commands) {
    test(`/${command} ${Object.keys(options('x')).join(', ')}: ${typed.join('  ')}`, async () => {
      for (const text of typed) {
        const interaction = h.fake.command(command, options(text));
        expect([text, await outcome(interaction)]).toEqual([text, expect.stringMatching(/^(answered|refused)$/)]);
      }
    });
  }

  test('in autocomplete: choices every time (maybe none), answered as autocomplete', async () => {
    for (const text of typed) {
      const typing = [
        h.fake.autocomplete('quote', { speaker: text }, 'speaker'),
        h.fake.autocomplete('summary', { article: text }, 'article'),
      ];
      for (const interaction of typing) await h.fake.choices(interaction);
      expect(typing.map((i) => i.callbackType)).toEqual([8, 8]);
    }
  });

  test("the quote book does not match everyone's quotes for .*", async () => {
    const reply = await h.fake.reply(h.fake.command('quote', { speaker: '.*' }));
    expect(reply.embeds[0].title).toBe('No quotes found');
  });
});

describe('buttons with ids the bot never made', () => {
  const ids = ['quote:["1","(a+)+$",""]', 'sources:["../../etc/passwd"]', 'quote:not json', 'sources:["1e999"]', ':'];
  for (const customId of ids) {
    test(customId, async () => {
      const message = await h.fake.reply(h.fake.command('sources'));
      const click = h.fake.click(message, customId);
      expect(await outcome(click)).toMatch(/^(updated|refused)$/);
    });
  }
});

test('Discord would have refused nothing, and every interaction was acknowledged in time', () => {
  expect(h.fake.problems).toEqual([]);
  expect([...h.fake.interactions.values()].filter((i) => !h.fake.acknowledgedInTime(i))).toEqual([]);
  expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
});
