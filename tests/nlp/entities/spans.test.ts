import { describe, expect, it } from 'vitest';
import { capitalLines, tokenize } from '../../../src/nlp/entities/tokens.js';
import { traceOf, traceText } from './helpers.js';

// [what, text, the names (of any label) the finder must cut out exactly]
const rows: [string, string, string[]][] = [
  ['a title split from the name', 'Russian Foreign Minister Sergei Lavrov spoke.', ['Russian', 'Sergei Lavrov']],
  ['a title with "of"', 'US Secretary of State John Kerry arrived.', ['US', 'John Kerry']],
  ['"of" inside an organisation name', 'The Bank of England held rates.', ['Bank of England']],
  ['"of" between two names', 'In the final Benetton of Italy beat Dinamo.', ['Benetton', 'Italy', 'Dinamo']],
  ['"&" inside a name', 'Shares in Procter & Gamble fell.', ['Procter & Gamble']],
  ['"and" between two people', 'Kerry and Lavrov met in Moscow.', ['Kerry', 'Lavrov', 'Moscow']],
  [
    '"and" inside an exchange name',
    'The Sydney Futures and Options Exchange opened.',
    ['Sydney Futures and Options Exchange'],
  ],
  ['particles in a row', 'The winger Joost van der Merwe scored.', ['Joost van der Merwe']],
  ['a lowercase particle', 'Troops loyal to Bashar al-Assad advanced.', ['Bashar al-Assad']],
  ['a possessive split off', "Kerry's meeting with Putin's aides ended.", ['Kerry', 'Putin']],
  ['a possessive inside a name', "He joined Boatmen's Bancshares last year.", ["Boatmen's Bancshares"]],
  ['a known name at a sentence start', 'New York is calm today.', ['New York']],
  ['a noun opening a name after a colon', 'Scorers: Dean Rowntree, Ian Pell.', ['Dean Rowntree', 'Ian Pell']],
  ['a nationality before a name', 'American Tom Hadley won.', ['American', 'Tom Hadley']],
  ['a nationality inside an organisation', 'The Scottish Parliament voted.', ['Scottish Parliament']],
  ['a family name next to a place', "He conveyed to Putin Washington's concern.", ['Putin', 'Washington']],
  ['a title joined by a hyphen', 'Lieutenant-Colonel Ann Varga spoke.', ['Ann Varga']],
  ['a party and a title before a name', 'Tory MP Jane Ross spoke.', ['Tory', 'Jane Ross']],
  ['a party of two words before a name', 'Lib Dem Jane Ross spoke.', ['Lib Dem', 'Jane Ross']],
  ['letters after a name', 'Jane Ross MP spoke, and so did Tom Hale QC.', ['Jane Ross', 'Tom Hale']],
  ['a role noun opening the sentence', 'Singer Tom Hale sang.', ['Tom Hale']],
  ['a word shaped like a role noun opening the sentence', 'Novelist Arthur Hale has died.', ['Arthur Hale']],
  ['a hyphenated role noun opening the sentence', 'Film-maker Jo Bell Hale spoke.', ['Jo Bell Hale']],
  ['a middle initial without its full stop', 'Voters backed George W Bush again.', ['George W Bush']],
  ['"Former" left out of a name', 'Former Hallam striker Tom Brandt spoke.', ['Hallam', 'Tom Brandt']],
  ['"Former" kept with a title', 'Former President Tom Brandt spoke.', ['Tom Brandt']],
  ['plurals of abbreviations', 'Sales of PCs rose in Oslo.', ['Oslo']],
  [
    'an organisation and then a name',
    'He told the Washington Post Halvorsen would stay.',
    ['Washington Post', 'Halvorsen'],
  ],
];

describe('candidate names', () => {
  for (const [what, text, names] of rows) {
    it(what, () => {
      const found = traceOf(text)
        .filter((c) => c.label !== null)
        .map((c) => c.text);
      expect(found, traceText(text)).toEqual(names);
    });
  }

  it('keeps the title that came with the name', () => {
    const found = traceOf('Russian Foreign Minister Sergei Lavrov spoke.').find((c) => c.text === 'Sergei Lavrov');
    expect(found?.title).toBe('Russian Foreign Minister');
  });
});

describe('tokens', () => {
  const tokensOf = (text: string, isTitle = false) =>
    tokenize(text, { start: 0, end: text.length }, capitalLines(text), isTitle);

  const rows: [string, string, string[]][] = [
    [
      'abbreviations keep their full stop',
      'Mr. Smith met Gen. Lee in St. Louis.',
      ['Mr.', 'Smith', 'met', 'Gen.', 'Lee', 'in', 'St.', 'Louis', '.'],
    ],
    ['letter-dot abbreviations', 'The U.S. team won.', ['The', 'U.S.', 'team', 'won', '.']],
    ['possessives', "Russia's and Kerry’s", ['Russia', "'s", 'and', 'Kerry', '’s']],
    ['hyphens and apostrophes inside words', "al-Assad and O'Neill", ['al-Assad', 'and', "O'Neill"]],
    [
      'numbers with separators',
      'On 1996-08-30 it cost $2.3 million',
      ['On', '1996-08-30', 'it', 'cost', '$', '2.3', 'million'],
    ],
  ];
  for (const [what, text, expected] of rows) {
    it(what, () => expect(tokensOf(text).map((t) => t.text)).toEqual(expected));
  }

  it('offsets index the text', () => {
    const text = "Kerry's U.S. visit";
    for (const t of tokensOf(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks lines written in capitals and title-case titles as caseless', () => {
    const text = 'SOCCER - SHEARER NAMED CAPTAIN\nShearer was named on Friday.';
    const tokens = tokensOf(text);
    expect(tokens.filter((t) => t.caseless).map((t) => t.text)).toEqual(['SOCCER', '-', 'SHEARER', 'NAMED', 'CAPTAIN']);
    expect(tokensOf('Leaders Agree To Push Ahead With Talks', true).every((t) => t.caseless)).toBe(true);
    expect(tokensOf('Leaders agree to push ahead with talks', true).some((t) => t.caseless)).toBe(false);
  });
});
