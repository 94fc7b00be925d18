import { describe, expect, it } from 'vitest';
import { createQuoteBook } from '../../src/quote/quote-book.js';
import { type FixtureArticle, fixtureLibrary } from './library-fixture.js';

/** Two prime ministers, and a quote the article leaves with the description alone. */
const SUMMIT: FixtureArticle = {
  id: 'summit',
  title: 'Leaders meet at the summit',
  date: '2024-05-02',
  body: [
    'Prime Minister Ada Lind said: "The summit went well for everyone."',
    'Prime Minister Owen Marsh said: "We will meet again in the autumn."',
    '"Trade comes first," the prime minister said later.',
  ].join('\n\n'),
  entities: [
    { canonical: 'Ada Lind', mentions: ['Ada Lind'], roles: ['Prime Minister'] },
    { canonical: 'Owen Marsh', mentions: ['Owen Marsh'], roles: ['Prime Minister'] },
  ],
  quotes: [
    { marked: '"The summit went well for everyone."', speaker: 'Ada Lind' },
    { marked: '"We will meet again in the autumn."', speaker: 'Owen Marsh' },
    { marked: '"Trade comes first,"', speaker: 'the prime minister', attribution: 'the prime minister' },
  ],
};

describe('an ambiguous description', () => {
  const book = createQuoteBook(fixtureLibrary([SUMMIT]));

  it('offers the people it may stand for, not the description itself', () => {
    const result = book.quote('the prime minister');
    expect(result.candidates).toEqual(['Ada Lind', 'Owen Marsh']);
  });
});
