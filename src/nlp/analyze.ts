import type { Article } from '../corpus/article.js';
import { extractTimeExpressions, inferArticleDate } from './dates/index.js';
import { extractEntities } from './entities/index.js';
import type { ArticleFacts } from './facts.js';
import { extractQuotes } from './quotes/index.js';
import { splitSentences } from './sentences.js';

/**
 * Runs one extraction step; a step that throws on some odd article costs that step's facts for that article,
 * with a warning, never the article or the run.
 */
function step<T>(name: string, article: Article, warnings: string[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    warnings.push(`newsbot: ${name} failed on article ${article.id} (${(error as Error).message}); left empty`);
    return fallback;
  }
}

/** Everything newsbot extracts from one article. Pure: the same article always gives the same facts. */
export function analyzeArticle(article: Article, warnings: string[] = []): ArticleFacts {
  const sentences = splitSentences(article);
  const entities = step('entity extraction', article, warnings, { mentions: [], profiles: [] }, () =>
    extractEntities(article, sentences),
  );
  const inferredDate = article.date
    ? null
    : step('date inference', article, warnings, null, () => inferArticleDate(article, sentences));
  const anchor = article.date ?? inferredDate;
  const dates = step('time expressions', article, warnings, [], () =>
    extractTimeExpressions(article, sentences, anchor, article.date === null && inferredDate !== null),
  );
  const quotes = step('quotations', article, warnings, [], () => extractQuotes(article, sentences, entities));
  return { sentences, entities: entities.mentions, profiles: entities.profiles, dates, quotes, inferredDate };
}
