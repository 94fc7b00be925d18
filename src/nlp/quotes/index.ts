import type { Article } from '../../corpus/article.js';
import type { ArticleEntities } from '../entities/index.js';
import type { Quotation } from '../facts.js';
import type { Sentence } from '../sentences.js';

/** Every direct quotation of the article, one item per quoted segment, with its resolved speaker. */
export function extractQuotes(_article: Article, _sentences: Sentence[], _entities: ArticleEntities): Quotation[] {
  return [];
}
