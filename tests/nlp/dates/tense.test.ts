import { describe, expect, it } from 'vitest';
import { type Tense, tenseAround } from '../../../src/nlp/dates/tense.js';

const ROWS: [sentence: string, expression: string, tense: Tense][] = [
  ['The talks will take place on Friday.', 'Friday', 'future'],
  ['Kerry met Putin on Tuesday.', 'Tuesday', 'past'],
  ['The dividend is payable Dec. 15.', 'Dec. 15', 'future'],
  ['Bush said Friday he will travel to Maine.', 'Friday', 'past'],
  ['The ministers agreed to meet on Friday.', 'Friday', 'future'],
  ['The rally is planned for Saturday.', 'Saturday', 'future'],
  ['The group could arrive as early as Tuesday.', 'Tuesday', 'future'],
  ['Mr. Smith will succeed him on Feb. 1.', 'Feb. 1', 'future'],
  ['The thrift announced the plan Aug. 21.', 'Aug. 21', 'past'],
  ['The meeting on Friday.', 'Friday', 'unmarked'],
];

describe('tenseAround', () => {
  for (const [sentence, expression, tense] of ROWS) {
    it(`reads "${expression}" in "${sentence}" as ${tense}`, () => {
      const start = sentence.indexOf(expression);
      expect(tenseAround(sentence, start, start + expression.length)).toBe(tense);
    });
  }
});
