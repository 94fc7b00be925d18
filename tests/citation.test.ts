import { describe, expect, it } from 'vitest';
import { citationOf, citedDate, dateSortKey } from '../src/citation.js';
import type { Document } from '../src/library.js';
import type { ArticleFacts } from '../src/nlp/facts.js';
import { articleOf } from './helpers/article.js';

function documentOf(date: string | null, inferredDate: string | null): Document {
  const facts = { inferredDate } as ArticleFacts;
  return { article: articleOf('Text.', { id: 'a1', title: 'Talks', date }), facts } as Document;
}

describe('citationOf', () => {
  it.each([
    ['dated', '2015-12-17', null, { article: 'a1', title: 'Talks', date: '2015-12-17' }],
    [
      'undated, date inferred',
      null,
      '2015-12-15',
      { article: 'a1', title: 'Talks', date: null, inferredDate: '2015-12-15' },
    ],
    ['undated, nothing inferred', null, null, { article: 'a1', title: 'Talks', date: null }],
    [
      'dated and inferred: the inferred one is left out',
      '2015-12-17',
      '2015-12-15',
      { article: 'a1', title: 'Talks', date: '2015-12-17' },
    ],
  ])('%s', (_name, date, inferred, expected) => {
    expect(citationOf(documentOf(date, inferred))).toEqual(expected);
  });
});

describe('citedDate', () => {
  it.each([
    [{ article: 'a', title: 't', date: '2015-12-17' }, '2015-12-17'],
    [{ article: 'a', title: 't', date: null, inferredDate: '2015-12-15' }, 'undated, about 2015-12-15'],
    [{ article: 'a', title: 't', date: null }, 'undated'],
  ])('%o -> %s', (citation, expected) => {
    expect(citedDate(citation)).toBe(expected);
  });
});

describe('dateSortKey', () => {
  it('sorts by the date, or the inferred one, undated last', () => {
    const keys = [documentOf(null, null), documentOf(null, '2015-12-15'), documentOf('2015-12-17', null)].map(
      dateSortKey,
    );
    expect([...keys].sort()).toEqual(['2015-12-15', '2015-12-17', '\uffff']);
  });
});
