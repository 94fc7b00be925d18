import { describe, expect, test } from 'vitest';
import type { Answer } from '../../../src/answer/types.js';
import { answerReply, boldSentence } from '../../../src/bot/format/answer.js';
import { embedLength } from '../../../src/bot/format/limits.js';
import { sourceLabel } from '../../../src/bot/format/markdown.js';
import { quotesReply } from '../../../src/bot/format/quotes.js';
import { summaryReply } from '../../../src/bot/format/summary.js';

/** What formatting must not do: bold the wrong words, link what is not a link, render mentions, overflow. */

const EVIDENCE = {
  article: 'a',
  title: 'T',
  date: null,
  sentence: 'The ferry leaves at noon.',
  start: 50,
  end: 75,
};

describe('no bold where the answer is not known to be', () => {
  const rows: [string, Partial<typeof EVIDENCE> & { answerStart?: number; answerEnd?: number }, string | null][] = [
    ['offsets before the sentence, answer not in it', { answerStart: 10, answerEnd: 20 }, 'Tuesday'],
    ['offsets reversed', { answerStart: 60, answerEnd: 55 }, 'Tuesday'],
    ['offsets past the end', { answerStart: 70, answerEnd: 90 }, 'Tuesday'],
    ['no answer (null): nothing bold even with offsets', { answerStart: 54, answerEnd: 59 }, null],
    ['an empty answer', {}, ''],
  ];
  for (const [name, overrides, answer] of rows) {
    test(name, () => {
      expect(boldSentence({ ...EVIDENCE, ...overrides }, answer)).toBe('The ferry leaves at noon.');
    });
  }
});

describe('nothing is a link but a plain http(s) URL', () => {
  const rows = ['javascript:alert(1)', 'ftp://x.org/a', 'https://x.org/a b', 'https://x.org/<a>', 'x.org'];
  for (const url of rows) {
    test(url, () => {
      expect(sourceLabel({ title: 'T', date: null, url })).toBe('*T* · undated');
    });
  }
});

describe('mentions in article text are not rendered', () => {
  const text = 'Hi <@123>, <@!5>, <@&7> and <#9> and @everyone';
  test('in evidence', () => {
    expect(boldSentence({ ...EVIDENCE, sentence: text, end: 50 + text.length }, null)).not.toMatch(/(^|[^\\])<[@#]/);
  });
  test('in quotes and summaries', () => {
    const quotes = quotesReply({ speaker: 'S', quotes: [{ text, speaker: 'S', sources: [] }] }, 'S', {
      page: 1,
      pageId: () => null,
    });
    const summary = summaryReply(
      { sentences: [{ text, article: 'a', title: text, date: null, start: 0, end: 1 }] },
      { article: null, articleCount: 1 },
    );
    for (const reply of [quotes, summary]) expect(JSON.stringify(reply)).not.toMatch(/[^\\]<[@#]/);
  });
});

describe('no reply goes over the limits, whatever the input', () => {
  const huge = 'word '.repeat(5000);
  test('an answer', () => {
    const answer: Answer = {
      question: huge,
      kind: 'other',
      answer: huge,
      confidence: 1,
      note: huge,
      evidence: Array.from({ length: 50 }, () => ({ ...EVIDENCE, sentence: huge, title: huge, end: 50 + huge.length })),
    };
    const [embed] = answerReply(answer).embeds ?? [];
    expect(embed.title?.length).toBeLessThanOrEqual(256);
    expect(embed.author?.name.length).toBeLessThanOrEqual(256);
    expect(embed.description?.length).toBeLessThanOrEqual(4096);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
  });
});
