import { describe, expect, it } from 'vitest';
import { timesOf, trace } from './helpers.js';

/** Text that holds no time expression at all, though it has words that often are one. */
const NOTHING: [why: string, sentence: string][] = [
  ['"Friday" as a name after a title', 'Sergeant Joe Friday closed the case.'],
  ['"Friday" as the speaker', 'Friday said he would not run again.'],
  ['"May" as a verb at the start of a sentence', 'May I ask a question?'],
  ['"may" as a verb', 'Prices may fall further.'],
  ['"march" as a verb', 'The troops will march on the capital.'],
  ['"April" as a name', 'April Smith won the race.'],
  ['an amount in dollars', 'The company reported a net loss of $2.3 million, or 68 cents a share.'],
  ['a model number', 'The airline bought a Boeing 747.'],
  ['a count of people', 'More than 1,000 people attended.'],
  ['a number like a year, with a comma', 'The index rose to 1,990 points.'],
  ['a number like a year, in dollars', 'He paid $2000 in cash.'],
  ['a rate per year', 'Costs rose by $5 million a year.'],
  ['a rate per week', 'The airline runs four flights a week.'],
  ['an ordinal "second"', 'A second group of directors resigned.'],
  ['an age', 'He was 37 years old when he was kidnapped.'],
  ['an age written with hyphens', 'The 44-year-old protester was arrested.'],
  ['the name of a show', 'She appeared on 60 Minutes with her lawyer.'],
  ['the name of a film', 'They watched High Noon again.'],
  ['"fall" and "spring" as a verb and a noun', 'Prices fall when a hot spring ends.'],
  ['"today\'s" for the present in general', "In today's world, news travels fast."],
];

describe('text that must not be tagged', () => {
  for (const [why, sentence] of NOTHING) {
    it(`tags nothing in: ${why}`, () => {
      expect(
        timesOf(sentence, '2015-12-17').map((t) => t.text),
        trace(sentence),
      ).toEqual([]);
    });
  }
});
