import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src/nlp/facts.js';
import { extractQuotes } from '../../../src/nlp/quotes/index.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { article, quotesOf, trace } from './fixture.js';

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
