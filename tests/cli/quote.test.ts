import { describe, expect, it } from 'vitest';
import { runQuote } from '../../src/cli/quote.js';
import { UsageError } from '../../src/cli/usage-error.js';
import type { Newsbot } from '../../src/newsbot.js';
import { createQuoteBook } from '../../src/quote/quote-book.js';
import { HARBOUR } from '../quote/harbour-fixture.js';
import { fixtureLibrary } from '../quote/library-fixture.js';

const book = createQuoteBook(fixtureLibrary(HARBOUR));
const newsbot = { quote: book.quote } as unknown as Newsbot;

function run(speaker: string, options: { topic?: string; json?: boolean } = {}): string {
  const lines: string[] = [];
  runQuote(newsbot, speaker.split(' '), { topic: options.topic, json: options.json ?? false }, (l) => lines.push(l));
  return lines.join('\n');
}

describe('newsbot quote', () => {
  it('prints who was found, then each quote with the articles that report it', () => {
    expect(run('Hale')).toBe(
      [
        'John Hale: 2 quotes',
        '',
        '1. “We checked every number twice”',
        '   Council backs new harbour bridge (2031-04-02); Harbour bridge wins final approval (2031-04-03)',
        '2. “Nobody will pay a higher fare before March 3.”',
        '   Council backs new harbour bridge (2031-04-02); Harbour bridge wins final approval (2031-04-03)',
      ].join('\n'),
    );
  });

  it('names the topic when one is given', () => {
    expect(run('Hale', { topic: 'fare' }).split('\n')[0]).toBe('John Hale: 1 quote about "fare"');
  });

  // [query, the first line printed]
  const MESSAGES: [string, string][] = [
    ['Tomas Brandt', 'no direct quotes from Tomas Brandt in the articles'],
    ['John', '"John" could be John Hale or John Ortiz; which one?'],
    ['Ortega', 'no one called Ortega in the articles'],
  ];
  for (const [query, first] of MESSAGES) {
    it(`explains an empty answer: ${query}`, () => expect(run(query).split('\n')[0]).toBe(first));
  }

  it('lists close known names after an unknown one', () => {
    expect(run('Ortega').split('\n')[1]).toBe('Known speakers with a similar name: John Ortiz.');
  });

  it('prints the result as one JSON line with --json', () => {
    const out = run('Okafor', { json: true });
    expect(out.split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toEqual(book.quote('Okafor'));
  });

  it('refuses an empty speaker as a usage error', () => {
    expect(() => run(' ')).toThrow(UsageError);
  });
});
