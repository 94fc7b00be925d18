import type { Article } from '../../../src/corpus/article.js';
import {
  type ArticleEntities,
  extractEntities,
  type TracedCandidate,
  traceEntities,
} from '../../../src/nlp/entities/index.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { articleOf as plainArticle } from '../../helpers/article.js';

/** A header-less article whose text is `text` (no title line), optionally in a section. */
export function articleOf(text: string, section: string | null = null): Article {
  return plainArticle(text, { section });
}

export function entitiesOf(text: string, section: string | null = null): ArticleEntities {
  const article = articleOf(text, section);
  return extractEntities(article, splitSentences(article));
}

export function traceOf(text: string, section: string | null = null): TracedCandidate[] {
  const article = articleOf(text, section);
  return traceEntities(article, splitSentences(article));
}

/** The rule trace of a text, printed in a failing assertion's message. */
export function traceText(text: string, section: string | null = null): string {
  return traceOf(text, section)
    .map((c) => `${c.text} -> ${c.label ?? 'none'} [${c.votes.join(' ')}]`)
    .join('\n');
}

/** "text:type" for every mention, in text order. */
export function typed(text: string, section: string | null = null): string[] {
  return entitiesOf(text, section).mentions.map((m) => `${m.text}:${m.type}`);
}
