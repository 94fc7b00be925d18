import os from 'node:os';
import type { Article } from '../corpus/article.js';
import { analyzeArticle } from '../nlp/analyze.js';
import type { ArticleFacts } from '../nlp/facts.js';
import { batchesOf, runInWorkers } from '../workers/pool.js';
import type { ExtractReply } from './extract-worker.js';

/** Below this many articles, starting workers costs more than it saves. */
export const MIN_PARALLEL_ARTICLES = 64;
/** Articles per message: large enough to amortise the copying, small enough to balance the cores. */
const BATCH_SIZE = 16;

export interface ExtractResult {
  facts: ArticleFacts[];
  warnings: string[];
}

function extractInline(articles: Article[]): ExtractResult {
  const warnings: string[] = [];
  return { facts: articles.map((article) => analyzeArticle(article, warnings)), warnings };
}

/**
 * Extracts the facts of many articles on every core: worker threads each take batches of articles; results
 * come back in article order. Small jobs stay on this thread.
 */
export async function extractAll(articles: Article[], threads = os.availableParallelism()): Promise<ExtractResult> {
  if (articles.length < MIN_PARALLEL_ARTICLES || threads < 2) return extractInline(articles);
  const facts: ArticleFacts[] = new Array(articles.length);
  const warnings: string[] = [];
  await runInWorkers<Article[], ExtractReply>(
    new URL('./extract-worker.ts', import.meta.url),
    batchesOf(articles, BATCH_SIZE),
    threads,
    ({ id, work }) => {
      work.facts.forEach((f, i) => {
        facts[id * BATCH_SIZE + i] = f;
      });
      warnings.push(...work.warnings);
    },
  );
  return { facts, warnings };
}
