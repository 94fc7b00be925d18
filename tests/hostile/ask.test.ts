import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answerProblems } from './contract.js';
import { articleId, HOSTILE, hostileQuestion, hostileText } from './inputs.js';
import { CATASTROPHIC_MS, seedsNewsbot, timed } from './newsbot.js';

/** `newsbot.ask` under hostile input: a well-formed answer (or "the articles don't say"), never a throw, fast. */

const { newsbot, texts, ids } = seedsNewsbot();

describe('hand-picked questions', () => {
  for (const [id, question] of HOSTILE) {
    test(`${id}: a well-formed answer in reasonable time`, () => {
      const { result, ms } = timed(() => newsbot.ask(question));
      expect(answerProblems(result, texts)).toEqual([]);
      expect(ms).toBeLessThan(CATASTROPHIC_MS);
    });
  }
});

describe('hand-picked article ids', () => {
  for (const [id, article] of HOSTILE) {
    test(`${id}: a well-formed answer in reasonable time`, () => {
      const { result, ms } = timed(() => newsbot.ask('who met Putin', { article }));
      expect(answerProblems(result, texts)).toEqual([]);
      expect(ms).toBeLessThan(CATASTROPHIC_MS);
    });
  }
});

test('any question, with or without any article: a well-formed answer', () => {
  fc.assert(
    fc.property(hostileText(), fc.option(articleId(ids), { nil: undefined }), (question, article) => {
      expect(answerProblems(newsbot.ask(question, { article }), texts)).toEqual([]);
    }),
    { numRuns: 3000 },
  );
});

test('questions of the shapes the answerer knows, with hostile words in them: a well-formed answer', () => {
  fc.assert(
    fc.property(hostileQuestion(), (question) => {
      expect(answerProblems(newsbot.ask(question), texts)).toEqual([]);
    }),
    { numRuns: 3000 },
  );
});

test('restricted to an article, the evidence comes from that article only', () => {
  fc.assert(
    fc.property(hostileText(), fc.constantFrom(...ids), (question, article) => {
      const answer = newsbot.ask(question, { article });
      expect(answer.evidence.filter((e) => e.article !== article)).toEqual([]);
    }),
    { numRuns: 500 },
  );
});
