import { describe, expect, it } from 'vitest';
import { createQuoteBook } from '../../src/quote/quote-book.js';
import { HARBOUR } from './harbour-fixture.js';
import { fixtureLibrary } from './library-fixture.js';

const book = createQuoteBook(fixtureLibrary(HARBOUR));

// Queries that must not resolve to one speaker: a guess here would put words in someone's mouth.
const NOT_RESOLVED: [string, string][] = [
  ['John', 'a first name two speakers share'],
  ['Hal', 'three letters: too short for a typing slip'],
  ['Jo', 'a fragment of a name'],
  ['the', 'an article alone'],
  ['', 'nothing'],
  ['   ', 'only spaces'],
  ['Duartez Okafora', 'two names, neither close enough'],
  ['Bridge', 'a word of the story, not of a name or role'],
  ['of the', 'function words of a role ("founder of the Lighthouse Alliance")'],
  ['she', 'a pronoun a quote was attributed by'],
];

describe('queries that must not resolve to a speaker', () => {
  for (const [query, why] of NOT_RESOLVED) {
    it(`"${query}" (${why})`, () => {
      const result = book.quote(query);
      expect(result.speaker).toBeNull();
      expect(result.quotes).toEqual([]);
    });
  }
});

describe('quotes that must not be shown', () => {
  it('a known person without direct quotes gets none, and a message naming them', () => {
    const result = book.quote('Tomas Brandt');
    expect(result).toMatchObject({
      speaker: 'Tomas Brandt',
      quotes: [],
      message: 'no direct quotes from Tomas Brandt in the articles',
    });
  });

  it('a person is never given the quotes of an unnamed speaker with their role', () => {
    const texts = book.quote('John Ortiz').quotes.map((q) => q.text);
    expect(texts).toEqual(['study the plan carefully']);
  });

  it('a topic none of the quotes is about leaves none, and says so', () => {
    const result = book.quote('John Hale', { topic: 'lighthouse' });
    expect(result.quotes).toEqual([]);
    expect(result.message).toBe('no quotes from John Hale about "lighthouse" in the articles');
  });

  it('never lists descriptions among the known speakers', () => {
    expect(book.speakers().map((s) => s.name)).not.toContain('a ferry company spokesman');
  });
});
