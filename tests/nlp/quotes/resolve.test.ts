import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src/nlp/facts.js';
import { extractQuotes } from '../../../src/nlp/quotes/index.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { article, quotesOf, quotesWithEntitiesOf, trace } from './fixture.js';

/** [what is resolved, article text, the quoted words checked, the speaker they resolve to] */
const CASES: [string, string, string, string][] = [
  [
    'a last name to the full name',
    'Maria Lopez spoke first.\n\n"Taxes stay as they are," Lopez said.',
    '"Taxes stay as they are,"',
    'Maria Lopez',
  ],
  [
    'a title is not part of the name',
    '"We are ready for the storm," Mayor Maria Lopez said.',
    '"We are ready for the storm,"',
    'Maria Lopez',
  ],
  [
    'a pronoun to the previous speaker, not the last name seen',
    '"We will win the vote," Maria Lopez said.\n\nTom Hale\'s campaign declined to comment.\n\n"The voters know us," she said.',
    '"The voters know us,"',
    'Maria Lopez',
  ],
  [
    'a pronoun to the person of its gender',
    'Maria Lopez met Tom Hale on Monday.\n\n"It went well," he said.',
    '"It went well,"',
    'Tom Hale',
  ],
  [
    'a pronoun to the subject of the sentence before',
    '"We will cut the fares," Maria Lopez said.\n\nTom Hale disagreed with the plan.\n\n"It will ruin the buses," he said.',
    '"It will ruin the buses,"',
    'Tom Hale',
  ],
  [
    'a description to the person whose role and country fit',
    'US Secretary of State Anna Berg met Russian Foreign Minister Ivan Petrov in Geneva.\n\n"We agreed on a date," the top US diplomat said.',
    '"We agreed on a date,"',
    'Anna Berg',
  ],
  [
    "a capital's name standing for the country",
    'Russian Foreign Minister Ivan Petrov met US Secretary of State Anna Berg in Geneva.\n\n"We found common ground," Moscow\'s top diplomat said.',
    '"We found common ground,"',
    'Ivan Petrov',
  ],
  [
    'a description with no one fitting stays a description',
    '"The fire started in the kitchen," a fire department official said.',
    '"The fire started in the kitchen,"',
    'a fire department official',
  ],
  [
    'an age standing for the person the story is about',
    'Maria Lopez won the final in three sets.\n\n"I played the best tennis of my life," the 24-year-old said.',
    '"I played the best tennis of my life,"',
    'Maria Lopez',
  ],
  [
    'a nationality standing for the person the story is about',
    'Tom Hale took the title on Sunday.\n\nThe American said: "This one means more than any other."',
    '"This one means more than any other."',
    'Tom Hale',
  ],
  [
    'a pronoun to a speaker known only by a description',
    'Tom Hale left early. A spokesman for the council said: "The road will close in May." He added: "It will reopen in June."',
    '"It will reopen in June."',
    'A spokesman',
  ],
  [
    'a pronoun to a description opening the sentence before',
    'Tom Hale attacked the plan. But a spokeswoman for the ministry defended it. She said: "The plan is fair to everyone."',
    '"The plan is fair to everyone."',
    'a spokeswoman',
  ],
  [
    'a description opening the sentence before, not a name later in it',
    'Maria Lopez spoke first.\n\nThe Spanish defender believes Tom Hale is right. "He knows the game better than anyone," she said.',
    '"He knows the game better than anyone,"',
    'Maria Lopez',
  ],
  [
    'a continued quotation keeps its speaker',
    'Tom Hale was blunt. "The plan is dead," he said. "Nobody wants it.\n\n"Not the council and not the voters."',
    '"Not the council and not the voters."',
    'Tom Hale',
  ],
];

describe('speaker resolution', () => {
  for (const [name, text, quoted, speaker] of CASES) {
    it(name, () => {
      const quotes = quotesOf(text);
      expect(quotes.find((q) => q.text === quoted)?.speaker, trace(text, quotes)).toBe(speaker);
    });
  }

  it('resolves a pronoun past a party and a role to the person named after them', () => {
    const text = 'Her plans did not impress Tory shadow education secretary Tom Hale. "She has no idea," he said.';
    const quotes = quotesWithEntitiesOf(text);
    expect(
      quotes.map((q) => q.speaker),
      trace(text, quotes),
    ).toEqual(['Tom Hale']);
  });

  it('resolves a pronoun to the name in apposition to a title, not to the speaker before', () => {
    const text =
      '"The rules are clear to everyone," Tom Baker said.\n\nThe Attorney General, Lord Halvorsen, agreed. He said he would act "in the near future" on it.';
    const quotes = quotesWithEntitiesOf(text);
    expect(quotes.find((q) => q.text === '"in the near future"')?.speaker, trace(text, quotes)).toBe('Halvorsen');
  });

  it('resolves "it" to the organisation opening the sentence before', () => {
    const text =
      'The Northern Grain Traders Association welcomed the plan. "This is the best of both worlds," it said.';
    const quotes = quotesWithEntitiesOf(text);
    expect(
      quotes.map((q) => q.speaker),
      trace(text, quotes),
    ).toEqual(['Northern Grain Traders Association']);
  });

  it('takes the canonical name of the entity mention covering the speaker', () => {
    const text = '"The port will reopen," Lopez said.';
    const start = text.indexOf('Lopez');
    const mention: EntityMention = {
      type: 'person',
      text: 'Lopez',
      start,
      end: start + 5,
      canonical: 'Maria Lopez Garcia',
      sentence: 0,
    };
    const a = article(text);
    const quotes = extractQuotes(a, splitSentences(a), { mentions: [mention], profiles: [] });
    expect(quotes.map((q) => q.speaker)).toEqual(['Maria Lopez Garcia']);
  });

  it('points the speaker span at the pronoun when the speaker is resolved from it', () => {
    const text = 'Tom Hale arrived late.\n\n"Sorry I kept everyone waiting," he said.';
    const [quote] = quotesOf(text);
    expect([quote.speaker, text.slice(quote.speakerStart ?? 0, quote.speakerEnd ?? 0)]).toEqual(['Tom Hale', 'he']);
  });
});
