import type { Candidate } from './candidates.js';
import { centrality } from './centrality.js';
import type { Scored } from './select.js';
import type { SummaryIndex } from './summary-index.js';
import { words } from './terms.js';
import { dotDense, type SparseVector, tfidfVector } from './vectors.js';

/** Share of a sentence's score that comes from centrality; the rest from its place in the article. */
const CENTRALITY_SHARE = 0.65;

/** News puts the point first: the lead scores 1, later sentences less and less. */
export function positionPrior(position: number): number {
  return 1 / (1 + 0.35 * position);
}

interface ContextRule {
  id: string;
  pattern: RegExp;
  /** What the sentence's score is multiplied by. */
  factor: number;
}

/**
 * Sentences that lean on the one before read poorly alone in a summary. Each rule looks at the first word
 * only, so at most one applies; the order does not matter.
 */
const CONTEXT_RULES: ContextRule[] = [
  // "He also said he conveyed to Putin..." : who is he?
  { id: 'pronoun-subject', pattern: /^["'“‘]?(?:he|she|they|it|his|her|their|its)\b/i, factor: 0.6 },
  // "But the negotiations had been in jeopardy..." : continues an argument
  { id: 'connective', pattern: /^["'“‘]?(?:but|and|also|however|meanwhile|this|these|those|such)\b/i, factor: 0.8 },
];

function standalone(text: string): number {
  return CONTEXT_RULES.reduce((factor, rule) => (rule.pattern.test(text) ? factor * rule.factor : factor), 1);
}

function scored(candidate: Candidate, vector: SparseVector, central: number, concepts: string[]): Scored {
  return {
    candidate,
    vector,
    score:
      (CENTRALITY_SHARE * central + (1 - CENTRALITY_SHARE) * positionPrior(candidate.position)) *
      standalone(candidate.text),
    words: new Set(words(candidate.text)),
    concepts,
  };
}

/**
 * Scores the candidate sentences of some articles by their centrality among themselves (LexRank), their
 * place in their article and whether they stand alone. Term weights come from these sentences only, so
 * what the articles share counts and what every sentence says ("said", the story's main name) counts less.
 */
export function scoreByCentrality(index: SummaryIndex, docs: number[]): Scored[] {
  const items = docs.flatMap((d) => {
    const { candidates, terms, concepts } = index.sentencesOf(d);
    return candidates.map((candidate, i) => ({ candidate, terms: terms[i], concepts: concepts[i] }));
  });
  const frequency = new Map<number, number>();
  for (const it of items) for (const id of new Set(it.terms)) frequency.set(id, (frequency.get(id) ?? 0) + 1);
  const idf = (id: number): number => Math.log(1 + items.length / (frequency.get(id) ?? 1));
  const vectors = items.map((it) => tfidfVector(it.terms, idf));
  const central = centrality(vectors, index.vocabulary.size);
  return items.map((it, i) => scored(it.candidate, vectors[i], central[i], it.concepts));
}

/** Scores the first `leads` candidate sentences of some articles by their closeness to a topic's centroid. */
export function scoreByTopic(
  index: SummaryIndex,
  docs: number[],
  leads: number,
  centroid: Float64Array,
  idf: (id: number) => number,
): Scored[] {
  return docs.flatMap((d) => {
    const { candidates, terms, concepts } = index.sentencesOf(d);
    return candidates.flatMap((candidate, i) => {
      if (candidate.position >= leads) return [];
      const vector = tfidfVector(terms[i], idf);
      return [scored(candidate, vector, dotDense(vector, centroid), concepts[i])];
    });
  });
}
