import { stem } from './terms.js';
import { dotDense, type SparseVector, type Vocabulary } from './vectors.js';

/** A group of articles about one topic. */
export interface Cluster {
  /** Article indices, nearest to the centroid first. */
  members: number[];
  /** Unit-length mean of the members' vectors, dense over the vocabulary. */
  centroid: Float64Array;
}

const MAX_ITERATIONS = 20;
/** Iterations stop once fewer than this share of the articles change cluster. */
const SETTLED_SHARE = 0.005;
/** Each bisection keeps the best of this many seeded 2-means runs. */
const BISECT_TRIALS = 3;
/** A fixed seed: the same corpus always gets the same topics. */
const SEED = 0x5eed;

/** A small deterministic pseudo-random generator (mulberry32). */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A centroid summed over a vocabulary-sized array that touches (and later resets) only the terms in use,
 * so each k-means step costs what its articles hold, not the size of the vocabulary.
 */
class Accumulator {
  readonly values: Float64Array;
  private touched: number[] = [];

  constructor(size: number) {
    this.values = new Float64Array(size);
  }

  clear(): void {
    for (const id of this.touched) this.values[id] = 0;
    this.touched = [];
  }

  add(v: SparseVector): void {
    for (let i = 0; i < v.ids.length; i++) {
      if (this.values[v.ids[i]] === 0) this.touched.push(v.ids[i]);
      this.values[v.ids[i]] += v.weights[i];
    }
  }

  normalise(): void {
    let sum = 0;
    for (const id of this.touched) sum += this.values[id] * this.values[id];
    const norm = Math.sqrt(sum);
    if (norm > 0) for (const id of this.touched) this.values[id] /= norm;
  }

  /** A copy of the centroid, to keep after the accumulator is reused. */
  snapshot(): Float64Array {
    return Float64Array.from(this.values);
  }
}

/** k-means++ seeding: each next centre drawn with probability growing with its distance to the nearest one. */
function seedCentres(vectors: SparseVector[], members: number[], centres: Accumulator[], random: () => number): void {
  const seed = (m: number, c: number): void => {
    centres[c].clear();
    centres[c].add(vectors[m]);
  };
  seed(members[Math.floor(random() * members.length)], 0);
  const distance = Float64Array.from(members, (m) => 1 - dotDense(vectors[m], centres[0].values));
  for (let c = 1; c < centres.length; c++) {
    const total = distance.reduce((s, d) => s + Math.max(d, 0), 0);
    let pick = random() * total;
    let chosen = 0;
    for (; chosen < members.length - 1; chosen++) {
      pick -= Math.max(distance[chosen], 0);
      if (pick <= 0) break;
    }
    seed(members[chosen], c);
    members.forEach((m, i) => {
      distance[i] = Math.min(distance[i], 1 - dotDense(vectors[m], centres[c].values));
    });
  }
}

/** One spherical k-means run over some articles; returns the clusters and their total cohesion. */
function kMeans(vectors: SparseVector[], members: number[], centres: Accumulator[], random: () => number) {
  seedCentres(vectors, members, centres, random);
  const assignment = new Int32Array(members.length).fill(-1);
  const similarity = new Float64Array(members.length);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let changed = 0;
    members.forEach((m, i) => {
      let best = 0;
      let bestSimilarity = Number.NEGATIVE_INFINITY;
      centres.forEach((centre, c) => {
        const s = dotDense(vectors[m], centre.values);
        if (s > bestSimilarity) [best, bestSimilarity] = [c, s];
      });
      if (best !== assignment[i]) changed++;
      assignment[i] = best;
      similarity[i] = bestSimilarity;
    });
    if (changed <= members.length * SETTLED_SHARE) break;
    for (const centre of centres) centre.clear();
    members.forEach((m, i) => {
      centres[assignment[i]].add(vectors[m]);
    });
    for (const centre of centres) centre.normalise();
  }
  const groups: number[][] = centres.map(() => []);
  const closeness = new Map<number, number>();
  members.forEach((m, i) => {
    groups[assignment[i]].push(m);
    closeness.set(m, similarity[i]);
  });
  const clusters = groups
    .map((g, c) => ({
      members: g.sort((a, b) => (closeness.get(b) ?? 0) - (closeness.get(a) ?? 0)),
      centroid: centres[c].snapshot(),
    }))
    .filter((c) => c.members.length > 0);
  return { clusters, cohesion: similarity.reduce((s, x) => s + x, 0) };
}

