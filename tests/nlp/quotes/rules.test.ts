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
  [
    'clause-subject',
    'Maria Lopez won again.\n\nThe 29-year-old admitted the Riverside Cup mattered, calling it "the best week of my whole career."',
    '"the best week of my whole career."',
    'Maria Lopez',
    'The 29-year-old',
  ],
  [
    'previous-sentence-speaker',
    'Tom Hale said sales had been slow all winter. "We expect a much better spring this year."',
    '"We expect a much better spring this year."',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'previous-sentence-speaker',
    'Tom Hale spoke on Monday.\n\nOne trader in the city said the mood was grim. "Nobody is buying anything at all now."',
    '"Nobody is buying anything at all now."',
    'One trader',
    'One trader',
  ],
  [
    'split-quotation',
    'Maria Lopez said: "We lost the vote today. "We will be back next year with a better plan."',
    '"We will be back next year with a better plan."',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'speaker-verb-before',
    'Responding to the plan, the shadow health secretary, Jane Ross, said: "It is far too little, far too late."',
    '"It is far too little, far too late."',
    'Jane Ross',
    'Jane Ross',
  ],
  [
    'speaker-verb-before',
    'Speaking in Leeds Mr Tom Hale said: "The north has waited long enough for this line."',
    '"The north has waited long enough for this line."',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'speaker-verb-before',
    'The actor, whose films include Dark Water, Long Road and Blue Sky, said: "The theatre gave me my first start."',
    '"The theatre gave me my first start."',
    'The actor',
    'The actor',
  ],
  [
    'speaker-then-verb-after',
    '"The market will recover by the spring," Maria Lopez, a strategist at the bank told reporters.',
    '"The market will recover by the spring,"',
    'Maria Lopez',
    'Maria Lopez',
  ],
  [
    'speaker-then-verb-after',
    '"The tests showed what we expected," Dr Tom Hale research director at the institute told reporters.',
    '"The tests showed what we expected,"',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'verb-then-speaker-after',
    '"Sales rose by a tenth in the last quarter," said the report.',
    '"Sales rose by a tenth in the last quarter,"',
    'the report',
    'the report',
  ],
  [
    'verb-then-speaker-after',
    '"The year ended well for all of us," said chairman and chief executive Tom Hale.',
    '"The year ended well for all of us,"',
    'Tom Hale',
    'Tom Hale',
  ],
  [
    'verb-then-speaker-after',
    '"The numbers look better than they did," said one analyst quoted by the local paper.',
    '"The numbers look better than they did,"',
    'one analyst',
    'one analyst',
  ],
  [
    'according-to-before',
    'According to the report, "more than half of the homes were empty."',
    '"more than half of the homes were empty."',
    'the report',
    'the report',
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
