import { describe, expect, it } from 'vitest';
import { numberPhrases } from '../../../src/answer/text/phrases.js';
import { tagText } from '../../../src/answer/text/tagged.js';

const numbersIn = (text: string): string[] => numberPhrases(tagText(text), text, 0).map((p) => p.text);

/** [sentence, a word no number phrase may hold]: labels and ordinals count nothing. */
const CASES: [string, string][] = [
  ['Omar Haddad is a grade eleven student.', 'eleven'],
  ['She won the first award for a robot.', 'first'],
  ['The story aired in Episode 4 of the series.', '4'],
  ['He bought home run ball no. 70 at the auction.', '70'],
  ['A few people came to the lab.', 'few'],
];

describe('not number phrases', () => {
  for (const [sentence, word] of CASES) {
    it(`${word}: ${sentence}`, () => {
      expect(numbersIn(sentence).filter((p) => p.includes(word))).toEqual([]);
    });
  }
});
