import { describe, expect, it } from 'vitest';
import { numberPhrases } from '../../../src/answer/text/phrases.js';
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
