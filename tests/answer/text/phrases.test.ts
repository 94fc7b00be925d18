import { describe, expect, it } from 'vitest';
import { numberPhrases, properNames } from '../../../src/answer/text/phrases.js';
import { tagText } from '../../../src/answer/text/tagged.js';

const numbersIn = (text: string): string[] => numberPhrases(tagText(text), text, 0).map((p) => p.text);

/** [sentence, a number phrase it must hold] */
const CASES: [string, string][] = [
  ['The union represents 3,400 workers.', '3,400 workers'],
  ['Several parents have volunteered to help.', 'Several parents'],
  ['The roots of the feud go back hundreds of years.', 'hundreds'],
  ['The basin covers one quarter of a million square kilometres.', 'one quarter of a million square kilometres'],
  ['The laws date from the 19th century.', '19th century'],
];

describe('number phrases', () => {
  for (const [sentence, expected] of CASES) {
    it(`${expected}: ${sentence}`, () => {
      expect(numbersIn(sentence)).toContain(expected);
    });
  }
});

const namesIn = (text: string, known: { first: number; last: number }[] = []): string[] =>
  properNames(tagText(text), text, 0, known).map((p) => p.text);

/** [sentence, word ranges already known as names, the proper names found] */
const NAMES: [string, { first: number; last: number }[], string[]][] = [
  ['He met Ines Varga in Tromso on Monday.', [], ['Ines Varga', 'Tromso', 'Monday']],
  ['When Ines Varga arrived, the Bank of Norland closed.', [], ['Ines Varga', 'Bank of Norland']],
  ['The envoy met Ines Varga.', [], ['Ines Varga']],
  // a run ending inside a known name is the caller's already
  ['He met Ines Varga in Tromso.', [{ first: 2, last: 3 }], ['Tromso']],
  ['He met Ines Varga in Tromso.', [{ first: 3, last: 3 }], ['Tromso']],
  ['He met Ines Varga in Tromso.', [{ first: 2, last: 2 }], ['Ines Varga', 'Tromso']],
];

describe('proper names', () => {
  for (const [sentence, known, expected] of NAMES) {
    it(`${expected.join(', ') || 'none'} (${known.length} known): ${sentence}`, () => {
      expect(namesIn(sentence, known)).toEqual(expected);
    });
  }
});
