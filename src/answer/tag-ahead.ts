import { nlp } from '../nlp/compromise.js';
import { DerivedSnapshots } from '../cache/derived-snapshot.js';
import type { Article } from '../corpus/article.js';
import type { Document, Library } from '../library.js';
import { batchesOf, runInWorkers } from '../workers/pool.js';
import type { TagReply } from './tag-worker.js';
import { readingOf } from './text/tagged.js';
import { hasStoredTags, loadTags, saveTags, storedTexts, storeWords } from './text/tag-store.js';

/** The code the tags come from: tags saved by other code are stale. */
const CODE = ['answer/text/tagged.ts', 'answer/text/tag-store.ts'];
/** Sentences per message to a worker: a few hundred milliseconds of tagging. */
const BATCH_SIZE = 256;
/** Up to this many sentences (a few articles added) are tagged on this thread: a worker takes longer to start. */
const INLINE_SENTENCES = 256;
/**
 * A worker's young generation: its garbage is collected more often, so that it holds little more memory than
 * compromise itself (each worker loads its own, about 50 MB).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
/**
 * Tagging on this thread yields to other work (a question) after this long: a question asked meanwhile waits
 * at most this much longer.
 */
const SLICE_MS = 8;
/**
 * The snapshot is written again once this share of the texts it would hold are new since it was last written
 * (or read): rewriting it for every article added would cost more than tagging those articles again.
 */
const REWRITE_SHARE = 0.02;

export interface TagAheadOptions {
  /** Where the tags snapshot is kept; null: in memory only. */
  cacheDir: string | null;
  /**
   * Worker threads tagging a large job. Default 1: a bot answers on this thread, and each worker costs about
   * 100 MB. A few articles' sentences are tagged on this thread instead, in slices between other work.
   */
  threads?: number;
}

export interface TagAheadReport {
  /** Distinct sentence texts of the articles not seen by an earlier call. */
  sentences: number;
  /** How many of them the snapshot gave. */
  loaded: number;
  /** How many were tagged now. */
  tagged: number;
}

/**
 * The corpus folder's tags snapshot. Tags belong to texts, not to a library: the snapshot is stamped with
 * compromise's version where others carry the library's key.
 */
function tagSnapshots(library: Library, cacheDir: string): DerivedSnapshots {
  return new DerivedSnapshots(cacheDir, 'tags', library.corpusDir, CODE);
}
const STAMP = `compromise@${nlp.version}`;

/** Every distinct sentence text of some documents, as the answerer reads them. */
function sentenceTexts(documents: readonly Document[]): Set<string> {
  const texts = new Set<string>();
  for (const { article, facts } of documents) {
    for (const s of facts.sentences) texts.add(article.text.slice(s.start, s.end));
  }
  return texts;
}

/** Articles whose sentences are all stored (a refresh keeps the articles of unchanged files). */
const done = new WeakSet<Article>();
/** Per corpus folder: texts tagged since its snapshot was last written or read. */
const unsaved = new Map<string, number>();

/** Tags texts on this thread, yielding to other work every `SLICE_MS`. */
async function tagHere(texts: string[]): Promise<void> {
  let next = 0;
  while (next < texts.length) {
    const until = performance.now() + SLICE_MS;
    do {
      storeWords(texts[next], readingOf(texts[next]));
      next++;
    } while (next < texts.length && performance.now() < until);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function tagMissing(missing: string[], threads: number): Promise<void> {
  if (missing.length <= INLINE_SENTENCES) return tagHere(missing);
  const batches = batchesOf(missing, BATCH_SIZE);
  await runInWorkers<string[], TagReply>(
    new URL('./tag-worker.ts', import.meta.url),
    batches,
    threads,
    (reply) => {
      batches[reply.id].forEach((text, i) => storeWords(text, reply.work[i]));
    },
    WORKER_LIMITS,
  );
}

/** Writes the snapshot when much is new since it was last written or read. */
function save(library: Library, cacheDir: string, tagged: number): void {
  const fresh = (unsaved.get(library.corpusDir) ?? 0) + tagged;
  unsaved.set(library.corpusDir, fresh);
  if (fresh === 0 || fresh < REWRITE_SHARE * storedTexts()) return;
  tagSnapshots(library, cacheDir).write(STAMP, saveTags(sentenceTexts(library.documents)));
  unsaved.set(library.corpusDir, 0);
}

/**
 * Reads the corpus folder's tags snapshot into the store, once per process (before anything is tagged):
 * how many texts it gave. Quick; `tagAhead` does it too.
 */
export function readSavedTags(library: Library, cacheDir: string | null): number {
  if (!cacheDir || storedTexts() > 0) return 0;
  unsaved.set(library.corpusDir, 0);
  return loadTags(tagSnapshots(library, cacheDir).read(STAMP));
}

/**
 * Tags every sentence of the library with compromise ahead of questions, on worker threads, so that no answer
 * waits for the tagger (first-time tagging is most of a slow answer's time). Reads the corpus folder's tags
 * snapshot first, and writes it when much is new. Only articles not seen by an earlier call
 * are looked at, so it is cheap to call again after a refresh.
 */
export async function tagAhead(library: Library, options: TagAheadOptions): Promise<TagAheadReport> {
  const loaded = readSavedTags(library, options.cacheDir);
  const documents = library.documents.filter((d) => !done.has(d.article));
  const texts = sentenceTexts(documents);
  const missing = [...texts].filter((text) => !hasStoredTags(text));
  await tagMissing(missing, options.threads ?? 1);
  for (const { article } of documents) done.add(article);
  if (options.cacheDir) save(library, options.cacheDir, missing.length);
  return { sentences: texts.size, loaded, tagged: missing.length };
}
