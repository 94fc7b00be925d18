/** A sparse vector of unit length: term ids in increasing order and their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Term ids for stems, assigned in order of first sight, with the first word seen for each. */
export class Vocabulary {
  readonly stems: string[] = [];
  /** Per term, the first word seen for it. */
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The vocabulary that assigned these stems their ids, with these first words (as a snapshot kept them). */
  static of(stems: string[], words: string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    stems.forEach((stem, id) => vocabulary.idOf(stem, words[id]));
    return vocabulary;
  }

  /** The id of `stem`, the stem of `word`. */
  idOf(stem: string, word: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.ids.set(stem, id);
      this.stems.push(stem);
      this.words.push(word);
    }
    return id;
  }

  /** A word the term stands for ("elections" for "elect"). */
  wordOf(id: number): string {
    return this.words[id];
  }

  get size(): number {
    return this.stems.length;
  }
}

/**
 * The unit-length TF-IDF vector of a bag of term ids, keeping the `keep` heaviest terms (a long article's
 * rarest words are noise for clustering, and fewer terms make every comparison cheaper). Term frequency is
 * dampened (1 + log tf): a word said ten times is not ten times the topic.
 */
export function tfidfVector(terms: ArrayLike<number>, idf: (id: number) => number, keep = Infinity): SparseVector {
  const sorted = Int32Array.from(terms).sort();
  const ids: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const w = (1 + Math.log(j - i)) * idf(sorted[i]);
    if (w > 0) {
      ids.push(sorted[i]);
      weights.push(w);
    }
    i = j;
  }
  let order = ids.map((_, i) => i);
  if (order.length > keep)
    order = order
      .sort((a, b) => weights[b] - weights[a])
      .slice(0, keep)
      .sort((a, b) => a - b);
  const norm = Math.sqrt(order.reduce((sum, i) => sum + weights[i] * weights[i], 0));
  if (norm === 0) return EMPTY_VECTOR;
  return {
    ids: Int32Array.from(order, (i) => ids[i]),
    weights: Float64Array.from(order, (i) => weights[i] / norm),
  };
}

/** Cosine of two unit vectors (their dot product), by merging the sorted ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Dot product of a sparse vector with a dense one. */
export function dotDense(a: SparseVector, dense: Float64Array): number {
  let dot = 0;
  for (let i = 0; i < a.ids.length; i++) dot += a.weights[i] * dense[a.ids[i]];
  return dot;
}

/** The normalised sum of vectors, dense over the vocabulary. */
export function centroidOf(vectors: SparseVector[], size: number): Float64Array {
  const sum = new Float64Array(size);
  for (const v of vectors) for (let i = 0; i < v.ids.length; i++) sum[v.ids[i]] += v.weights[i];
  const norm = Math.sqrt(sum.reduce((s, w) => s + w * w, 0));
  if (norm > 0) for (let i = 0; i < size; i++) sum[i] /= norm;
  return sum;
}
