import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../src/corpus/text-article.js';
import { extractTimeExpressions } from '../../../src/nlp/dates/index.js';
import { splitSentences } from '../../../src/nlp/sentences.js';

describe('the dated seed article', () => {
  const file = '001_b1c9cb2b70b6979d.txt';
  const article = parseTextArticle(
    file,
    file,
    readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8'),
  );
  if (!article) throw new Error('newsbot: seed did not parse');
  const dates = extractTimeExpressions(article, splitSentences(article), article.date, false);
  const ROWS: [text: string, value: string][] = [
    ['this week', '2015-W51'],
    ['Tuesday', '2015-12-15'],
    ['this Friday, December 18', '2015-12-18'],
    ['March 2011', '2011-03'],
    ['three-hour', 'PT3H'],
  ];
  for (const [text, value] of ROWS) {
    it(`reads "${text}" as ${value}`, () => {
      expect(dates.filter((d) => d.text === text).map((d) => d.value)).toEqual([value]);
    });
  }

  it('gives spans that are the text at their offsets, none in the header', () => {
    for (const d of dates) {
      expect(article.text.slice(d.start, d.end)).toBe(d.text);
      expect(d.start).toBeGreaterThanOrEqual(article.bodyStart);
    }
  });

  it('reads the quoted "today" of the Tuesday talks as that Tuesday', () => {
    expect(dates.find((d) => d.text === 'today')?.value).toBe('2015-12-15');
  });
});
