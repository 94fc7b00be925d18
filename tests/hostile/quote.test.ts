import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quoteProblems } from './contract.js';
import { HOSTILE, hostileQuestion, hostileText } from './inputs.js';
import { CATASTROPHIC_MS, seedsNewsbot, timed } from './newsbot.js';

/** `newsbot.quote` under hostile speakers and topics: a well-formed result, never a throw, fast. */

const { newsbot, texts } = seedsNewsbot();
const SPEAKERS = ['Lavrov', 'Kerry', 'John', 'Putin'];

describe('hand-picked speakers', () => {
  for (const [id, speaker] of HOSTILE) {
    test(`${id}: a well-formed result in reasonable time`, () => {
      const { result, ms } = timed(() => newsbot.quote(speaker));
      expect(quoteProblems(result, texts)).toEqual([]);
      expect(ms).toBeLessThan(CATASTROPHIC_MS);
    });
  }
});

describe('hand-picked topics', () => {
  for (const [id, topic] of HOSTILE) {
    test(`${id}: a well-formed result in reasonable time`, () => {
      const { result, ms } = timed(() => newsbot.quote('Kerry', { topic }));
      expect(quoteProblems(result, texts)).toEqual([]);
      expect(ms).toBeLessThan(CATASTROPHIC_MS);
    });
  }
});

test('any speaker, with or without any topic: a well-formed result', () => {
  fc.assert(
    fc.property(
      fc.oneof(hostileText(), fc.constantFrom(...SPEAKERS)),
      fc.option(fc.oneof(hostileText(), hostileQuestion()), { nil: undefined }),
      (speaker, topic) => {
        expect(quoteProblems(newsbot.quote(speaker, { topic }), texts)).toEqual([]);
      },
    ),
    { numRuns: 3000 },
  );
});

test("a topic only narrows: every quote it keeps is one of the speaker's, and the speaker stays the same", () => {
  fc.assert(
    fc.property(fc.constantFrom(...SPEAKERS), hostileText(), (speaker, topic) => {
      const all = newsbot.quote(speaker);
      const narrowed = newsbot.quote(speaker, { topic });
      expect(narrowed.speaker).toBe(all.speaker);
      const known = new Set(all.quotes.map((q) => q.text));
      expect(narrowed.quotes.map((q) => q.text).filter((text) => !known.has(text))).toEqual([]);
    }),
    { numRuns: 500 },
  );
});
