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

/** [why, article text, words that must not come out as any quotation's speaker] */
const NOT_SPEAKERS: [string, string, string[]][] = [
  [
    'a participle opening the sentence after a quotation',
    'Tom Hale spoke for an hour.\n\n"We will win the seat back." Turning to the budget, the minister warned of cuts.',
    ['Turning'],
  ],
  [
    'a sentence adverb',
    '"It is a fine plan and a cheap one." Essentially, he says, the town will pay for it.',
    ['Essentially'],
  ],
  [
    'a possessive before a speech noun',
    'Maria Lopez says she is "standing by" her remarks about the deal.',
    ['her', 'his'],
  ],
  [
    'a reflexive pronoun',
    'Tom Hale passed the hard questions on, giving only "brief and vague" answers himself.',
    ['himself'],
  ],
  ['people in general', 'If she had won, people would say "why could she not do that last year?"', ['people']],
  [
    'a sentence of its own after a quotation ending in a full stop',
    '"Everyone is welcome to come along on the day." Organisers say all the money raised will go to the hospital.',
    ['Organisers'],
  ],
  [
    'a noun after a quoted phrase inside a clause',
    'He promised "a decent and fair" state education to every child.',
    ['education'],
  ],
  [
    'a party word after a quoted word inside a clause',
    'Labour criticised the "wild and extravagant" Tory promises on policing.',
    ['Tory'],
  ],
  [
    'an infinitive after a quotation',
    '"It might be wise to say sorry soon." Mr Tom Hale declined to say which apology he meant.',
    ['Mr Tom Hale declined', 'Tom Hale declined'],
  ],
];

describe('not speakers', () => {
  for (const [why, text, words] of NOT_SPEAKERS) {
    it(why, () => {
      const quotes = quotesOf(text);
      for (const word of words)
        expect(
          quotes.map((q) => q.speaker),
          trace(text, quotes),
        ).not.toContain(word);
    });
  }
});
