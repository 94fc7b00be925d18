import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../../src/answer/text/synonyms.js';
import { termsOf } from '../../../src/index/terms.js';

/** [a word of a question, a word of the answer sentence that may stand for it] */
const CASES: [string, string][] = [
  // inflections share the base form's index term, so its group
  ['died', 'death'],
  ['dies', 'dead'],
  ['bought', 'purchased'],
  ['began', 'started'],
  // a noun for the one who does it, kinship, a way of dying
  ['care', 'caretaker'],
  ['siblings', 'brother'],
  ['parents', 'mother'],
  ['killed', 'assassinated'],
  ['originally', 'native'],
];

describe('synonymsOf', () => {
  for (const [word, other] of CASES) {
    it(`${word} -> ${other}`, () => {
      expect(synonymsOf(termsOf(word)[0])).toContain(termsOf(other)[0]);
    });
  }
});
