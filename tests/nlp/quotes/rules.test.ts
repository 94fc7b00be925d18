import { describe, expect, it } from 'vitest';
import { quotesOf, trace } from './fixture.js';

/** [rule id, article text, the quoted words checked, speaker, the words of the mention naming the speaker] */
const CASES: [string, string, string, string, string][] = [
  [
    'verb-then-speaker-after',
    '"We will rebuild the bridge," said Maria Lopez, the city\'s mayor.',
    '"We will rebuild the bridge,"',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'verb-then-speaker-after',
    '"The bridge will cost more than planned," according to a city spokesman.',
    '"The bridge will cost more than planned,"',
    'a city spokesman',
    'a city spokesman',
  ],
  [
    'speaker-then-verb-after',
    '"The budget is tight this year," Tom Hale said.',
    '"The budget is tight this year,"',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'speaker-then-verb-after',
    '"Nothing is agreed until everything is agreed," the finance minister told reporters.',
    '"Nothing is agreed until everything is agreed,"',
    'the finance minister',
    'the finance minister',
  ],
  [
    'speaker-then-verb-after',
    '"We are ready for the storm," Gov. Maria Lopez (D-Ore.) said on Monday.',
    '"We are ready for the storm,"',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'speaker-verb-before',
    'Tom Hale told reporters on Monday: "Nothing has been decided yet."',
    '"Nothing has been decided yet."',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'speaker-verb-before',
    'Maria Lopez walked onto the stage, chanting "we want the park back."',
    '"we want the park back."',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'according-to-before',
    'According to Maria Lopez, "the bridge will open in May."',
    '"the bridge will open in May."',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'colon-then-speaker',
    '"We will never give up the fight": Maria Lopez',
    '"We will never give up the fight"',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'dash-then-speaker',
    '"Every voter deserves a fair count of the ballots." - Tom Hale',
    '"Every voter deserves a fair count of the ballots."',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'split-quotation',
    '"We tried," Maria Lopez said. "We will try again next year."',
    '"We will try again next year."',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'continued-paragraph',
    '"We will build new homes," Tom Hale said. "We will fix the old ones.\n\n"And we will do both of those things this year."',
    '"And we will do both of those things this year."',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'lead-in-previous-paragraph',
    'Maria Lopez continued:\n\n"The bridge is our first task and our last."',
    '"The bridge is our first task and our last."',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'previous-paragraph-quotation',
    '"The bridge will open in May," Maria Lopez said.\n\n"Nobody will pay a toll to cross it."',
    '"Nobody will pay a toll to cross it."',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'reported-speech',
    'Maria Lopez said the council had agreed to "start the work before the summer."',
    '"start the work before the summer."',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'clause-subject',
    'Tom Hale conveyed his concern "that the works have hit the wrong pipes" to the council.',
    '"that the works have hit the wrong pipes"',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'clause-subject',
    'Tom Hale toured the site on Friday, calling it "the best work this town has seen."',
    '"the best work this town has seen."',
    'Tom Hale',
    'Tom Hale',
  ],
];

describe('attribution rules', () => {
  for (const [rule, text, quoted, speaker, mention] of CASES) {
    it(`${rule}: ${text.slice(0, 60)}`, () => {
      const quotes = quotesOf(text);
      const quote = quotes.find((q) => q.text === quoted);
      const found = quote && {
        rule: quote.rule,
        speaker: quote.speaker,
        mention: text.slice(quote.speakerStart ?? 0, quote.speakerEnd ?? 0),
        exact: text.slice(quote.start, quote.end) === quote.text,
      };
      expect(found, trace(text, quotes)).toEqual({ rule, speaker, mention, exact: true });
    });
  }
});
