import { describe, expect, it } from 'vitest';
import { createExplainer, libraryOf, SEEDS } from './fixtures.js';

const explain = createExplainer(libraryOf(SEEDS));

/** Hostile or odd input: every one gets an answer object (often empty), never an exception. */
const INPUTS: [string, string][] = [
  ['ten thousand characters', `when is the meeting ${'x'.repeat(10_000)}`],
  ['ten thousand words', 'Kerry '.repeat(10_000)],
  ['control characters', 'when\u0000 is\u001b[31m the\u0007 meeting'],
  ['emoji', '🤔 when is the 🇺🇸 meeting 🎉'],
  ['markdown', '**when** is the _New York_ `meeting` > [link](http://x)'],
  ['mentions', '@everyone @here <@12345> who is Lavrov'],
  ['regex metacharacters', 'who is (.+)?* [a-z]{2,} \\d$ ^|'],
  ['only punctuation', '?!?!...'],
  ['a lone surrogate', 'who is \ud800 Lavrov'],
  ['right-to-left text', 'من هو لافروف'],
];

describe('odd input', () => {
  for (const [what, input] of INPUTS) {
    it(what, () => {
      const { answer } = explain(input);
      expect(answer).toMatchObject({ kind: expect.any(String), confidence: expect.any(Number) });
      expect(answer.question.length).toBeLessThanOrEqual(300);
    });
  }

  it('says why an empty question gets no answer', () => {
    expect(explain('   ').answer).toMatchObject({ answer: null, note: expect.stringMatching(/Ask a question/) });
  });

  it('still answers a question wrapped in noise', () => {
    expect(explain('@everyone **who is Sergei Lavrov** 🤔').answer.answer).toMatch(/Foreign Minister/);
  });
});
