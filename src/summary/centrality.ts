import { centroidOf, cosine, dotDense, type SparseVector } from './vectors.js';

/** LexRank's defaults (Erkan & Radev 2004): edges below this cosine are dropped; damping as in PageRank. */
const EDGE_THRESHOLD = 0.1;
const DAMPING = 0.15;
const ITERATIONS = 40;
/** Above this many sentences the n² similarity graph costs too much; the centroid measure takes over. */
export const LEXRANK_MAX_SENTENCES = 1200;

/**
 * Continuous LexRank: the stationary distribution of a random walk over the sentence similarity graph, so
 * a sentence is central when sentences that are central themselves resemble it. Scaled to a maximum of 1.
 */
export function lexRank(vectors: SparseVector[]): Float64Array {
  const n = vectors.length;
  const rank = new Float64Array(n).fill(1 / Math.max(n, 1));
  if (n < 2) return rank.fill(1);
  const edges: { to: number; weight: number }[][] = Array.from({ length: n }, () => []);
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = cosine(vectors[i], vectors[j]);
      if (w < EDGE_THRESHOLD) continue;
      edges[i].push({ to: j, weight: w });
      edges[j].push({ to: i, weight: w });
      degree[i] += w;
      degree[j] += w;
    }
  }
  for (let step = 0; step < ITERATIONS; step++) {
    const next = new Float64Array(n).fill(DAMPING / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (degree[i] === 0) dangling += rank[i];
      else for (const e of edges[i]) next[e.to] += ((1 - DAMPING) * rank[i] * e.weight) / degree[i];
    }
    for (let i = 0; i < n; i++) next[i] += ((1 - DAMPING) * dangling) / n;
    rank.set(next);
  }
  return scaledToOne(rank);
}

/** Centroid centrality (MEAD): each sentence's cosine with the centroid of them all, scaled to a maximum of 1. */
export function centroidCentrality(vectors: SparseVector[], vocabularySize: number): Float64Array {
  const centroid = centroidOf(vectors, vocabularySize);
  return scaledToOne(Float64Array.from(vectors, (v) => dotDense(v, centroid)));
}

function scaledToOne(values: Float64Array): Float64Array {
  const max = values.reduce((m, v) => Math.max(m, v), 0);
  return max > 0 ? values.map((v) => v / max) : values;
}

/** LexRank for a summary-sized set of sentences, the centroid measure for a large one. */
export function centrality(vectors: SparseVector[], vocabularySize: number): Float64Array {
  return vectors.length <= LEXRANK_MAX_SENTENCES ? lexRank(vectors) : centroidCentrality(vectors, vocabularySize);
}
