import { FactCache } from './cache/fact-cache.js';
import type { Article, SkippedFile } from './corpus/article.js';
import { type CorpusFile, listCorpusFiles, readCorpusFile, uniqueArticles } from './corpus/read-corpus.js';
import { analyzeArticle } from './nlp/analyze.js';
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
}

export interface LibraryOptions {
  /** The corpus folder. */
  corpusDir: string;
  /** Where facts are cached; null reads and writes no cache. */
  cacheDir: string | null;
  /** Receives one line per skipped file and per extraction problem. Default: nothing. */
  onWarning?: (message: string) => void;
}

/** The facts of each article of one file, from the cache when its bytes are unchanged. */
function factsOf(file: CorpusFile, cache: FactCache | null, warnings: string[]): ArticleFacts[] {
  const hit = cache?.get(file.hash, file.articles.length);
  if (hit) return hit;
  const facts = file.articles.map((article) => analyzeArticle(article, warnings));
  try {
    cache?.set(file.hash, facts);
  } catch (error) {
    warnings.push(
      `newsbot: cannot write the fact cache (${(error as NodeJS.ErrnoException).code ?? error}); going on without it`,
    );
  }
  return facts;
}

/** Reads the corpus folder and extracts (or loads from the cache) the facts of every article. */
export function openLibrary(options: LibraryOptions): Library {
  const warn = options.onWarning ?? (() => {});
  let names: string[];
  try {
    names = listCorpusFiles(options.corpusDir);
  } catch (error) {
    throw new Error(
      `newsbot: cannot read the corpus folder ${options.corpusDir} (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  const cache = options.cacheDir ? new FactCache(options.cacheDir) : null;
  const files = names.map((name) => readCorpusFile(options.corpusDir, name));
  const warnings: string[] = [];
  const factsByFile = new Map(files.map((file) => [file, factsOf(file, cache, warnings)]));
  const { articles, renamed } = uniqueArticles(files);
  const facts = linkAcrossArticles(files.flatMap((file) => factsByFile.get(file) ?? []));
  const skipped = files.flatMap((f) => f.skipped);
  for (const s of skipped) warn(`newsbot: skipped ${s.file}: ${s.reason}`);
  for (const r of renamed) warn(`newsbot: ${r.file}: ${r.reason}`);
  for (const w of warnings) warn(w);
  return {
    corpusDir: options.corpusDir,
    documents: articles.map((article, i) => ({ article, facts: facts[i] })),
    skipped,
  };
}
