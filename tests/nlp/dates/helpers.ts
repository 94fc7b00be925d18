import type { Article } from '../../../src/corpus/article.js';
import { parseTextArticle } from '../../../src/corpus/text-article.js';
import { extractTimeExpressions } from '../../../src/nlp/dates/index.js';
import { tagSentence } from '../../../src/nlp/dates/tagger.js';
import type { TimeExpression } from '../../../src/nlp/facts.js';
import { splitSentences } from '../../../src/nlp/sentences.js';

/** An article of `body` dated `date` (or undated), as the corpus reader makes it from a .txt file. */
export function articleOf(body: string, date: string | null): Article {
  const header = `## Title: Test story\n${date ? `## Date: ${date}\n` : ''}\n`;
  const article = parseTextArticle('test', 'test.txt', header + body);
  if (!article) throw new Error('newsbot: test article did not parse');
  return article;
}

/** The time expressions of `body` resolved against `date`. */
export function timesOf(body: string, date: string | null): TimeExpression[] {
  const article = articleOf(body, date);
  return extractTimeExpressions(article, splitSentences(article), date, false);
}

/** What the tagger saw in `sentence`, one "rule: text" line per candidate: shown when a case fails. */
export function trace(sentence: string): string {
  const lines = tagSentence(sentence).map((c) => `${c.rule}: ${sentence.slice(c.start, c.end)}`);
  return lines.length ? lines.join('\n') : '(nothing tagged)';
}
