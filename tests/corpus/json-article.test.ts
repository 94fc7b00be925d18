import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { articleFromObject, articleObjects } from '../../src/corpus/json-article.js';
import { parseCorpusFile } from '../../src/corpus/read-file.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function read(object: Record<string, unknown>): Partial<Article> {
  const result = articleFromObject(object, 'feed.json', 'feed#1');
  if ('reason' in result) throw new Error(result.reason);
  const { id, title, text, date, source, section, url } = result.article;
  return { id, title, text, date, source, section, url };
}

describe('articleFromObject: the fields of common feeds', () => {
  it.each<[string, Record<string, unknown>, Partial<Article>]>([
    [
      'NewsAPI',
      {
        source: { id: null, name: 'Harbour Times' },
        author: 'Jo Brand',
        title: 'Ferry returns',
        description: 'Short.',
        url: 'https://e.x/f',
        publishedAt: '2024-03-05T10:00:00Z',
        content: 'The ferry returns on Monday.',
      },
      {
        id: 'feed#1',
        title: 'Ferry returns',
        text: 'The ferry returns on Monday.',
        date: '2024-03-05',
        source: 'Harbour Times',
        url: 'https://e.x/f',
      },
    ],
    [
      'schema.org',
      {
        headline: 'Bridge opens',
        articleBody: 'The bridge opened.',
        datePublished: '2024-03-01',
        author: [{ name: 'A' }, { name: 'B' }],
      },
      { title: 'Bridge opens', text: 'The bridge opened.', date: '2024-03-01', source: 'A, B' },
    ],
    [
      'RSS turned JSON',
      {
        guid: 'g-7',
        title: 'Storm',
        description: 'A storm hit.',
        link: 'https://e.x/s',
        pubDate: 'Fri, 18 Dec 2015 10:00:00 GMT',
        category: 'weather',
      },
      { id: 'g-7', text: 'A storm hit.', date: '2015-12-18', url: 'https://e.x/s', section: 'weather' },
    ],
    ['epoch seconds', { body: 'B.', published_at: 1709632800 }, { date: '2024-03-05' }],
    ['epoch milliseconds', { body: 'B.', created_at: 1709632800000 }, { date: '2024-03-05' }],
    ['the interface name wins over an alias', { body: 'Body.', content: 'Content.' }, { text: 'Body.' }],
    [
      'a later date field when the first does not parse',
      { body: 'B.', date: 'soon', publishedAt: '2024-01-02' },
      { date: '2024-01-02' },
    ],
  ])('%s', (_name, object, expected) => {
    expect(read(object)).toMatchObject(expected);
  });
});

describe('articleFromObject: no article', () => {
  it.each<[string, unknown, RegExp]>([
    ['an object without a body', { title: 'x', views: 3 }, /has no "body" or "text" string/],
    ['a number for a body', { title: 'x', body: 42 }, /has no "body" or "text" string/],
    ['an array', [], /is not an article object/],
  ])('%s', (_name, value, reason) => {
    const result = articleFromObject(value, 'feed.json', 'feed#1');
    expect('reason' in result && result.reason).toMatch(reason);
  });

  it.each([
    ['a small number is no date', { body: 'B.', date: 2024 }],
    ['a word is no date', { body: 'B.', date: 'yesterday' }],
  ])('%s', (_name, object) => {
    expect(read(object).date).toBeNull();
  });
});

describe('articleObjects', () => {
  it.each<[string, unknown, number, boolean]>([
    ['an array', [{ body: 'a' }, { body: 'b' }], 2, true],
    ["NewsAPI's wrapper", { status: 'ok', totalResults: 2, articles: [{ content: 'a' }, { content: 'b' }] }, 2, true],
    ['a data wrapper', { data: [{ body: 'a' }] }, 1, true],
    ['one article', { body: 'a', items: ['not', 'articles'] }, 1, false],
    ['an object without a list', { meta: 1 }, 1, false],
  ])('%s', (_name, value, count, listed) => {
    const found = articleObjects(value);
    expect([found.objects.length, found.listed]).toEqual([count, listed]);
  });

  it('reads every article of a wrapped feed file, naming failures by item', () => {
    const feed = { articles: [{ title: 'A', content: 'Alpha.' }, { title: 'B' }] };
    const result = parseCorpusFile('news.json', bytes(JSON.stringify(feed)));
    expect(result.articles.map((a) => [a.id, a.text])).toEqual([['news#1', 'Alpha.']]);
    expect(result.skipped).toEqual([{ file: 'news.json', reason: 'item 2 has no "body" or "text" string' }]);
  });
});
