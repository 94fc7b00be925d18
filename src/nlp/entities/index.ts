import type { Article } from '../../corpus/article.js';
import type { EntityMention, EntityProfile } from '../facts.js';
import type { Sentence } from '../sentences.js';

export interface ArticleEntities {
  mentions: EntityMention[];
  profiles: EntityProfile[];
}

/** People, places and organizations of one article, clustered under canonical names, with their roles. */
export function extractEntities(_article: Article, _sentences: Sentence[]): ArticleEntities {
  return { mentions: [], profiles: [] };
}
