import { describe, expect, test } from 'vitest';
import { summaryReply } from '../../../src/bot/format/summary.js';
import type { ArticleInfo } from '../../../src/newsbot.js';
import type { SummarySentence } from '../../../src/summary/types.js';
import { articleInfo } from '../fixtures/newsbots.js';

function sentence(text: string, article: string): SummarySentence {
  return { text, article, title: `Story ${article}`, date: '2021-09-14', start: 0, end: text.length };
}

const ARTICLE: ArticleInfo = articleInfo({ id: 'b', title: 'Story b', date: '2021-09-14' });

describe('summaryReply', () => {
  test('of the corpus: bullets with numbered references to the sources under them', () => {
    const result = {
      sentences: [sentence('First point.', 'a'), sentence('Second point.', 'b'), sentence('Third.', 'a')],
    };
    const [embed] = summaryReply(result, { article: null, articleCount: 2 }).embeds ?? [];
    expect(embed.title).toBe('Summary of 2 articles');
    expect(embed.description).toBe(
      '• First point. [1]\n• Second point. [2]\n• Third. [1]\n\n1. *Story a* · 14 Sep 2021\n2. *Story b* · 14 Sep 2021',
    );
  });

  test('of one article: bullets, and its source once', () => {
    const result = { sentences: [sentence('First point.', 'b'), sentence('Second point.', 'b')] };
    const [embed] = summaryReply(result, { article: ARTICLE, articleCount: 2 }).embeds ?? [];
    expect(embed.title).toBe('Summary: Story b');
    expect(embed.description).toBe('• First point.\n• Second point.\n\n— *Story b* · 14 Sep 2021');
  });

  test('topics: one embed each after the summary, with its article count', () => {
    const result = {
      sentences: [sentence('Overall.', 'a')],
      topics: [
        { label: 'Harbours', articles: 12, sentences: [sentence('Boats.', 'c')] },
        { label: 'Bridges', articles: 1, sentences: [sentence('Tolls.', 'd')] },
      ],
    };
    const embeds = summaryReply(result, { article: null, articleCount: 40 }).embeds ?? [];
    expect(embeds.map((e) => [e.title, e.footer?.text])).toEqual([
      ['Summary of 40 articles', undefined],
      ['Harbours', '12 articles'],
      ['Bridges', '1 article'],
    ]);
    expect(embeds[1].description).toBe('• Boats. [1]\n\n1. *Story c* · 14 Sep 2021');
  });

  test('more topics than fit with substance: the last embed says how many are not shown', () => {
    const topics = Array.from({ length: 8 }, (_, i) => ({
      label: `T${i}`,
      articles: 3,
      sentences: [sentence('x.', 'a')],
    }));
    const embeds = summaryReply({ sentences: [], topics }, { article: null, articleCount: 24 }).embeds ?? [];
    expect(embeds).toHaveLength(5);
    expect(embeds[4].footer?.text).toBe('3 articles; 3 more topics not shown');
  });

  test("nothing to summarise: the summarizer's message", () => {
    const [embed] =
      summaryReply({ sentences: [], message: 'no article b2' }, { article: null, articleCount: 2 }).embeds ?? [];
    expect(embed).toMatchObject({ title: 'No summary', description: 'no article b2' });
  });
});
