import type { QuoteBook } from '../../src/quote/quote-book.js';
import type { KnownSpeaker, QuoteResult } from '../../src/quote/types.js';

/** Queries for one speaker: the name as given, parts of it, a typing slip, lowercase. */
function queriesFor(name: string): string[] {
  const words = name.split(' ');
  return [
    name,
    words[0],
    words[words.length - 1],
    name.slice(0, -1),
    name.toLowerCase(),
    `Mr ${words[words.length - 1]}`,
  ];
}

/** The longest word of a quote, as a topic to filter by. */
function topicOf(result: QuoteResult): string {
  const words = result.quotes[0]?.text.split(/\W+/) ?? [];
  return words.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * Everything a user can get out of a quote book: the speakers, and for each speaker the answers to several
 * ways of asking, with and without a topic; plus descriptions and names no one has.
 */
export function answersOf(book: QuoteBook, extra: string[] = []): { speakers: KnownSpeaker[]; answers: QuoteResult[] } {
  const speakers = book.speakers();
  const answers: QuoteResult[] = [];
  speakers.forEach(({ name }, i) => {
    for (const query of queriesFor(name)) answers.push(book.quote(query));
    const all = book.quote(name);
    // a word of its own quote, words no quote has, and an entity (the next speaker), by name and family name
    const other = speakers[(i + 1) % speakers.length].name;
    for (const topic of [topicOf(all), 'zebra crossing', other, other.split(' ').at(-1) ?? ''])
      answers.push(book.quote(name, { topic }));
  });
  for (const query of [...extra, 'spokesman', 'the minister', 'Nobody Atall', '']) answers.push(book.quote(query));
  return { speakers, answers };
}
