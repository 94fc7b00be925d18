import type { ArticleFacts } from '../facts.js';

/**
 * Gives the same entity the same canonical name across articles ("Kerry" alone in one article and "John
 * Kerry" in another become "John Kerry"). Runs over the whole corpus after per-article extraction.
 */
export function linkAcrossArticles(facts: ArticleFacts[]): ArticleFacts[] {
  return facts;
}
