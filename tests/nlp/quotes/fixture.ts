import type { Article } from '../../../src/corpus/article.js';
import { extractEntities } from '../../../src/nlp/entities/index.js';
import type { Quotation } from '../../../src/nlp/facts.js';
import { extractQuotes } from '../../../src/nlp/quotes/index.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { articleOf } from '../../helpers/article.js';

/** A header-less article whose body is `text` (paragraphs separated by blank lines). */
export function article(text: string): Article {
  return articleOf(text, { id: 'fixture', file: 'fixture.txt' });
}

/** The quotations of a fixture article, extracted with no entity mentions (the extractor must stand alone). */
export function quotesOf(text: string): Quotation[] {
  const a = article(text);
  return extractQuotes(a, splitSentences(a), { mentions: [], profiles: [] });
}

/** The quotations of a fixture article, extracted with the entity extractor's mentions, as newsbot runs it. */
export function quotesWithEntitiesOf(text: string): Quotation[] {
  const a = article(text);
  const sentences = splitSentences(a);
  return extractQuotes(a, sentences, extractEntities(a, sentences));
}

/** One line per quotation, for failure messages: rule, speaker, the speaker mention and the quoted words. */
export function trace(text: string, quotes: Quotation[]): string {
  return quotes
    .map((q) => {
      const mention = q.speakerStart === null ? '' : text.slice(q.speakerStart, q.speakerEnd ?? q.speakerStart);
      return `[${q.rule}] ${q.speaker} <${mention}> ${q.text}`;
    })
    .join('\n');
}
