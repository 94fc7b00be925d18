import { describe, expect, test } from 'vitest';
import { excerpt } from '../../../src/bot/format/excerpt.js';

const SENTENCE = 'The meeting of the ministers will take place in New York on Friday after long talks in Moscow.';

describe('excerpt', () => {
  test('a sentence that fits is split around the span as it is', () => {
    const at = SENTENCE.indexOf('Friday');
    expect(excerpt(SENTENCE, [at, at + 6], 200)).toEqual({
      before: SENTENCE.slice(0, at),
      focus: 'Friday',
      after: SENTENCE.slice(at + 6),
    });
  });

  const span = (words: string): [number, number] => [SENTENCE.indexOf(words), SENTENCE.indexOf(words) + words.length];
  const rows: [[number, number] | null, number, string][] = [
    [span('Friday'), 50, '…in New York on |Friday| after long talks in…'],
    [span('The'), 30, '|The| meeting of the ministers…'],
    [span('Moscow.'), 30, '…after long talks in |Moscow.|'],
    [null, 30, 'The meeting of the ministers…'],
  ];
  for (const [span, max, expected] of rows) {
    test(`${JSON.stringify(span)} in ${max} -> ${expected}`, () => {
      const { before, focus, after } = excerpt(SENTENCE, span, max);
      expect([before, focus, after].join('|').replace(/\|\|$/, '')).toBe(expected);
      expect(before.length + focus.length + after.length).toBeLessThanOrEqual(max);
    });
  }
});
