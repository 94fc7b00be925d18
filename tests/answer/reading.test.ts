import { describe, expect, it } from 'vitest';
import { answerReading } from '../../src/answer/reading.js';
import type { Answer } from '../../src/answer/types.js';

type Reading = Pick<Answer, 'answer' | 'kind' | 'value'>;

describe('answerReading', () => {
  it.each<[string, Reading, string | null]>([
    ['a month gets its year', { kind: 'when', answer: 'May', value: '2016-05' }, 'May (May 2016)'],
    ['a relative year gets the year', { kind: 'when', answer: 'last year', value: '2014' }, 'last year (2014)'],
    [
      'a phrase naming a day gets the full date',
      { kind: 'when', answer: 'Friday', value: '2015-12-18' },
      'Friday (Friday, December 18, 2015)',
    ],
  ])('%s', (_name, answer, expected) => {
    expect(answerReading(answer)).toBe(expected);
  });
});

describe('answerReading: left as it is', () => {
  it.each<[string, Reading]>([
    ['a phrase with its year', { kind: 'when', answer: 'May 2016', value: '2016-05' }],
    ['a full date already', { kind: 'when', answer: 'Friday, December 18, 2015', value: '2015-12-18' }],
    ['a when answer without a value', { kind: 'when', answer: 'after the storm' }],
    ['a value that is no calendar date', { kind: 'when', answer: 'now', value: 'PRESENT_REF' }],
    ['another kind of answer', { kind: 'who', answer: 'John Kerry' }],
    ['no answer', { kind: 'when', answer: null }],
  ])('%s', (_name, answer) => {
    expect(answerReading(answer)).toBe(answer.answer);
  });
});
