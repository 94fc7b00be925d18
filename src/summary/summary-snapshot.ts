import { DerivedSnapshots } from '../cache/derived-snapshot.js';
import { decodeFloat64Array, decodeInt32Array, encodeTypedArray } from '../cache/typed-arrays.js';
import type { CorpusTerms } from './summary-index.js';
import { type SparseVector, Vocabulary } from './vectors.js';

/** The code the corpus terms are derived by: a snapshot made by other code is stale. */
const CODE = ['summary'];

/**
 * Corpus terms as JSON holds them: typed arrays in base64, the article vectors concatenated (article i's run
 * from `offsets[i]` to `offsets[i + 1]`).
 */
interface StoredTerms {
  stems: string[];
  words: string[];
  idf: string;
  offsets: string;
  ids: string;
  weights: string;
}

export function summarySnapshots(cacheDir: string, corpusDir: string): DerivedSnapshots {
  return new DerivedSnapshots(cacheDir, 'summary', corpusDir, CODE);
}

export function storeTerms(terms: CorpusTerms): StoredTerms {
  const { articleVectors } = terms;
  const offsets = new Int32Array(articleVectors.length + 1);
  articleVectors.forEach((v, i) => {
    offsets[i + 1] = offsets[i] + v.ids.length;
  });
  const ids = new Int32Array(offsets[articleVectors.length]);
  const weights = new Float64Array(ids.length);
  articleVectors.forEach((v, i) => {
    ids.set(v.ids, offsets[i]);
    weights.set(v.weights, offsets[i]);
  });
  return {
    stems: terms.vocabulary.stems,
    words: terms.vocabulary.words,
    idf: encodeTypedArray(terms.idf),
    offsets: encodeTypedArray(offsets),
    ids: encodeTypedArray(ids),
    weights: encodeTypedArray(weights),
  };
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((x) => typeof x === 'string');

/** Whether the offsets run from 0 to `total` without going back. */
function validOffsets(offsets: Int32Array, total: number): boolean {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== total) return false;
  for (let i = 1; i < offsets.length; i++) if (offsets[i] < offsets[i - 1]) return false;
  return true;
}

/** The corpus terms of `articles` articles a snapshot holds, or null when it holds none (or not whole). */
export function restoreTerms(stored: unknown, articles: number): CorpusTerms | null {
  const s = stored as Partial<StoredTerms> | null;
  if (!s || !isStringArray(s.stems) || !isStringArray(s.words) || s.stems.length !== s.words.length) return null;
  const idf = decodeFloat64Array(s.idf);
  const offsets = decodeInt32Array(s.offsets);
  const ids = decodeInt32Array(s.ids);
  const weights = decodeFloat64Array(s.weights);
  const vocabulary = Vocabulary.of(s.stems, s.words);
  const whole =
    idf?.length === vocabulary.size &&
    vocabulary.size === s.stems.length &&
    offsets?.length === articles + 1 &&
    ids !== null &&
    weights?.length === ids.length &&
    validOffsets(offsets, ids.length) &&
    ids.every((id) => id >= 0 && id < vocabulary.size);
  if (!whole) return null;
  const articleVectors: SparseVector[] = [];
  for (let i = 0; i < articles; i++) {
    articleVectors.push({
      ids: ids.subarray(offsets[i], offsets[i + 1]),
      weights: weights.subarray(offsets[i], offsets[i + 1]),
    });
  }
  return { vocabulary, idf, articleVectors };
}
