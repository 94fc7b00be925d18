import { describe, expect, test } from 'vitest';
import { createSuggestions, matchOf } from '../../src/bot/suggest.js';
import type { ArticleInfo, Newsbot } from '../../src/newsbot.js';
import { articleInfo } from './fixtures/newsbots.js';

describe('names that must not match', () => {
  const rows: [string, string][] = [
    ['xyz', 'Mara Velde'],
    ['ve', 'Tomas Lind'],
    ['vx', 'Mara Velde'],
    ['lavrov', 'Lars Berg'],
    ['mara x', 'Mara Velde'],
    ['velde mara lind', 'Mara Velde'],
    ['kelde', 'Mara Velde'],
  ];
  for (const [query, name] of rows) {
    test(`"${query}" is not ${name}`, () => {
      expect(matchOf(query, name)).toBeNull();
    });
  }
});

describe('articles that must not be resolved', () => {
  const articles: ArticleInfo[] = [
    articleInfo({ id: 'b1', title: 'New bridge opens' }),
    articleInfo({ id: 'b2', title: 'Bridge tolls to rise' }),
  ];
  const suggest = createSuggestions({ articles: () => articles, speakers: () => [] } as unknown as Newsbot);
  const rows: [string, string][] = [
    ['bridge', 'two titles match'],
    ['brigde tolls', 'only a typo matches: it may be the wrong article'],
    ['harbour', 'nothing matches'],
    ['  ', 'nothing typed'],
  ];
  for (const [value, why] of rows) {
    test(`"${value}": ${why}`, () => {
      expect(suggest.resolveArticle(value)).toBeNull();
    });
  }
});

test('an article id or speaker name over 100 characters is never offered (a choice value cannot hold it)', () => {
  const long = 'x'.repeat(101);
  const suggest = createSuggestions({
    articles: () => [articleInfo({ id: long, title: 'Long id' })],
    speakers: () => [{ name: long, quotes: 3 }],
  } as unknown as Newsbot);
  expect(suggest.articles('')).toEqual([]);
  expect(suggest.speakers('')).toEqual([]);
});
