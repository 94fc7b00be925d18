import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import { analyzeArticle } from '../nlp/analyze.js';
import type { ArticleFacts } from '../nlp/facts.js';
import type { Job } from '../workers/pool.js';

/** What a worker sends back for a batch of articles. */
export interface ExtractReply {
  facts: ArticleFacts[];
  warnings: string[];
}

parentPort?.on('message', ({ id, work }: Job<Article[]>) => {
  const warnings: string[] = [];
  const facts = work.map((article) => analyzeArticle(article, warnings));
  parentPort?.postMessage({ id, work: { facts, warnings } } satisfies Job<ExtractReply>);
});
