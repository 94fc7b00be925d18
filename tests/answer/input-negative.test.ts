import { describe, expect, it } from 'vitest';
import { cleanQuestion, USAGE_HINT } from '../../src/answer/input.js';

/** Input that holds no question at all: each gets the usage hint, never an error. */
const NOT_QUESTIONS = [
  '',
  '   ',
  '\n\t',
  '@everyone',
  '🤔🤔🤔',
  '**__~~**',
  '\u0000\u0001\u0002',
  '<@123> <#456>',
  '?!?',
  '`',
];

describe('cleanQuestion, input without a question', () => {
  for (const raw of NOT_QUESTIONS) {
    it(JSON.stringify(raw), () => {
      expect(cleanQuestion(raw)).toEqual({ ok: false, reason: USAGE_HINT });
    });
  }
});
