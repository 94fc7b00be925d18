import type { Library } from '../../src/library.js';
import type { Summarizer } from '../../src/summary/summarizer.js';
import type { SummaryResult } from '../../src/summary/types.js';

/** Every summary a user can ask for: the corpus at each length, each article, an unknown article. */
export function summariesOf(summarize: Summarizer, library: Library): SummaryResult[] {
  const results: SummaryResult[] = [];
  for (let sentences = 1; sentences <= 15; sentences++) results.push(summarize({ sentences }));
  for (const { article } of library.documents) results.push(summarize({ article: article.id }));
  results.push(summarize({ article: 'no-such-article' }));
  return results;
}
