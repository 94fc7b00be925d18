import { describe, expect, it } from 'vitest';
import { createSummarizer } from '../../src/summary/summarizer.js';
import { fixtureLibrary } from '../quote/library-fixture.js';
import { MARATHON } from './story-fixture.js';
import { beatArticles } from './topics-fixture.js';

const beatOf = (article: string): string => article.split('-')[0];

describe('summary of a large corpus, by topic', () => {
  const library = fixtureLibrary(beatArticles(6));
  const summarize = createSummarizer(library);

  it('groups the articles into their topics, largest first', () => {
    const { topics = [] } = summarize({ sentences: 3 });
    expect(topics.map((t) => t.articles)).toEqual([6, 6, 6]);
    for (const topic of topics) {
      const beats = new Set(topic.sentences.map((s) => beatOf(s.article)));
      expect(beats.size).toBe(1);
    }
    expect(new Set(topics.map((t) => beatOf(t.sentences[0].article))).size).toBe(3);
  });

  it('labels each topic with words of its articles', () => {
    const { topics = [] } = summarize({ sentences: 3 });
    for (const topic of topics) {
      const beat = beatOf(topic.sentences[0].article);
      const text = library.documents
        .filter((d) => beatOf(d.article.id) === beat)
        .map((d) => d.article.text.toLowerCase())
        .join(' ');
      const labelWords = topic.label.toLowerCase().split(', ');
      expect(labelWords).toHaveLength(3);
      for (const word of labelWords) expect(text).toContain(word);
    }
  });

  it('leads the summary with one sentence per topic', () => {
    const result = summarize({ sentences: 3 });
    expect(result.sentences).toEqual(result.topics?.map((t) => t.sentences[0]));
  });

  it('shows as many topics as sentences asked for, at most one per article', () => {
    expect(summarize({ sentences: 2 }).topics).toHaveLength(2);
    expect(summarize({ sentences: 1 }).topics).toHaveLength(1);
    expect(summarize({ sentences: 5 }).topics).toHaveLength(5);
  });

  it('gives the same topics every time', () => {
    const again = createSummarizer(library)({ sentences: 3 });
    expect(again).toEqual(summarize({ sentences: 3 }));
  });

  it('still sums up one article of a large corpus alone, without topics', () => {
    const result = summarize({ article: 'chess-2', sentences: 2 });
    expect(result.topics).toBeUndefined();
    expect(result.sentences.map((s) => s.article)).toEqual(['chess-2', 'chess-2']);
  });

  it('keeps a small corpus as one summary', () => {
    expect(createSummarizer(fixtureLibrary(MARATHON))().topics).toBeUndefined();
  });
});
