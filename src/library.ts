import { articleKey, FactCache } from './cache/fact-cache.js';
import {
  type FileStamp,
  type LibrarySnapshot,
  LibrarySnapshots,
  sameStamp,
  sameStamps,
  stampFiles,
} from './cache/library-snapshot.js';
import type { Article, SkippedFile } from './corpus/article.js';
import { type CorpusFile, listCorpusFiles, readCorpusFile, uniqueArticles } from './corpus/read-corpus.js';
import { type ExtractResult, extractAll } from './ingest/parallel-extract.js';
import { analyzeArticle } from './nlp/analyze.js';
import { inferDatesAcrossArticles } from './nlp/dates/index.js';
import { linkAcrossArticles } from './nlp/entities/link.js';
import type { ArticleFacts } from './nlp/facts.js';

/** An article with the facts extracted from it. */
export interface Document {
  article: Article;
  facts: ArticleFacts;
}

/** A loaded corpus: every readable article with its facts, and what was skipped. */
export interface Library {
  corpusDir: string;
  documents: Document[];
  skipped: SkippedFile[];
  /** The stamps of the files as they were read (absent for a library put together by hand). */
  stamps?: FileStamp[];
}

export interface LibraryOptions {
  /** The corpus folder. */
  corpusDir: string;
  /** Where facts are cached; null reads and writes no cache. */
  cacheDir: string | null;
  /** Receives one line per skipped file and per extraction problem. Default: nothing. */
  onWarning?: (message: string) => void;
}

/** The corpus read from disk, with each article's cached facts where the cache has them. */
interface Pending {
  stamps: FileStamp[];
  files: CorpusFile[];
  articles: Article[];
  renamed: SkippedFile[];
  keys: string[];
  facts: (ArticleFacts | null)[];
  cache: FactCache | null;
  snapshots: LibrarySnapshots | null;
}

function listFiles(corpusDir: string): string[] {
  try {
    return listCorpusFiles(corpusDir);
  } catch (error) {
    throw new Error(
      `newsbot: cannot read the corpus folder ${corpusDir} (${(error as NodeJS.ErrnoException).code ?? error})`,
      { cause: error },
    );
  }
}

/**
 * The files as `previous` read them, for those whose stamp has not changed: their articles and facts are
 * taken over instead of being read and looked up again.
 */
function unchangedFiles(
  previous: Library | null,
  stamps: FileStamp[],
): Map<string, { file: CorpusFile; facts: ArticleFacts[] }> {
  const reused = new Map<string, { file: CorpusFile; facts: ArticleFacts[] }>();
  if (!previous?.stamps) return reused;
  const before = new Map(previous.stamps.map((s) => [s.file, s]));
  const unchanged = new Set(stamps.filter((s) => sameStamp(before.get(s.file), s)).map((s) => s.file));
  for (const name of unchanged)
    reused.set(name, { file: { file: name, hash: '', articles: [], skipped: [] }, facts: [] });
  for (const { article, facts } of previous.documents) {
    const entry = reused.get(article.file);
    entry?.file.articles.push(article);
    entry?.facts.push(facts);
  }
  for (const skip of previous.skipped) reused.get(skip.file)?.file.skipped.push(skip);
  return reused;
}

/**
 * The corpus as the snapshot has it when no file changed since; else the files read (or taken over from
 * `previous` where unchanged), with the facts already known or cached.
 */
function readPending(options: LibraryOptions, previous: Library | null = null): Pending | LibrarySnapshot {
  const names = listFiles(options.corpusDir);
  const stamps = stampFiles(options.corpusDir, names);
  const snapshots = options.cacheDir ? new LibrarySnapshots(options.cacheDir, options.corpusDir) : null;
  const snapshot = previous ? null : snapshots?.read(stamps);
  if (snapshot) return snapshot;
  const cache = options.cacheDir ? new FactCache(options.cacheDir) : null;
  const reused = unchangedFiles(previous, stamps);
  const files = names.map((name) => reused.get(name)?.file ?? readCorpusFile(options.corpusDir, name));
  const known = new Map<Article, ArticleFacts>();
  for (const { file, facts } of reused.values()) {
    file.articles.forEach((article, i) => {
      known.set(article, facts[i]);
    });
  }
  const { articles, renamed } = uniqueArticles(files);
  const keys = articles.map((article) => (known.has(article) ? '' : articleKey(article)));
  const facts = articles.map((article, i) => known.get(article) ?? cache?.get(keys[i]) ?? null);
  return { stamps, files, articles, renamed, keys, facts, cache, snapshots };
}

