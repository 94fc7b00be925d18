import type { Document } from './library.js';

/** The article a reply cites: its id, title and date, or for an undated article the date its text pins down. */
export interface ArticleCitation {
  article: string;
  title: string;
  date: string | null;
  /** When the article has no date: the one its text pins down (`YYYY-MM-DD`), if any; never reported as `date`. */
  inferredDate?: string;
}

export function citationOf({ article, facts }: Document): ArticleCitation {
  const citation: ArticleCitation = { article: article.id, title: article.title, date: article.date };
  if (!article.date && facts.inferredDate) citation.inferredDate = facts.inferredDate;
  return citation;
}

/** A key that sorts documents by their date, or the date their text gives; undated ones last. */
export function dateSortKey({ article, facts }: Document): string {
  return article.date ?? facts.inferredDate ?? '\uffff';
}

/** The date as the command line shows it: `2015-12-17`, `undated, about 2015-12-15` or `undated`. */
export function citedDate(citation: ArticleCitation): string {
  return citation.date ?? (citation.inferredDate ? `undated, about ${citation.inferredDate}` : 'undated');
}
