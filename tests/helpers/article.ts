import type { Article } from '../../src/corpus/article.js';

/** A header-less, undated article whose whole text is `text`, with any field overridden. */
export function articleOf(text: string, fields: Partial<Article> = {}): Article {
  return {
    id: 't',
    file: 't.txt',
    title: '',
    text,
    bodyStart: 0,
    titleSpan: null,
    date: null,
    source: null,
    section: null,
    url: null,
    metadata: {},
    ...fields,
  };
}