function report(snapshot: LibrarySnapshot, warnings: string[], options: LibraryOptions): Library {
  const warn = options.onWarning ?? (() => {});
  for (const s of snapshot.skipped) warn(`newsbot: skipped ${s.file}: ${s.reason}`);
  for (const r of snapshot.renamed) warn(`newsbot: ${r.file}: ${r.reason}`);
  for (const w of warnings) warn(w);
  return {
    corpusDir: options.corpusDir,
    documents: snapshot.documents,
    skipped: snapshot.skipped,
    stamps: snapshot.stamps,
  };
}

function missing(pending: Pending): number[] {
  return pending.facts.flatMap((f, i) => (f === null ? [i] : []));
}

/**
 * Stores the freshly extracted facts, infers dates and links entities across articles, writes the snapshot
 * and reports every warning.
 */
function finish(
  pending: Pending,
  todo: number[],
  extracted: ExtractResult,
  options: LibraryOptions,
  deferSnapshot = false,
): Library {
  const warnings = [...extracted.warnings];
  const cacheFailures = new Set<string>();
  const cacheFailure = (error: unknown): void => {
    cacheFailures.add(
      `newsbot: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? error}); going on without it`,
    );
  };
  todo.forEach((index, i) => {
    pending.facts[index] = extracted.facts[i];
    try {
      pending.cache?.set(pending.keys[index], extracted.facts[i]);
    } catch (error) {
      cacheFailure(error);
    }
  });
  const dated = inferDatesAcrossArticles(
    pending.articles.map((article, i) => ({ article, facts: pending.facts[i] as ArticleFacts })),
  );
  const facts = linkAcrossArticles(dated);
  const snapshot: LibrarySnapshot = {
    stamps: pending.stamps,
    documents: pending.articles.map((article, i) => ({ article, facts: facts[i] })),
    skipped: pending.files.flatMap((f) => f.skipped),
    renamed: pending.renamed,
  };
  const writeSnapshot = (): void => {
    try {
      pending.snapshots?.write(snapshot);
    } catch (error) {
      options.onWarning?.(
        `newsbot: cannot write the library snapshot (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
  };
  // a refresh answers first and writes after: the snapshot only speeds up the next start
  if (deferSnapshot) setTimeout(writeSnapshot, 0);
  else writeSnapshot();
  return report(snapshot, [...warnings, ...cacheFailures], options);
}

/** Reads the corpus folder and extracts (or loads from the cache) every article's facts, on this thread. */
export function openLibrary(options: LibraryOptions): Library {
  const pending = readPending(options);
  if (!('keys' in pending)) return report(pending, [], options);
  const todo = missing(pending);
  const warnings: string[] = [];
  const facts = todo.map((i) => analyzeArticle(pending.articles[i], warnings));
  return finish(pending, todo, { facts, warnings }, options);
}

/** As openLibrary, extracting uncached articles on every core: the way to load a large corpus. */
export async function loadLibrary(options: LibraryOptions): Promise<Library> {
  const pending = readPending(options);
  if (!('keys' in pending)) return report(pending, [], options);
  const todo = missing(pending);
  const extracted = await extractAll(todo.map((i) => pending.articles[i]));
  return finish(pending, todo, extracted, options);
}

/**
 * The library after the corpus folder changed: files whose stamp is the same keep their articles and facts,
 * new and changed files are read and extracted, deleted ones drop out. Null when nothing changed.
 */
export async function refreshLibrary(previous: Library, options: LibraryOptions): Promise<Library | null> {
  if (previous.stamps && sameStamps(previous.stamps, stampFiles(options.corpusDir, listFiles(options.corpusDir)))) {
    return null;
  }
  const pending = readPending(options, previous) as Pending;
  const todo = missing(pending);
  const extracted = await extractAll(todo.map((i) => pending.articles[i]));
  return finish(pending, todo, extracted, options, true);
}

/** A made-up article for `prepareForChanges`: a title, a dateline, a name, a date and a quote. */
const WARM_UP_TEXT = 'OSLO (Reuters) - Mayor Greta Holm said on Tuesday: "We will vote on March 3, 2025."';
const WARM_UP: Article = {
  id: 'newsbot-warm-up',
  file: 'newsbot-warm-up.txt',
  title: 'Warm-up',
  text: WARM_UP_TEXT,
  bodyStart: 0,
  titleSpan: null,
  date: '2025-01-01',
  source: null,
  section: null,
  url: null,
  metadata: {},
};

/**
 * Works out now what the first refresh would otherwise: the links between the names of all articles, which
 * later refreshes carry on, and the extractors' patterns (a regular expression is compiled when first used).
 * A running bot does it in idle time, so the first article added after a start is taken in as quickly as later ones.
 */
export function prepareForChanges(library: Library): void {
  linkAcrossArticles(library.documents.map((d) => d.facts));
  analyzeArticle(WARM_UP, []);
}
