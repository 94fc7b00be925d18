import { describe, expect, it } from 'vitest';
import { comparisonWords, sameQuote } from '../../src/quote/dedup.js';
import { createQuoteBook } from '../../src/quote/quote-book.js';
import { HARBOUR } from './harbour-fixture.js';
import { fixtureLibrary } from './library-fixture.js';

// [text, the words two reports of it agree on]
const WORDS: [string, string][] = [
  ['We won’t stop.', 'we wont stop'],
  ['"We won\'t stop."', 'we wont stop'],
  ['on Friday, Dec 18', 'on friday december 18'],
  ['on Friday, December 18th', 'on friday december 18'],
  ['more than 250,000 people', 'more than 250000 people'],
  ['the U.S. said', 'the us said'],
  ['our counter-terrorism work', 'our counterterrorism work'],
  ['São Paulo', 'sao paulo'],
];

describe('comparisonWords', () => {
  for (const [text, expected] of WORDS) {
    it(`"${text}"`, () => expect(comparisonWords(text).join(' ')).toBe(expected));
  }
});

// [rule, shorter report, longer report, same quote?]
const PAIRS: [string, string, string, boolean][] = [
  ['exact', 'We checked every number twice', 'We checked every number twice.', true],
  ['curly-vs-straight', 'We won’t pay more', "We won't pay more", true],
  ['month-abbreviation', 'the talks are on Dec 18 in the city', 'the talks are on December 18 in the city', true],
  [
    'longer-stretch',
    'the first stone will be laid',
    'The tender opens in May … and the first stone will be laid in autumn.',
    true,
  ],
  [
    'one-word-changed',
    'this bridge will cut the morning commute in half for families',
    'this bridge will cut the evening commute in half for families',
    true,
  ],
  ['short-exact', 'Never again', 'never again!', true],
  ['short-inside-long', 'never again', 'we will never again pay this much', false],
  ['different-quotes', 'we checked every number twice', 'nobody will pay a higher fare', false],
  [
    'same-words-other-order',
    'the fare will not rise before March',
    'before March the council will not let the fare rise',
    false,
  ],
  ['half-the-words', 'the bridge will open in spring next year', 'the bridge will cost more than the tunnel', false],
];

describe('sameQuote', () => {
  for (const [rule, shorter, longer, expected] of PAIRS) {
    it(`${rule}: ${expected ? 'same' : 'different'}`, () => {
      const a = comparisonWords(shorter);
      const b = comparisonWords(longer);
      expect(sameQuote(a, b, new Set(b))).toBe(expected);
    });
  }
});

describe('quotes reported by several articles', () => {
  const library = fixtureLibrary(HARBOUR);
  const book = createQuoteBook(library);
  const textOf = (article: string): string =>
    library.documents.find((d) => d.article.id === article)?.article.text ?? '';

  it('appear once with every source, keeping the longer version', () => {
    const quotes = book.quote('Elena Duarte').quotes;
    const bridge = quotes.filter((q) => q.text.startsWith('This bridge will cut'));
    expect(bridge).toHaveLength(1);
    expect(bridge[0].text).toBe(
      'This bridge will cut the morning commute in half for thousands of families, and it will be built on time',
    );
    expect(bridge[0].sources.map((s) => s.article)).toEqual(['harbour-1', 'harbour-2']);
  });

  it('merge "Mar 3" with "March 3." and curly with straight marks, keeping the fuller text', () => {
    const quotes = book.quote('John Hale').quotes;
    expect(quotes.map((q) => [q.text, q.sources.map((s) => s.article)])).toEqual([
      ['We checked every number twice', ['harbour-1', 'harbour-2']],
      ['Nobody will pay a higher fare before March 3.', ['harbour-1', 'harbour-2']],
    ]);
  });

  it('show a split quote as one, with both segments, and merge a report of its second half', () => {
    const split = book.quote('Elena Duarte').quotes.find((q) => q.text.startsWith('The tender'));
    expect(split?.text).toBe('The tender opens in May … and the first stone will be laid in autumn.');
    expect(split?.sources.map((s) => s.article)).toEqual(['harbour-1', 'harbour-3']);
    const parts = split?.sources[0].parts ?? [];
    expect(parts.map((p) => textOf('harbour-1').slice(p.start, p.end))).toEqual([
      'The tender opens in May',
      'and the first stone will be laid in autumn.',
    ]);
  });

  it('give offsets that slice the quoted words out of each article, without the marks', () => {
    for (const speaker of ['Elena Duarte', 'John Hale', 'John Ortiz', 'Maria Okafor']) {
      for (const quote of book.quote(speaker).quotes) {
        for (const source of quote.sources.filter((s) => !s.parts)) {
          const words = textOf(source.article).slice(source.start, source.end);
          expect(words).not.toMatch(/^["“”]|["“”,]$/);
          const shown = comparisonWords(quote.text);
          expect(sameQuote(comparisonWords(words), shown, new Set(shown))).toBe(true);
        }
      }
    }
  });
});
