import type { Article } from '../../corpus/article.js';
import type { TimeExpression } from '../facts.js';
import type { Sentence } from '../sentences.js';

/** The date the article's text pins down when it has none of its own (`YYYY-MM-DD`), else null. */
export function inferArticleDate(_article: Article, _sentences: Sentence[]): string | null {
  return null;
}

/**
 * Every time expression of the article with its TimeML value, resolved against `anchor` (the article's
 * date, or the inferred one with `inferred` set; null leaves relative expressions unresolved).
 */
export function extractTimeExpressions(
  _article: Article,
  _sentences: Sentence[],
  _anchor: string | null,
  _inferred: boolean,
): TimeExpression[] {
  return [];
}
