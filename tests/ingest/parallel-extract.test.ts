import { describe, expect, it } from 'vitest';
import { extractAll, MIN_PARALLEL_ARTICLES } from '../../src/ingest/parallel-extract.js';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { articleOf } from '../helpers/article.js';

const TOWNS = ['Ashford', 'Bexley', 'Crewe', 'Dorking', 'Epsom', 'Frome', 'Goole', 'Hythe'];

/** Enough invented articles to go to worker threads, each with a name, a date and a quote. */
const articles = Array.from({ length: MIN_PARALLEL_ARTICLES + 6 }, (_, i) => {
  const town = TOWNS[i % TOWNS.length];
  return articleOf(`Mayor Ann Price of ${town} said on Tuesday: "The bridge ${i} opens in May." Work began in 2019.`, {
    id: `a${i}`,
    file: `a${i}.txt`,
    date: '2021-03-04',
  });
});

describe('extracting on worker threads', () => {
  // [threads]: one thread works inline, two go to workers; both give what analysing one by one gives
  const rows: [number][] = [[1], [2]];
  it.each(rows)('with %i thread(s): the facts of each article, in order', async (threads) => {
    const { facts, warnings } = await extractAll(articles, threads);
    expect(facts).toEqual(articles.map((a) => analyzeArticle(a, [])));
    expect(warnings).toEqual([]);
  });
});
