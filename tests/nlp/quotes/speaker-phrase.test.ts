import { describe, expect, it } from 'vitest';
import { parsePhrase, phraseAfter, phraseBefore } from '../../../src/nlp/quotes/speaker-phrase.js';
import { tokenize } from '../../../src/nlp/quotes/tokens.js';

const tokens = (text: string) => tokenize(text, { start: 0, end: text.length });

/** [phrase, kind, the words naming the speaker, role words said with them] */
const PHRASES: [string, string, string, string | null][] = [
  ['Kerry', 'name', 'Kerry', null],
  ['he', 'pronoun', 'he', null],
  ['US Secretary of State John Kerry', 'name', 'John Kerry', 'US Secretary of State'],
  ['State Department spokesman John Kirby', 'name', 'John Kirby', 'State Department spokesman'],
  ['President Bashar al-Assad', 'name', 'Bashar al-Assad', 'President'],
  ['Sen. Ted Cruz (R-Texas)', 'name', 'Ted Cruz', 'Sen.'],
  ['Doug Smith, a spokesman for the mayor', 'name', 'Doug Smith', null],
  ['Jane Roe of Springfield', 'name', 'Jane Roe', null],
  ['the top US diplomat', 'description', 'the top US diplomat', 'the top US diplomat'],
  ["Washington's top diplomat", 'description', "Washington's top diplomat", "Washington's top diplomat"],
  ['a narrator in the campaign ad', 'description', 'a narrator', 'a narrator'],
];

describe('parsePhrase', () => {
  for (const [phrase, kind, text, role] of PHRASES) {
    it(`${kind}: ${phrase}`, () => {
      const mention = parsePhrase(tokens(phrase));
      expect(mention && { kind: mention.kind, text: mention.text, role: mention.role }).toEqual({ kind, text, role });
    });
  }

  it('reads no speaker in a clause', () => {
    expect(parsePhrase(tokens('which the council'))).toBeNull();
  });
});

/** [clause, index of the verb, the speaker read backwards from it] */
const BEFORE: [string, number, string][] = [
  ['Kerry also said', 2, 'Kerry'],
  ['Kerry, the top US diplomat, said', 7, 'Kerry'],
  ['After the meeting the minister said', 5, 'the minister'],
  ['In one tweet Friday, Trump said', 6, 'Trump'],
];

describe('phraseBefore', () => {
  for (const [clause, verb, speaker] of BEFORE) {
    it(clause, () => {
      expect(phraseBefore(tokens(clause), verb)?.text).toBe(speaker);
    });
  }
});

/** [clause after an inverted verb, the speaker read forwards] */
const AFTER: [string, string][] = [
  ['Kerry in Moscow', 'Kerry'],
  ['Stephen Vladeck of the University of Texas', 'Stephen Vladeck'],
  ['the official on Monday', 'the official'],
  ["the group's leader, John Smith", 'John Smith'],
];

describe('phraseAfter', () => {
  for (const [clause, speaker] of AFTER) {
    it(clause, () => {
      expect(phraseAfter(tokens(clause), 0)?.text).toBe(speaker);
    });
  }
});