/**
 * Bisecting spherical k-means (Steinbach, Karypis & Kumar 2000: on documents, as good as hierarchical
 * clustering at a fraction of the cost): starting from one topic, the largest topic is split in two, the
 * best of a few seeded 2-means runs, until there are `k`. Each split refines the previous clustering, so
 * asking for more topics later continues the same tree.
 */
export class TopicTree {
  /** `partitions[k - 1]` holds the k topics after k - 1 splits, largest first. */
  private readonly partitions: Cluster[][];
  private readonly random = randomFrom(SEED);
  /** The two centres every bisection reuses. */
  private readonly centres: Accumulator[];

  constructor(
    private readonly vectors: SparseVector[],
    size: number,
  ) {
    this.centres = [new Accumulator(size), new Accumulator(size)];
    const [whole] = this.centres;
    for (const v of vectors) whole.add(v);
    whole.normalise();
    const all = { members: vectors.map((_, i) => i), centroid: whole.snapshot() };
    whole.clear();
    this.partitions = [vectors.length > 0 ? [all] : []];
  }

  /** The articles in (at most) `k` topics, largest first, each nearest its centroid first. */
  clusters(k: number): Cluster[] {
    while (this.partitions.length < k) {
      const next = this.split(this.partitions[this.partitions.length - 1]);
      if (!next) break;
      this.partitions.push(next);
    }
    return this.partitions[Math.min(k, this.partitions.length) - 1];
  }

  /** The partition with its largest topic split in two, or null when no topic can be split. */
  private split(leaves: Cluster[]): Cluster[] | null {
    const parent = leaves[0];
    if (!parent || parent.members.length < 2) return null;
    let best: ReturnType<typeof kMeans> | null = null;
    for (let trial = 0; trial < BISECT_TRIALS; trial++) {
      const run = kMeans(this.vectors, parent.members, this.centres, this.random);
      if (run.clusters.length === 2 && (!best || run.cohesion > best.cohesion)) best = run;
    }
    if (!best) return null;
    return [...leaves.slice(1), ...best.clusters].sort((a, b) => b.members.length - a.members.length);
  }
}

/** How many words a topic label has. */
const LABEL_TERMS = 3;

/**
 * A topic's label: the heaviest terms of its centroid, each written the way its articles most often write
 * it ("election", "Chelsea"). Numbers are left out; they label nothing.
 */
export function labelOf(cluster: Cluster, vocabulary: Vocabulary, texts: string[]): string {
  const { stems } = vocabulary;
  const top = Array.from(cluster.centroid.keys())
    .filter((id) => cluster.centroid[id] > 0 && !/^\d+$/.test(stems[id]))
    .sort((a, b) => cluster.centroid[b] - cluster.centroid[a])
    .slice(0, LABEL_TERMS);
  const forms = new Map<string, Map<string, number>>(top.map((id) => [stems[id], new Map()]));
  for (const text of texts) {
    for (const m of text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
      const form = m[0].replace(/['’]s$/, '');
      const counts = forms.get(stem(form.toLowerCase()));
      if (counts) counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  return top
    .map((id) => {
      const counts = [...(forms.get(stems[id]) ?? [])].sort((a, b) => b[1] - a[1]);
      return counts[0]?.[0] ?? vocabulary.wordOf(id);
    })
    .join(', ');
}
