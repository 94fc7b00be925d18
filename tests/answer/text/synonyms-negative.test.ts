import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../../src/answer/text/synonyms.js';
import { termsOf } from '../../../src/index/terms.js';

/** [a word of a question, a word that must not stand for it] */
const CASES: [string, string][] = [
  ['died', 'diet'],
  ['car', 'care'],
  ['bought', 'sold'],
  ['brother', 'mother'],
];

describe('synonymsOf: words that are not synonyms', () => {
  for (const [word, other] of CASES) {
    it(`${word} -/-> ${other}`, () => {
      expect(synonymsOf(termsOf(word)[0])).not.toContain(termsOf(other)[0]);
    });
  }
});
