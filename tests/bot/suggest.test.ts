import { describe, expect, test } from 'vitest';
import { createSuggestions, type MatchId, matchOf, typoDistance } from '../../src/bot/suggest.js';
import type { ArticleInfo, Newsbot } from '../../src/newsbot.js';
import type { KnownSpeaker } from '../../src/quote/types.js';
import { articleInfo } from './fixtures/newsbots.js';

describe('matchers', () => {
  const rows: [string, string, MatchId][] = [
    ['mara v', 'Mara Velde', 'name-start'],
    ['MARA', 'Mara Velde', 'name-start'],
    ['vel', 'Mara Velde', 'word-starts'],
    ['m vel', 'Mara Velde', 'word-starts'],
    ['jose', 'José Ortega', 'name-start'],
    ['ortega', "José Ortega-O'Neil", 'word-starts'],
    ['veldr', 'Mara Velde', 'near-words'],
    ['vlede', 'Mara Velde', 'near-words'],
    ['ortgea', 'José Ortega', 'near-words'],
    ['evlde', 'Mara Velde', 'near-words'],
    ['elde', 'Mara Velde', 'near-words'],
    ['harbourmastr', 'The Harbourmaster', 'near-words'],
  ];
  for (const [query, name, id] of rows) {
    test(`${id}: "${query}" -> ${name}`, () => {
      expect(matchOf(query, name)).toBe(id);
    });
  }
});

describe('typoDistance', () => {
  const rows: [string, string, number][] = [
    ['velde', 'velde', 0],
    ['velde', 'vlede', 1],
    ['velde', 'veld', 1],
    ['velde', 'valda', 2],
    ['', 'abc', 3],
  ];
  for (const [a, b, distance] of rows) {
    test(`${a} / ${b} = ${distance}`, () => {
      expect(typoDistance(a, b)).toBe(distance);
    });
  }
});

const SPEAKERS: KnownSpeaker[] = [
  { name: 'Tomas Lind', quotes: 9 },
  { name: 'Mara Velde', quotes: 4 },
  { name: 'Lina Marsh', quotes: 2 },
  { name: 'Velma Oduya', quotes: 1 },
  { name: `A ${'Very'.repeat(30)} Long Name`, quotes: 1 },
];

const ARTICLES: ArticleInfo[] = [
  articleInfo({ id: 'bridge-2', title: 'Bridge tolls to rise', date: '2022-04-02' }),
  articleInfo({ id: 'bridge-1', title: 'New bridge opens', date: '2022-04-01' }),
  articleInfo({ id: 'ferry', title: 'Ferry strike ends' }),
];

function newsbot(): Newsbot {
  return { speakers: () => SPEAKERS, articles: () => ARTICLES } as unknown as Newsbot;
}

describe('createSuggestions', () => {
  const suggest = createSuggestions(newsbot());

  const speakerRows: [string, string[]][] = [
    ['', ['Tomas Lind', 'Mara Velde', 'Lina Marsh', 'Velma Oduya']],
    ['vel', ['Velma Oduya', 'Mara Velde']],
    ['l', ['Lina Marsh', 'Tomas Lind']],
    ['mars', ['Lina Marsh', 'Mara Velde']],
  ];
  for (const [query, expected] of speakerRows) {
    test(`speakers "${query}": best match first, then most quoted`, () => {
      expect(suggest.speakers(query).map((c) => c.value)).toEqual(expected);
    });
  }

  test('a speaker choice shows the number of quotes', () => {
    expect(suggest.speakers('mara')[0]).toEqual({ name: 'Mara Velde (4 quotes)', value: 'Mara Velde' });
    expect(suggest.speakers('velma')).toEqual([{ name: 'Velma Oduya (1 quote)', value: 'Velma Oduya' }]);
  });

  test('articles: the title and date shown, the id as value, newest first', () => {
    expect(suggest.articles('bridge')).toEqual([
      { name: 'Bridge tolls to rise · 2 Apr 2022', value: 'bridge-2' },
      { name: 'New bridge opens · 1 Apr 2022', value: 'bridge-1' },
    ]);
    expect(suggest.articles('fery')).toEqual([{ name: 'Ferry strike ends · undated', value: 'ferry' }]);
  });

  const resolveRows: [string, string | null][] = [
    ['bridge-1', 'bridge-1'],
    ['New bridge opens', 'bridge-1'],
    ['new BRIDGE opens!', 'bridge-1'],
    ['ferry str', 'ferry'],
    ['tolls', 'bridge-2'],
  ];
  for (const [value, id] of resolveRows) {
    test(`resolveArticle "${value}" -> ${id}`, () => {
      expect(suggest.resolveArticle(value)).toBe(id);
    });
  }
});

describe('suggestions after the corpus changed', () => {
  test('offer what a refresh added and drop what it removed', () => {
    let articles = ARTICLES;
    let speakers = SPEAKERS;
    const changing = { speakers: () => speakers, articles: () => articles } as unknown as Newsbot;
    const suggest = createSuggestions(changing);
    expect(suggest.articles('canal').map((c) => c.value)).toEqual([]);
    articles = [articleInfo({ id: 'canal', title: 'Canal drained' }), ...ARTICLES.slice(1)];
    speakers = [{ name: 'Orla Quist', quotes: 3 }];
    expect(suggest.articles('canal').map((c) => c.value)).toEqual(['canal']);
    expect(suggest.articles('tolls').map((c) => c.value)).toEqual([]);
    expect(suggest.speakers('orla').map((c) => c.value)).toEqual(['Orla Quist']);
  });
});
