import MiniSearch, { type Options } from 'minisearch';
import type { Document, Library } from '../library.js';
import { type IndexDocument, indexDocuments, sentenceId } from './documents.js';
import { TermFrequencies } from './frequencies.js';
import { libraryKey } from './library-key.js';
import { fingerprint, readSnapshot, type Snapshot, writeSnapshot } from './snapshot.js';
import { tokenize } from './terms.js';

/** Whether an index was loaded from its snapshot, updated (from the snapshot or the previous index) or built. */
export type Origin = 'loaded' | 'updated' | 'built';

/** Discarding more than this share of the sentences rebuilds the index instead of updating it. */
const MAX_STALE_SHARE = 0.25;

/** What the index knows of one article: enough to tell whether a later version of it changed. */
interface IndexedArticle {
  /** Hash of its index documents (kept in the snapshot, to diff against a library read later). */
  fingerprint: string;
  /** Its sentence ids are `id#0` ... `id#(sentences - 1)`. */
  sentences: number;
  /** The library's document it was indexed from: the same article and facts objects mean the same sentences. */
  source: Document;
}

/** The MiniSearch index and what it knows of each article and term; handed on from one library version to the next. */
export interface Store {
  search: MiniSearch<IndexDocument>;
  frequencies: TermFrequencies;
  articles: Map<string, IndexedArticle>;
  /** The key of the library the index now holds (see `libraryKey`). */
  library: string | null;
  file: string | null;
  /** Whether a snapshot write is scheduled. */
  writing: boolean;
}

/**
 * A store around a new or loaded MiniSearch index. Sentences discarded from it stay in its posting lists
 * until MiniSearch vacuums them away in the background (its default: once a tenth of the index is discarded).
 */
function newStore(file: string | null, frequencies: TermFrequencies, index?: Snapshot['index']): Store {
  const options: Options<IndexDocument> = {
    idField: 'id',
    fields: ['text', 'names'],
    storeFields: [],
    tokenize,
    processTerm: frequencies.processTerm,
  };
  const search = index ? MiniSearch.loadJS<IndexDocument>(index, options) : new MiniSearch<IndexDocument>(options);
  return { search, frequencies, articles: new Map(), library: null, file, writing: false };
}

function addArticle(store: Store, source: Document, documents = indexDocuments(source)): void {
  for (const document of documents) store.frequencies.adding(() => store.search.add(document));
  store.articles.set(source.article.id, { fingerprint: fingerprint(documents), sentences: documents.length, source });
}

function discardArticle(store: Store, id: string, indexed: IndexedArticle): void {
  for (let i = 0; i < indexed.sentences; i++) store.search.discard(sentenceId(id, i));
  for (const document of indexDocuments(indexed.source)) store.frequencies.remove(document);
  store.articles.delete(id);
}

function build(library: Library, file: string | null): Store {
  const store = newStore(file, new TermFrequencies());
  for (const document of library.documents) addArticle(store, document);
  store.library = libraryKey(library);
  return store;
}

export interface Opened {
  store: Store;
  origin: Origin;
  /** Whether the snapshot on disk holds the index as it is now. */
  saved: boolean;
}

/** A snapshot made from a library with the same key: taken as it is, without looking at the articles. */
function trusted(snapshot: Snapshot, library: Library, file: string | null, key: string): Opened {
  const store = newStore(file, new TermFrequencies(snapshot.frequencies), snapshot.index);
  const sources = new Map(library.documents.map((d) => [d.article.id, d]));
  for (const { id, fingerprint, sentences } of snapshot.articles) {
    const source = sources.get(id);
    if (source) store.articles.set(id, { fingerprint, sentences, source });
  }
  store.library = key;
  return { store, origin: 'loaded', saved: true };
}

/**
 * A snapshot made from another library (files changed since, or none stamped): articles whose index documents
 * changed are discarded and added again; when too much changed, the index is built instead.
 */
