import { describe, expect, it } from 'vitest';
import { cleanQuestion, MAX_QUESTION_CHARS } from '../../src/answer/input.js';

/** [cleaning step, raw question, what newsbot reads] */
const CASES: [string, string, string][] = [
  ['control-characters', 'when\u0000 is\u0007 the meeting', 'when is the meeting'],
  ['mentions', '<@123456789> @everyone who is Lavrov', 'who is Lavrov'],
  ['markdown-links', 'who is [Lavrov](https://example.com)', 'who is Lavrov'],
  ['markdown-marks', '**who** is `Lavrov` ||really||', 'who is Lavrov really'],
  ['emoji', 'when is the meeting 🤔🇨🇦', 'when is the meeting'],
  ['spacing', '  when   is\n the\tmeeting  ', 'when is the meeting'],
];

describe('cleanQuestion', () => {
  for (const [step, raw, expected] of CASES) {
    it(`${step}: ${JSON.stringify(raw)}`, () => {
      expect(cleanQuestion(raw)).toEqual({ ok: true, text: expected });
    });
  }

  it('cuts a very long question at a word and says so', () => {
    const result = cleanQuestion(`when is the meeting ${'really '.repeat(2000)}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(result.text.endsWith('really')).toBe(true);
    expect(result.note).toMatch(/cut/);
  });

  it('keeps regular expression characters as plain text', () => {
    expect(cleanQuestion('who is (.+)? [a-z]{2,} \\d$ ^')).toEqual({ ok: true, text: 'who is (.+)? [a-z]{2,} \\d$ ^' });
  });
});
