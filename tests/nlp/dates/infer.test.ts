import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../src/corpus/text-article.js';
import { inferArticleDate, inferDatesAcrossArticles } from '../../../src/nlp/dates/index.js';
import type { ArticleFacts } from '../../../src/nlp/facts.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { articleOf } from './helpers.js';

function inferred(body: string): string | null {
  const article = articleOf(body, null);
  return inferArticleDate(article, splitSentences(article));
}

describe('inferArticleDate', () => {
  it('takes the year a weekday and a date fix, from the years the text names, then the last past weekday', () => {
    const body = [
      'Police said on Tuesday that the talks would open this Friday, Dec. 18.',
      'The war began in March 2011.',
    ].join('\n');
    expect(inferred(body)).toBe('2015-12-15');
  });

  it('takes a weekday and a full date told in the past as the article date', () => {
    expect(inferred('The plant closed on Monday, March 2, 2009, the firm said.')).toBe('2009-03-02');
  });

  it('infers nothing from a weekday alone', () => {
    expect(inferred('Talks will open on Friday in Geneva.')).toBeNull();
  });

  it('infers nothing from a weekday and a date when the text names no year', () => {
    expect(inferred('Police said on Tuesday that the talks would open this Friday, Dec. 18.')).toBeNull();
  });

  it('infers nothing from a weekday and a date that never match in the years named', () => {
    expect(inferred('The war began in March 2011. Talks open on Saturday, Dec. 18.')).toBeNull();
  });
});

describe('inferDatesAcrossArticles on the seeds', () => {
  const read = (file: string) => {
    const article = parseTextArticle(
      file,
      file,
      readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8'),
    );
    if (!article) throw new Error(`newsbot: seed ${file} did not parse`);
    return article;
  };
  const undated = read('000_58b9108ddbc716e4.txt');
  const dated = read('001_b1c9cb2b70b6979d.txt');
  const factsOf = (article: typeof dated): ArticleFacts => ({
    sentences: splitSentences(article),
    entities: [],
    profiles: [],
    dates: [],
    quotes: [],
    inferredDate: null,
  });
  const [facts] = inferDatesAcrossArticles([
    { article: undated, facts: factsOf(undated) },
    { article: dated, facts: factsOf(dated) },
  ]);

  it('infers the undated seed written in the week of the talks', () => {
    expect(['2015-12-15', '2015-12-16']).toContain(facts.inferredDate);
  });

  it('resolves its expressions against the inferred date, and marks them so', () => {
    const values = (text: string) => facts.dates.filter((d) => d.text === text).map((d) => [d.value, d.inferred]);
    expect(values('this Friday, Dec 18')).toEqual([['2015-12-18', true]]);
    expect(values('Friday')).toEqual([
      ['2015-12-18', true],
      ['2015-12-18', true],
      ['2015-12-18', true],
    ]);
    expect(values('Tuesday')).toEqual([
      ['2015-12-15', true],
      ['2015-12-15', true],
    ]);
    expect(values('last week')).toEqual([['2015-W50', true]]);
  });

  it('does not mark values that do not rest on the inferred date', () => {
    expect(facts.dates.find((d) => d.text === 'nearly three hours')).toMatchObject({ value: 'PT3H', inferred: false });
  });

  it('leaves a corpus without any dated article as it is', () => {
    const [alone] = inferDatesAcrossArticles([{ article: undated, facts: factsOf(undated) }]);
    expect(alone.inferredDate).toBeNull();
  });
});
