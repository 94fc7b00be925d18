import { describe, expect, it } from 'vitest';
import { wordOverlap } from '../../src/summary/select.js';
import { createSummarizer } from '../../src/summary/summarizer.js';
import { words } from '../../src/summary/terms.js';
import type { SummarySentence } from '../../src/summary/types.js';
import { fixtureLibrary } from '../quote/library-fixture.js';
import { MARATHON } from './story-fixture.js';

const library = fixtureLibrary(MARATHON);
const summarize = createSummarizer(library);
const textOf = (article: string): string => library.documents.find((d) => d.article.id === article)?.article.text ?? '';
const order = (id: string): number => library.documents.findIndex((d) => d.article.id === id);

describe('summary of a small corpus', () => {
  const { sentences } = summarize();

  it('has five sentences by default', () => {
    expect(sentences).toHaveLength(5);
  });

  it('never has two sentences that say the same thing (word-set Jaccard < 0.5)', () => {
    for (const a of sentences) {
      for (const b of sentences) {
        if (a !== b) expect(wordOverlap(new Set(words(a.text)), new Set(words(b.text)))).toBeLessThan(0.5);
      }
    }
  });

  it('keeps one of the sentences two articles repeat', () => {
    expect(
      sentences.filter((s) => s.text.startsWith('Mayor Elena Duarte said the marathon would return')),
    ).toHaveLength(1);
  });

  it('is in time order: article date (undated last), then place in the article', () => {
    const key = (s: SummarySentence): [string, number, number] => [s.date ?? '\uffff', order(s.article), s.start];
    const keys = sentences.map(key);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    expect(sentences[0].article).toBe('marathon-1');
  });

  it('leaves out captions, titles, sign-offs and sign-up prompts', () => {
    for (const s of sentences) expect(s.text).not.toMatch(/PHOTO|Telegram|^- Staff|^Record field for/);
  });

  it('reads the lead without its dateline, and its offsets still slice it out of the article', () => {
    for (const s of sentences) {
      expect(textOf(s.article).slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
      expect(s.text).not.toMatch(/^LAKESIDE/);
    }
  });

  it('gives every sentence its source title and date', () => {
    const lead = sentences.find((s) => s.article === 'marathon-2');
    expect(lead).toMatchObject({ title: 'Record field for Lakeside marathon', date: '2031-05-11' });
  });
});

describe('summary options', () => {
  // [requested sentences, how many come back] (the fixture has 11 candidates, two of them repeats)
  const COUNTS: [number, number][] = [
    [1, 1],
    [3, 3],
    [0, 1],
    [-4, 1],
    [99, 9],
  ];
  for (const [asked, expected] of COUNTS) {
    it(`sentences: ${asked} -> ${expected}`, () => {
      const n = summarize({ sentences: asked }).sentences.length;
      expect(n).toBeLessThanOrEqual(Math.min(15, Math.max(1, asked)));
      expect(n).toBe(expected);
    });
  }

  it('sums up one article alone', () => {
    const { sentences } = summarize({ article: 'marathon-3', sentences: 2 });
    expect(sentences.map((s) => s.article)).toEqual(['marathon-3', 'marathon-3']);
  });

  it('says so when the article is unknown', () => {
    expect(summarize({ article: 'no-such-article' })).toEqual({
      sentences: [],
      message: 'no article "no-such-article" in the corpus',
    });
  });

  it('says so when there is nothing to sum up', () => {
    expect(createSummarizer(fixtureLibrary([]))().message).toMatch(/nothing to summarise/);
  });
});
