import type { Library } from '../library.js';
import type { Sentence } from '../nlp/sentences.js';
import { parseSentenceId } from './documents.js';
import { snapshotPath } from '../cache/snapshot-file.js';
import { type Origin, openStore, type Store, updateStore, writeStore, writeStoreLater, writeWarning } from './store.js';

/** A sentence of the library: the position of its document in `library.documents` and its index there. */
export interface SentenceRef {
  document: number;
  sentence: number;
}

export interface IndexHit extends SentenceRef {
  id: string;
  /** MiniSearch's BM25 score, with the field and sentence boosts. */
  score: number;
}

export interface IndexOptions {
  /** Where the snapshot is kept (in an `index` folder inside); null keeps the index in memory only. Default: null. */
  cacheDir?: string | null;
  /** Receives a line when the snapshot cannot be written. Default: nothing. */
  onWarning?: (message: string) => void;
  /**
   * The open index of an earlier version of the same library (before a refresh): its MiniSearch index is taken
   * over and updated in place, the articles that changed discarded and added again, and the snapshot written
   * after the current task instead of before. The earlier index must not be used afterwards. Default: null.
   */
  previous?: SentenceIndex | null;
}

export interface SearchOptions {
  /** Only sentences of this article id. Default: every article. */
  article?: string;
  /** At most this many hits. Default: 40. */
  limit?: number;
  /** Also match words one or two letters off (for a retry when nothing matched; ~3x slower). Default: false. */
  fuzzy?: boolean;
  /**
   * About how many postings the query may read: its terms are taken rarest first, and the commonest are left
   * out once this is spent (the rarest always stays). Default: 3000.
   */
  maxPostings?: number;
}

export interface SentenceIndex {
  /** Number of sentences indexed. */
  readonly size: number;
  /**
   * The sentences matching any of the terms (index terms, see `termsOf`), best first. The commonest terms
   * are left out of the query when the rarer ones already make it read many postings (`maxPostings`).
   */
  search(terms: string[], options?: SearchOptions): IndexHit[];
  /** How many sentences hold the term in their text or names. */
  documentFrequency(term: string): number;
  /**
   * Whether the index was loaded from the snapshot (`loaded`), updated from the snapshot or from the
   * previous index (`updated`) or built (`built`).
   */
  readonly origin: Origin;
}

const defaultOptions: Required<IndexOptions> = { cacheDir: null, onWarning: () => {}, previous: null };

/** Names resolved in a sentence count less than its own words. */
const FIELD_BOOST = { text: 1, names: 0.8 };

/**
 * The default `maxPostings`. A term that many sentences hold weighs little in BM25 but costs its whole
 * posting list ("said" is in one sentence of five in BBC news), so without a limit a query over a large
 * corpus reads most of the index, and its time grows with the corpus.
 */
const MAX_POSTINGS = 3000;

/** Query terms are index terms already: searching must not tokenize or stem them again. */
const AS_IS = { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term };

/** The title line counts more, captions and boilerplate less; the lead sentence a little more. */
function sentenceBoost(sentence: Sentence, isLead: boolean): number {
  if (sentence.kind === 'title') return 1.3;
  if (sentence.kind === 'caption' || sentence.kind === 'boilerplate') return 0.5;
  return isLead ? 1.15 : 1;
}
const MAX_BOOST = 1.3;

/** The store behind each open index, for the next version's `previous`. */
const stores = new WeakMap<SentenceIndex, Store>();

/**
 * Opens the sentence index of the library: updated in place from the previous version's index when given,
 * else from its snapshot when fresh, else built (and snapshotted).
 */
