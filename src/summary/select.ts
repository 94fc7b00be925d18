import type { Candidate } from './candidates.js';
import { cosine, type SparseVector } from './vectors.js';

/** A candidate sentence with what selection weighs. */
export interface Scored {
  candidate: Candidate;
  vector: SparseVector;
  /** How well the sentence stands for the whole, 0..1. */
  score: number;
  /** Its lowercase words, for the near-duplicate test. */
  words: Set<string>;
  /** The entities and dates it names (canonical names, TimeML values). */
  concepts: string[];
}

export interface SelectOptions {
  count: number;
  /** MMR's trade-off: 1 ranks by score alone, 0 by novelty alone. */
  lambda: number;
  /** Sentences whose word sets overlap at least this much (Jaccard) say the same thing. */
  maxWordOverlap: number;
  /** Sentences at least this similar (TF-IDF cosine) say the same thing. */
  maxCosine: number;
  /** Weight of naming entities and dates no chosen sentence names yet. */
  coverageWeight: number;
  /** The chosen sentences' characters stay within this. */
  charBudget: number;
}

export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** How many sentences name each concept: what most sentences name is what the story is about. */
function conceptWeights(scored: Scored[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of scored) for (const c of new Set(s.concepts)) counts.set(c, (counts.get(c) ?? 0) + 1);
  let max = 1;
  for (const n of counts.values()) max = Math.max(max, n);
  return new Map([...counts].map(([c, n]) => [c, n / max]));
}

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998) with a coverage term: each step takes the
 * sentence that best trades its score and the entities and dates it adds against its likeness to the
 * sentences already taken, and never one that repeats a taken sentence.
 */
export function selectSentences(scored: Scored[], options: SelectOptions): Scored[] {
  const weights = conceptWeights(scored);
  const conceptMass = (s: Scored, covered: Set<string>): number =>
    [...new Set(s.concepts)].reduce((sum, c) => sum + (covered.has(c) ? 0 : (weights.get(c) ?? 0)), 0);
  const none = new Set<string>();
  const maxMass = scored.reduce((m, s) => Math.max(m, conceptMass(s, none)), 1);
  const chosen: Scored[] = [];
  const covered = new Set<string>();
  let chars = 0;
  const left = new Set(scored);
  while (chosen.length < options.count && left.size > 0) {
    let best: Scored | null = null;
    let bestGain = Number.NEGATIVE_INFINITY;
    for (const s of left) {
      const likeness = chosen.reduce((m, c) => Math.max(m, cosine(s.vector, c.vector)), 0);
      const repeats =
        likeness >= options.maxCosine || chosen.some((c) => wordOverlap(s.words, c.words) >= options.maxWordOverlap);
      if (repeats || chars + s.candidate.text.length > options.charBudget) {
        left.delete(s);
        continue;
      }
      const gain =
        options.lambda * s.score -
        (1 - options.lambda) * likeness +
        (options.coverageWeight * conceptMass(s, covered)) / maxMass;
      if (gain > bestGain) [best, bestGain] = [s, gain];
    }
    if (!best) break;
    chosen.push(best);
    left.delete(best);
    chars += best.candidate.text.length + 1;
    for (const c of best.concepts) covered.add(c);
  }
  return chosen;
}
