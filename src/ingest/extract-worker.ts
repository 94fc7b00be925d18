import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import { analyzeArticle } from '../nlp/analyze.js';
import type { ArticleFacts } from '../nlp/facts.js';

/** A batch of articles to analyse, tagged so the pool can match the reply. */
export interface ExtractRequest {
  id: number;
  articles: Article[];
}

export interface ExtractReply {
  id: number;
  facts: ArticleFacts[];
  warnings: string[];
}

parentPort?.on('message', (request: ExtractRequest) => {
  const warnings: string[] = [];
  const facts = request.articles.map((article) => analyzeArticle(article, warnings));
  parentPort?.postMessage({ id: request.id, facts, warnings } satisfies ExtractReply);
});
