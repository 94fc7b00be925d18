import { describe, expect, it } from 'vitest';
import { quotesOf, trace } from './fixture.js';

/** Text with quotation marks that holds no quotation of anyone. */
const NOT_QUOTES: [string, string][] = [
  ['scare quotes around a word', 'Critics called the plan a "disaster" last week.'],
  ['scare quotes around two words', 'The so-called "fast lane" opened on Monday.'],
  ['the title of a film', 'She starred in the film "Night Train to Lisbon" last year.'],
  ['the title of a show with no work noun', 'They watched "The Long Road Home" on Sunday night.'],
  ['a title followed by its kind', 'He hosts the "Morning Coffee Hour" radio program every day.'],
  ['a nickname', 'Marcia "Cia" Price spoke at the rally on Friday.'],
  ['apostrophes only', "It's the '90s band's best song, and rock 'n' roll isn't dead yet."],
  ['a possessive plural', "The teams' coaches met the players' families on Sunday."],
  ['single marks in a headline', "Mayor vows city will 'fight the closure of the plant' at all costs"],
  ['a quotation nobody says', '"A sentence stands here with no one to say it at all."'],
  ['an unbalanced mark', 'The sign at the gate said nothing, and the road "ended there without warning'],
];

describe('not quotations', () => {
  for (const [name, text] of NOT_QUOTES) {
    it(name, () => {
      const quotes = quotesOf(text);
      expect(quotes, trace(text, quotes)).toEqual([]);
    });
  }

  it('a stray mark does not derail the quotations after it', () => {
    const text = 'He said "first and then left.\n\nLater, Tom Hale said: "We are done with the whole thing."';
    const quotes = quotesOf(text);
    expect(
      quotes.map((q) => [q.text, q.speaker]),
      trace(text, quotes),
    ).toEqual([['"We are done with the whole thing."', 'Tom Hale']]);
  });
});
