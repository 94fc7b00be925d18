import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../../src/answer/text/synonyms.js';
import { termsOf } from '../../../src/index/terms.js';

/** [a word of a question, a word of the answer sentence that may stand for it] */
const CASES: [string, string][] = [
  // the index term of "died" and "dies" is not that of "die": each inflection is listed
  ['died', 'death'],
  ['dies', 'dead'],
  ['dying', 'died'],
  ['bought', 'purchased'],
  ['began', 'started'],
];

describe('synonymsOf', () => {
  for (const [word, other] of CASES) {
    it(`${word} -> ${other}`, () => {
      expect(synonymsOf(termsOf(word)[0])).toContain(termsOf(other)[0]);
    });
  }
});