function diffed(snapshot: Snapshot, library: Library, file: string | null, key: string | null): Opened {
  const current = library.documents.map((source) => {
    const documents = indexDocuments(source);
    return { source, documents, fingerprint: fingerprint(documents) };
  });
  const now = new Map(current.map((a) => [a.source.article.id, a]));
  const before = new Map(snapshot.articles.map((a) => [a.id, a]));
  const stale = snapshot.articles.filter((a) => now.get(a.id)?.fingerprint !== a.fingerprint);
  const staleSentences = stale.reduce((n, a) => n + a.sentences, 0) + (snapshot.index.dirtCount ?? 0);
  if (staleSentences > MAX_STALE_SHARE * Math.max(1, snapshot.index.documentCount)) {
    return { store: build(library, file), origin: 'built', saved: false };
  }
  const staleIds = new Set(stale.flatMap((a) => Array.from({ length: a.sentences }, (_, i) => sentenceId(a.id, i))));
  const frequencies = new TermFrequencies(snapshot.frequencies);
  frequencies.removeFromSnapshot(snapshot.index, staleIds);
  const store = newStore(file, frequencies, snapshot.index);
  for (const id of staleIds) if (store.search.has(id)) store.search.discard(id);
  for (const { source, documents, fingerprint } of current) {
    if (before.get(source.article.id)?.fingerprint === fingerprint) {
      store.articles.set(source.article.id, { fingerprint, sentences: documents.length, source });
    } else {
      addArticle(store, source, documents);
    }
  }
  store.library = key;
  const same = stale.length === 0 && store.articles.size === before.size;
  // the same index under a new key (files touched, not changed) is saved again, to be trusted next time
  return { store, origin: same ? 'loaded' : 'updated', saved: same && key === snapshot.library };
}

/** The index from the snapshot when there is one (a missing or unreadable one, or other index code: built). */
export function openStore(library: Library, file: string | null): Opened {
  const snapshot = file ? readSnapshot(file) : null;
  if (!snapshot) return { store: build(library, file), origin: 'built', saved: false };
  const key = libraryKey(library);
  return key !== null && snapshot.library === key
    ? trusted(snapshot, library, file, key)
    : diffed(snapshot, library, file, key);
}

/** Whether an indexed article is the library's document as it is now: same article, same facts. */
const unchanged = (indexed: IndexedArticle, document: Document): boolean =>
  indexed.source.article === document.article && indexed.source.facts === document.facts;

/**
 * The previous version's index brought to this library in place: articles gone or changed (new article or
 * facts objects: a refreshed library hands on those of unchanged files as they were) are discarded, new and
 * changed ones added. Returns whether anything changed.
 */
export function updateStore(store: Store, library: Library): boolean {
  const current = new Map(library.documents.map((d) => [d.article.id, d]));
  let changed = false;
  for (const [id, indexed] of store.articles) {
    const document = current.get(id);
    if (document && unchanged(indexed, document)) continue;
    discardArticle(store, id, indexed);
    changed = true;
  }
  for (const document of library.documents) {
    const indexed = store.articles.get(document.article.id);
    if (indexed) {
      // the same sentences under a new Document object (a refreshed library makes new ones)
      indexed.source = document;
      continue;
    }
    addArticle(store, document);
    changed = true;
  }
  store.library = libraryKey(library);
  return changed;
}

export function writeStore(store: Store): void {
  if (!store.file) return;
  const articles = [...store.articles].map(([id, { fingerprint, sentences }]) => ({ id, fingerprint, sentences }));
  writeSnapshot(store.file, {
    library: store.library,
    articles,
    frequencies: store.frequencies.entries(),
    index: store.search.toJSON(),
  });
}

/** Writes the snapshot once the current task is done (answering comes first); later updates join the same write. */
export function writeStoreLater(store: Store, onWarning: (message: string) => void): void {
  if (!store.file || store.writing) return;
  store.writing = true;
  setTimeout(() => {
    store.writing = false;
    try {
      writeStore(store);
    } catch (error) {
      onWarning(writeWarning(error));
    }
  }, 0);
}

export function writeWarning(error: unknown): string {
  return `newsbot: cannot write the index snapshot (${(error as NodeJS.ErrnoException).code ?? error})`;
}
