import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { summaryProblems } from './contract.js';
import { articleId, HOSTILE } from './inputs.js';
import { CATASTROPHIC_MS, seedsNewsbot, timed } from './newsbot.js';

/** `newsbot.summary` under hostile article ids and sentence counts: a well-formed result or a clear refusal. */

const { newsbot, texts, ids } = seedsNewsbot();

describe('hand-picked article ids', () => {
  for (const [id, article] of HOSTILE) {
    test(`${id}: a well-formed result in reasonable time`, () => {
      const { result, ms } = timed(() => newsbot.summary({ article }));
      expect(summaryProblems(result, texts)).toEqual([]);
      expect(ms).toBeLessThan(CATASTROPHIC_MS);
    });
  }
});

test('any article id, any number of sentences from 1 to 15: a well-formed result of at most that many', () => {
  fc.assert(
    fc.property(articleId(ids), fc.integer({ min: 1, max: 15 }), (article, sentences) => {
      const result = newsbot.summary({ article, sentences });
      expect(summaryProblems(result, texts)).toEqual([]);
      expect(result.sentences.length).toBeLessThanOrEqual(sentences);
    }),
    { numRuns: 1500 },
  );
});

test('a summary of one article takes its sentences from that article only', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ids), fc.integer({ min: 1, max: 15 }), (article, sentences) => {
      const result = newsbot.summary({ article, sentences });
      expect(result.sentences.length).toBeGreaterThan(0);
      expect(result.sentences.filter((s) => s.article !== article)).toEqual([]);
    }),
    { numRuns: 100 },
  );
});

/** A summary of the seeds (whatever `sentences` says, at most 15), or the value refused with a newsbot: error. */
function summaryOrRefusal(article: string | undefined, sentences: number): void {
  let result: ReturnType<typeof newsbot.summary>;
  try {
    result = newsbot.summary({ article, sentences });
  } catch (error) {
    expect((error as Error).message).toMatch(/^newsbot: /);
    return;
  }
  expect(summaryProblems(result, texts)).toEqual([]);
  expect(result.sentences.length).toBeGreaterThan(0);
}

describe('hand-picked sentence counts', () => {
  const rows = [0, -1, 16, 2.5, 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const sentences of rows) {
    test(`${sentences}: a summary, or a clear refusal`, () => {
      summaryOrRefusal(undefined, sentences);
    });
  }
});

test('any sentences value: a summary of the seeds (at most 15 sentences), or a newsbot: error refusing the value', () => {
  const anyNumber = fc.oneof(fc.integer(), fc.double());
  fc.assert(fc.property(fc.option(fc.constantFrom(...ids), { nil: undefined }), anyNumber, summaryOrRefusal), {
    numRuns: 500,
  });
});
