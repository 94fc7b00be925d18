import type { Article } from '../../corpus/article.js';
import type { ArticleFacts } from '../facts.js';
import { extractTimeExpressions } from './extract.js';
import { inferArticleDate } from './infer.js';

interface Dated {
  article: Article;
  facts: ArticleFacts;
}

/** The median year of the corpus's dated articles, or null when none has a date. */
function corpusYear(documents: Dated[]): number | null {
  const years = documents
    .map((d) => d.article.date ?? d.facts.inferredDate)
    .filter((date): date is string => date !== null)
    .map((date) => Number(date.slice(0, 4)))
    .sort((a, b) => a - b);
  return years.length ? years[Math.floor(years.length / 2)] : null;
}

/**
 * A second look at the undated articles whose own text gives a weekday and a date but no year ("this
 * Friday, Dec 18"): the corpus they came with is news of one period, so the year nearest its dated
 * articles' in which that date falls on that weekday is taken, and the article's time expressions are
 * resolved again against the date inferred so. Other articles' facts come back as they are.
 */
export function inferDatesAcrossArticles(documents: Dated[]): ArticleFacts[] {
  const nearYear = corpusYear(documents);
  return documents.map(({ article, facts }) => {
    if (nearYear === null || article.date !== null || facts.inferredDate !== null) return facts;
    const inferredDate = inferArticleDate(article, facts.sentences, nearYear);
    if (!inferredDate) return facts;
    return { ...facts, inferredDate, dates: extractTimeExpressions(article, facts.sentences, inferredDate, true) };
  });
}
