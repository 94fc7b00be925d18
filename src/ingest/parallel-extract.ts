import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import { analyzeArticle } from '../nlp/analyze.js';
import type { ArticleFacts } from '../nlp/facts.js';
import type { ExtractReply, ExtractRequest } from './extract-worker.js';

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
  let nextBatch = 0;
  const batchCount = Math.ceil(articles.length / BATCH_SIZE);
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
      const send = (): void => {
        if (nextBatch >= batchCount) {
          worker.terminate().then(() => resolve(), reject);
          return;
        }
        const id = nextBatch++;
        worker.postMessage({
          id,
          articles: articles.slice(id * BATCH_SIZE, (id + 1) * BATCH_SIZE),
        } satisfies ExtractRequest);
      };
      worker.on('message', (reply: ExtractReply) => {
        reply.facts.forEach((f, i) => {
          facts[reply.id * BATCH_SIZE + i] = f;
        });
        warnings.push(...reply.warnings);
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(threads, batchCount) }, runWorker));
  return { facts, warnings };
}
