import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Library } from '../library.js';
import type { Sentence } from '../nlp/sentences.js';
import { type IndexDocument, indexDocuments, parseSentenceId, sentenceId } from './documents.js';
import { fingerprint, readSnapshot, type SnapshotArticle, snapshotFile, writeSnapshot } from './snapshot.js';
import { processTerm, tokenize } from './terms.js';

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
}

export interface SearchOptions {
  /** Only sentences of this article id. Default: every article. */
  article?: string;
  /** At most this many hits. Default: 40. */
  limit?: number;
  /** Also match words one or two letters off (for a retry when nothing matched; ~3x slower). Default: false. */
  fuzzy?: boolean;
}

export interface SentenceIndex {
  /** Number of sentences indexed. */
  readonly size: number;
  /** The sentences matching any of the terms (index terms, see `termsOf`), best first. */
  search(terms: string[], options?: SearchOptions): IndexHit[];
  /** How many sentences hold the term in their text or names. */
  documentFrequency(term: string): number;
  /** Whether the index was loaded from the snapshot (`loaded`), updated there (`updated`) or built (`built`). */
  readonly origin: 'loaded' | 'updated' | 'built';
}

const defaultOptions: Required<IndexOptions> = { cacheDir: null, onWarning: () => {} };

/** Names resolved in a sentence count less than its own words. */
const FIELD_BOOST = { text: 1, names: 0.8 };

/** Discarding more than this share of the sentences rebuilds the index instead of updating it. */
const MAX_STALE_SHARE = 0.25;

const MINISEARCH_OPTIONS: Options<IndexDocument> = {
  idField: 'id',
  fields: ['text', 'names'],
  storeFields: [],
  tokenize,
  processTerm,
  autoVacuum: false,
};

/** Query terms are index terms already: searching must not tokenize or stem them again. */
const AS_IS = { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term };

/** The title line counts more, captions and boilerplate less; the lead sentence a little more. */
function sentenceBoost(sentence: Sentence, isLead: boolean): number {
  if (sentence.kind === 'title') return 1.3;
  if (sentence.kind === 'caption' || sentence.kind === 'boilerplate') return 0.5;
  return isLead ? 1.15 : 1;
}

interface ArticleDocuments extends SnapshotArticle {
  documents: IndexDocument[];
}

function build(articles: ArticleDocuments[]): MiniSearch<IndexDocument> {
  const index = new MiniSearch<IndexDocument>(MINISEARCH_OPTIONS);
  for (const article of articles) index.addAll(article.documents);
  return index;
}

/**
 * The index from the snapshot when there is one: articles changed since are discarded and re-added; a
 * missing or stale snapshot (other index code) means a full build.
 */
function loadOrBuild(
  articles: ArticleDocuments[],
  file: string | null,
): { index: MiniSearch<IndexDocument>; origin: SentenceIndex['origin'] } {
  const snapshot = file ? readSnapshot(file) : null;
  if (!snapshot) return { index: build(articles), origin: 'built' };
  const current = new Map(articles.map((a) => [a.id, a]));
  const before = new Map(snapshot.articles.map((a) => [a.id, a]));
  const stale = snapshot.articles.filter((a) => current.get(a.id)?.fingerprint !== a.fingerprint);
  const fresh = articles.filter((a) => before.get(a.id)?.fingerprint !== a.fingerprint);
  const index = MiniSearch.loadJS<IndexDocument>(snapshot.index, MINISEARCH_OPTIONS);
  if (stale.length === 0 && fresh.length === 0) return { index, origin: 'loaded' };
  const staleSentences = stale.reduce((n, a) => n + a.sentences, 0) + index.dirtCount;
  if (staleSentences > MAX_STALE_SHARE * Math.max(1, index.documentCount)) {
    return { index: build(articles), origin: 'built' };
  }
  for (const article of stale) {
    for (let i = 0; i < article.sentences; i++) index.discard(sentenceId(article.id, i));
  }
  for (const article of fresh) index.addAll(article.documents);
  return { index, origin: 'updated' };
}

/** Opens the sentence index of the library: from its snapshot when fresh, else built (and snapshotted). */
export function openSentenceIndex(library: Library, options: IndexOptions = {}): SentenceIndex {
  const { cacheDir, onWarning } = { ...defaultOptions, ...options };
  const articles: ArticleDocuments[] = library.documents.map((document) => {
    const documents = indexDocuments(document);
    return { id: document.article.id, fingerprint: fingerprint(documents), sentences: documents.length, documents };
  });
  const file = cacheDir ? snapshotFile(cacheDir, library.corpusDir) : null;
  const { index, origin } = loadOrBuild(articles, file);
  if (file && origin !== 'loaded') {
    try {
      const snapshotArticles = articles.map(({ id, fingerprint, sentences }) => ({ id, fingerprint, sentences }));
      writeSnapshot(file, { articles: snapshotArticles, index: index.toJSON() });
    } catch (error) {
      onWarning(`newsbot: cannot write the index snapshot (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
  }

  const documentOf = new Map(library.documents.map((d, i) => [d.article.id, i]));
  const refOf = (id: string): SentenceRef | null => {
    const { article, sentence } = parseSentenceId(id);
    const document = documentOf.get(article);
    return document === undefined ? null : { document, sentence };
  };
  // only the few sentences whose boost is not 1 are kept: MiniSearch asks for every match of every term
  const boosts = new Map<string, number>();
  for (const { article, facts } of library.documents) {
    const lead = facts.sentences.find((s) => s.kind === 'body')?.index;
    for (const s of facts.sentences) {
      const boost = sentenceBoost(s, s.index === lead);
      if (boost !== 1) boosts.set(sentenceId(article.id, s.index), boost);
    }
  }
  const boostDocument = (id: string): number => boosts.get(id) ?? 1;
  const frequencies = new Map<string, number>();

  return {
    size: index.documentCount,
    origin,
    search(terms, searchOptions = {}) {
      const unique = [...new Set(terms)];
      if (unique.length === 0) return [];
      const { article, limit = 40, fuzzy = false } = searchOptions;
      const results: SearchResult[] = index.search(unique.join(' '), {
        ...AS_IS,
        combineWith: 'OR',
        boost: FIELD_BOOST,
        fuzzy: fuzzy ? (term) => (term.length >= 5 ? 0.2 : false) : false,
        boostDocument,
        ...(article !== undefined ? { filter: (r: SearchResult) => parseSentenceId(r.id).article === article } : {}),
      });
      return results.slice(0, limit).flatMap((r) => {
        const ref = refOf(r.id);
        return ref ? [{ ...ref, id: r.id, score: r.score }] : [];
      });
    },
    documentFrequency(term) {
      let n = frequencies.get(term);
      if (n === undefined) {
        n = index.search(term, { ...AS_IS, fields: ['text', 'names'], fuzzy: false, prefix: false }).length;
        frequencies.set(term, n);
      }
      return n;
    },
  };
}