export function openSentenceIndex(library: Library, options: IndexOptions = {}): SentenceIndex {
  const { cacheDir, onWarning, previous } = { ...defaultOptions, ...options };
  const file = cacheDir ? snapshotPath(cacheDir, 'index', library.corpusDir) : null;
  const handedOn = previous ? stores.get(previous) : undefined;
  let store: Store;
  let origin: Origin;
  if (handedOn && handedOn.file === file) {
    store = handedOn;
    origin = updateStore(store, library) ? 'updated' : 'loaded';
    if (origin === 'updated') writeStoreLater(store, onWarning);
  } else {
    const opened = openStore(library, file);
    ({ store, origin } = opened);
    if (!opened.saved) {
      try {
        writeStore(store);
      } catch (error) {
        onWarning(writeWarning(error));
      }
    }
  }
  const index = viewOf(store, library, origin);
  stores.set(index, store);
  return index;
}

/** A sentence of the library with its article id and its boost (see `sentenceBoost`). */
interface BoostedRef extends SentenceRef {
  article: string;
  boost: number;
}

/** The index as one library version sees it: hits point at that version's documents. */
function viewOf(store: Store, library: Library, origin: Origin): SentenceIndex {
  const documentOf = new Map(library.documents.map((d, i) => [d.article.id, i]));
  // what each sentence id stands for in this version, worked out the first time a query reads it (a query
  // reads hundreds; at most one entry per sentence indexed); null for an article this version does not have
  const refs = new Map<string, BoostedRef | null>();
  const refOf = (id: string): BoostedRef | null => {
    let ref = refs.get(id);
    if (ref === undefined) {
      const { article, sentence } = parseSentenceId(id);
      const document = documentOf.get(article);
      ref = document === undefined ? null : { document, sentence, article, boost: boostOf(document, sentence) };
      refs.set(id, ref);
    }
    return ref;
  };
  const leads = new Map<number, number | undefined>();
  const boostOf = (document: number, sentence: number): number => {
    const { sentences } = library.documents[document].facts;
    if (!leads.has(document)) leads.set(document, sentences.find((s) => s.kind === 'body')?.index);
    return sentenceBoost(sentences[sentence], sentence === leads.get(document));
  };
  const frequency = (term: string): number => store.frequencies.get(term);

  return {
    get size() {
      return store.search.documentCount;
    },
    origin,
    search(terms, searchOptions = {}) {
      const { article, limit = 40, fuzzy = false, maxPostings = MAX_POSTINGS } = searchOptions;
      const query = affordable([...new Set(terms)], frequency, maxPostings);
      if (query.length === 0) return [];
      const results = store.search.search(query.join(' '), {
        ...AS_IS,
        combineWith: 'OR',
        boost: FIELD_BOOST,
        fuzzy: fuzzy ? (term) => (term.length >= 5 ? 0.2 : false) : false,
      });
      // a sentence's boost scales its whole score: applied to the results in MiniSearch's order, only as far
      // down as a boosted result could still make the first `limit`
      let hits: IndexHit[] = [];
      let floor = Number.NEGATIVE_INFINITY;
      for (const result of results) {
        if (result.score * MAX_BOOST < floor) break;
        const id = result.id as string;
        const ref = refOf(id);
        if (ref === null || (article !== undefined && ref.article !== article)) continue;
        const score = result.score * ref.boost;
        if (score >= floor) hits.push({ document: ref.document, sentence: ref.sentence, id, score });
        if (hits.length === 2 * limit) {
          hits = best(hits, limit);
          floor = hits[limit - 1].score;
        }
      }
      return best(hits, limit);
    },
    documentFrequency: frequency,
  };
}

const best = (hits: IndexHit[], limit: number): IndexHit[] => hits.sort((a, b) => b.score - a.score).slice(0, limit);

/** The terms a query can afford, rarest first (see `SearchOptions.maxPostings`). */
function affordable(terms: string[], frequency: (term: string) => number, maxPostings: number): string[] {
  const byRarity = terms.map((term) => ({ term, postings: frequency(term) })).sort((a, b) => a.postings - b.postings);
  const kept: string[] = [];
  let postings = 0;
  for (const t of byRarity) {
    if (kept.length > 0 && postings + t.postings > maxPostings) break;
    kept.push(t.term);
    postings += t.postings;
  }
  return kept;
}
