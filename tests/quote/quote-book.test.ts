import { describe, expect, it } from 'vitest';
import { createQuoteBook } from '../../src/quote/quote-book.js';
import { HARBOUR } from './harbour-fixture.js';
import { fixtureLibrary } from './library-fixture.js';

const book = createQuoteBook(fixtureLibrary(HARBOUR));

describe('quote book', () => {
  it("lists a speaker's quotes in article date order, undated articles last", () => {
    const quotes = book.quote('Duarte').quotes;
    expect(quotes.map((q) => q.sources[0].article)).toEqual(['harbour-1', 'harbour-1', 'harbour-3']);
    expect(quotes.map((q) => q.sources.map((s) => s.date))).toEqual([
      ['2031-04-02', '2031-04-03'],
      ['2031-04-02', null],
      [null],
    ]);
  });

  it('gives each quote its article title and date', () => {
    const [quote] = book.quote('Okafor').quotes;
    expect(quote).toMatchObject({
      text: 'block the view from the old lighthouse for good.',
      speaker: 'Maria Okafor',
      sources: [{ article: 'harbour-1', title: 'Council backs new harbour bridge', date: '2031-04-02' }],
    });
  });

  it('knows the speakers, with distinct quote counts, most quoted first', () => {
    expect(book.speakers()).toEqual([
      { name: 'Elena Duarte', quotes: 3 },
      { name: 'John Hale', quotes: 2 },
      { name: 'Harbour Ferries', quotes: 1 },
      { name: 'John Ortiz', quotes: 1 },
      { name: 'Maria Okafor', quotes: 1 },
    ]);
  });

  // [rule, speaker, topic, the quotes kept (their first words)]
  const TOPICS: [string, string, string, string[]][] = [
    ['word', 'John Hale', 'fare', ['Nobody will pay']],
    ['stemmed-word', 'John Hale', 'fares', ['Nobody will pay']],
    ['all-words', 'Elena Duarte', 'morning commute', ['This bridge will']],
    ['sentence-context', 'Elena Duarte', 'vote', ['This bridge will']],
    ['entity-alias', 'Maria Okafor', 'LHA', ['block the view']],
    ['entity-surname', 'Maria Okafor', 'Okafor', ['block the view']],
    ['no-match', 'John Hale', 'lighthouse', []],
  ];
  for (const [rule, speaker, topic, expected] of TOPICS) {
    it(`topic ${rule}: ${speaker} about "${topic}"`, () => {
      const texts = book.quote(speaker, { topic }).quotes.map((q) => q.text.split(' ').slice(0, 3).join(' '));
      expect(texts).toEqual(expected);
    });
  }

  it('finds a longer word that a long enough topic word starts, and not one a short word starts', () => {
    const library = fixtureLibrary([
      {
        id: 'threat',
        title: 'Minister warns of threat',
        date: '2031-05-01',
        body: '"Terrorist groups are a threat to us all," Ana Silva said.\n\n"The fares will stay as they are," Ana Silva said.',
        entities: [{ canonical: 'Ana Silva', mentions: ['Ana Silva'] }],
        quotes: [
          { marked: '"Terrorist groups are a threat to us all,"', speaker: 'Ana Silva' },
          { marked: '"The fares will stay as they are,"', speaker: 'Ana Silva' },
        ],
      },
    ]);
    const about = (topic: string) => createQuoteBook(library).quote('Ana Silva', { topic }).quotes.length;
    expect(about('terrorism')).toBe(1);
    expect(about('far')).toBe(0);
  });

  it('ignores a topic of function words only, and says so', () => {
    const result = book.quote('John Hale', { topic: 'the' });
    expect(result.quotes).toHaveLength(2);
    expect(result.topic).toBeUndefined();
    expect(result.message).toBe('the topic "the" has no words to look for, so every quote is shown');
  });

  it('orders an undated article by the date its text gives, and reports that date as inferred', () => {
    const library = fixtureLibrary(HARBOUR);
    const undated = library.documents.find((d) => d.article.id === 'harbour-3');
    if (undated) undated.facts.inferredDate = '2031-04-01';
    const [first] = createQuoteBook(library).quote('Duarte').quotes;
    expect(first.sources[0]).toMatchObject({ article: 'harbour-3', date: null, inferredDate: '2031-04-01' });
  });

  it('answers over an empty library without crashing', () => {
    const empty = createQuoteBook(fixtureLibrary([]));
    expect(empty.speakers()).toEqual([]);
    expect(empty.quote('Anyone')).toMatchObject({ speaker: null, quotes: [], suggestions: [] });
  });
});
