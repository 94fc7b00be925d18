import type { APIButtonComponentWithCustomId } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { quotesReply } from '../../../src/bot/format/quotes.js';
import type { QuoteResult, SpeakerQuote } from '../../../src/quote/types.js';

function quote(i: number, sources = 1): SpeakerQuote {
  return {
    text: `Quote number ${i} about the bridge`,
    speaker: 'Mara Velde',
    sources: Array.from({ length: sources }, (_, j) => ({
      article: `a${j}`,
      title: `Bridge story ${j}`,
      date: '2022-04-01',
      start: 0,
      end: 10,
    })),
  };
}

function result(count: number, sources = 1): QuoteResult {
  return { speaker: 'Mara Velde', quotes: Array.from({ length: count }, (_, i) => quote(i, sources)) };
}

const pageId = (page: number) => `quote:${page}`;

function buttons(reply: ReturnType<typeof quotesReply>): [string, string, boolean | undefined][] {
  const row = reply.components?.[0];
  return ((row?.components ?? []) as APIButtonComponentWithCustomId[]).map((b) => [
    b.custom_id,
    b.label ?? '',
    b.disabled,
  ]);
}

describe('quotesReply', () => {
  test('each quote in curly marks, with its sources under it, the speaker as title', () => {
    const reply = quotesReply(result(2, 2), 'velde', { page: 1, pageId });
    const [embed] = reply.embeds ?? [];
    expect(embed.title).toBe('Mara Velde');
    expect(embed.description).toBe(
      [
        '> “Quote number 0 about the bridge”\n*Bridge story 0* · 1 Apr 2022\n*Bridge story 1* · 1 Apr 2022',
        '> “Quote number 1 about the bridge”\n*Bridge story 0* · 1 Apr 2022\n*Bridge story 1* · 1 Apr 2022',
      ].join('\n\n'),
    );
    expect(embed.footer).toEqual({ text: '2 quotes' });
    expect(reply.components).toEqual([]);
  });

  test('three sources per quote at most, the rest counted', () => {
    const [embed] = quotesReply(result(1, 5), 'velde', { page: 1, pageId }).embeds ?? [];
    expect(embed.description).toMatch(/Bridge story 2\* · 1 Apr 2022\n…and 2 more articles$/);
  });

  test('the topic shows in the title', () => {
    const [embed] = quotesReply({ ...result(1), topic: 'tolls' }, 'velde', { page: 1, pageId }).embeds ?? [];
    expect(embed.title).toBe('Mara Velde on “tolls”');
  });

  test('a topic left aside is said above the quotes, not shown in the title', () => {
    const message = 'the topic ".*" has no words to look for, so every quote is shown';
    const [embed] = quotesReply({ ...result(1), message }, 'velde', { page: 1, pageId }).embeds ?? [];
    expect(embed.title).toBe('Mara Velde');
    expect(embed.description).toMatch(/^\*the topic "\.\\\*" has no words to look for, so every quote is shown\*\n\n/);
  });

  const pages: [number, string, [string, string, boolean | undefined][]][] = [
    [
      1,
      'Quotes 1–5 of 12',
      [
        ['quote:0', '◀ Previous', true],
        ['quote:1', '1 / 3', true],
        ['quote:2', 'Next ▶', false],
      ],
    ],
    [
      2,
      'Quotes 6–10 of 12',
      [
        ['quote:1', '◀ Previous', false],
        ['quote:2', '2 / 3', true],
        ['quote:3', 'Next ▶', false],
      ],
    ],
    [
      9,
      'Quotes 11–12 of 12',
      [
        ['quote:2', '◀ Previous', false],
        ['quote:3', '3 / 3', true],
        ['quote:4', 'Next ▶', true],
      ],
    ],
  ];
  for (const [page, footer, expected] of pages) {
    test(`12 quotes, page ${page}: "${footer}" and its buttons`, () => {
      const reply = quotesReply(result(12), 'velde', { page, pageId });
      expect(reply.embeds?.[0].footer).toEqual({ text: footer });
      expect(buttons(reply)).toEqual(expected);
    });
  }

  test('without button ids, as many quotes as fit and the rest counted', () => {
    const reply = quotesReply(result(12), 'velde', { page: 1, pageId: () => null });
    expect(reply.components).toEqual([]);
    expect(reply.embeds?.[0].description?.match(/^> “/gm)).toHaveLength(12);
    const long = quotesReply(
      {
        speaker: 'Mara Velde',
        quotes: Array.from({ length: 40 }, (_, i) => ({ ...quote(i), text: 'word '.repeat(200) })),
      },
      'velde',
      { page: 1, pageId: () => null },
    );
    expect(long.embeds?.[0].description).toMatch(/\n\n…and \d+ more quotes; a `topic` narrows them down$/);
  });

  test("nothing found: the quote book's message, and the names to choose from", () => {
    const [embed] =
      quotesReply(
        {
          speaker: null,
          quotes: [],
          message: 'no one called Jon in the articles',
          candidates: ['Jon Ash', 'Jon Bell'],
        },
        'Jon',
        { page: 1, pageId },
      ).embeds ?? [];
    expect(embed.title).toBe('No quotes found');
    expect(embed.description).toBe('no one called Jon in the articles\n\nWhich one? **Jon Ash**, **Jon Bell**');
  });

  test('nothing found and no message: says so with the query', () => {
    const [embed] =
      quotesReply({ speaker: null, quotes: [], suggestions: ['Mara Velde'] }, 'Vellde', { page: 1, pageId }).embeds ??
      [];
    expect(embed.description).toBe('No quotes from Vellde in the articles.\n\nDid you mean **Mara Velde**?');
  });
});
