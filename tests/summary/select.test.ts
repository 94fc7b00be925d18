import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/summary/candidates.js';
import { type Scored, type SelectOptions, selectSentences } from '../../src/summary/select.js';
import { words } from '../../src/summary/terms.js';
import { tfidfVector, Vocabulary } from '../../src/summary/vectors.js';

const vocabulary = new Vocabulary();

function scored(text: string, score: number, concepts: string[] = []): Scored {
  const ws = words(text);
  const candidate: Candidate = { doc: 0, sentence: 0, start: 0, end: text.length, text, position: 0 };
  const vector = tfidfVector(
    ws.map((w) => vocabulary.idOf(w, w)),
    () => 1,
  );
  return { candidate, vector, score, words: new Set(ws), concepts };
}

const OPTIONS: SelectOptions = {
  count: 3,
  lambda: 0.7,
  maxWordOverlap: 0.4,
  maxCosine: 0.5,
  coverageWeight: 0.25,
  charBudget: 1000,
};

const texts = (chosen: Scored[]): string[] => chosen.map((s) => s.candidate.text);

describe('selecting summary sentences', () => {
  it('takes the best sentence first, then others by score', () => {
    const pool = [
      scored('ferry crews went on strike over pay', 0.5),
      scored('the bridge opens in spring', 1),
      scored('hotels were full all weekend', 0.8),
    ];
    expect(texts(selectSentences(pool, OPTIONS))).toEqual([
      'the bridge opens in spring',
      'hotels were full all weekend',
      'ferry crews went on strike over pay',
    ]);
  });

  it('never takes a sentence that repeats one already taken', () => {
    const pool = [
      scored('the mayor said the bridge would open in the spring', 1),
      scored('the mayor said the new bridge would open in spring', 0.99),
      scored('ferry crews went on strike over pay', 0.2),
    ];
    expect(texts(selectSentences(pool, OPTIONS))).toEqual([
      'the mayor said the bridge would open in the spring',
      'ferry crews went on strike over pay',
    ]);
  });

  it('prefers, among equals, the sentence that names an entity not named yet', () => {
    const pool = [
      scored('the mayor opened the bridge', 1, ['Elena Duarte']),
      scored('the mayor spoke at the pier', 0.6, ['Elena Duarte']),
      scored('the pilot spoke at the pier', 0.6, ['Ana Ruiz']),
    ];
    expect(texts(selectSentences(pool, { ...OPTIONS, count: 2 }))).toEqual([
      'the mayor opened the bridge',
      'the pilot spoke at the pier',
    ]);
  });

  it('stays within its character budget', () => {
    const pool = [scored('a'.repeat(10), 1), scored('b'.repeat(30), 0.9), scored('c'.repeat(10), 0.1)];
    expect(texts(selectSentences(pool, { ...OPTIONS, charBudget: 25 }))).toEqual(['a'.repeat(10), 'c'.repeat(10)]);
  });
});
