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
  ['Tory MP Jane Ross', 'name', 'Jane Ross', 'Tory MP'],
  ['Refugee Council Chief Executive Jane Ross', 'name', 'Jane Ross', 'Refugee Council Chief Executive'],
  ['Dr Tom Hale research director', 'name', 'Tom Hale', 'Dr research director'],
  ['Martin Luther King', 'name', 'Martin Luther King', null],
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

  for (const phrase of ['himself', 'people', 'the', 'his']) {
    it(`reads no speaker in "${phrase}"`, () => {
      expect(parsePhrase(tokens(phrase))).toBeNull();
    });
  }
});

/** [clause, index of the verb, the speaker read backwards from it] */
const BEFORE: [string, number, string][] = [
  ['Kerry also said', 2, 'Kerry'],
  ['Kerry, the top US diplomat, said', 7, 'Kerry'],
  ['After the meeting the minister said', 5, 'the minister'],
  ['In one tweet Friday, Trump said', 6, 'Trump'],
  ['Speaking in Leeds Mr Tom Hale said', 6, 'Tom Hale'],
  ['announcing the sale the company said', 5, 'the company'],
  ['Jane Ross, who chairs the panel, said', 8, 'Jane Ross'],
  ['the critic Jane Ross, who said', 6, 'Jane Ross'],
  ['the shadow chancellor, Jane Ross, said', 7, 'Jane Ross'],
  ['the firm denied the report said', 5, 'the report'],
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
  ['the report', 'the report'],
  ['chairman and chief executive Tom Hale', 'Tom Hale'],
  ['one analyst quoted by the paper', 'one analyst'],
];

describe('phraseAfter', () => {
  for (const [clause, speaker] of AFTER) {
    it(clause, () => {
      expect(phraseAfter(tokens(clause), 0)?.text).toBe(speaker);
    });
  }
});

/** [text, the tokens that open their sentence as a participle or an adverb, never as a name] */
const OPENERS: [string, string[]][] = [
  ['Speaking in Leeds, Tom Hale said so.', ['Speaking']],
  ['It rained. Essentially, the match was lost.', ['Essentially']],
  ['Pressed on the matter, she left.', ['Pressed']],
  ['Kelly, 25, said so.', []],
  ['Tom Hale was speaking in Leeds.', []],
];

describe('tokens', () => {
  for (const [text, openers] of OPENERS) {
    it(`openers in "${text}"`, () => {
      expect(
        tokens(text)
          .filter((t) => t.opener)
          .map((t) => t.text),
      ).toEqual(openers);
    });
  }

  it('keeps capitals joined by "&" as one word', () => {
    expect(tokens('B&Q said so').map((t) => t.text)).toEqual(['B&Q', 'said', 'so']);
  });
});
