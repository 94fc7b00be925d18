import { describe, expect, it } from 'vitest';
import { readableSummary, runSummary } from '../../src/cli/summary.js';
import type { Newsbot } from '../../src/newsbot.js';
import { createSummarizer } from '../../src/summary/summarizer.js';
import type { SummarySentence } from '../../src/summary/types.js';
import { fixtureLibrary } from '../quote/library-fixture.js';
import { MARATHON } from '../summary/story-fixture.js';

const summarize = createSummarizer(fixtureLibrary(MARATHON));
const newsbot = { summary: summarize } as unknown as Newsbot;

function run(options: { article?: string; sentences?: number; json?: boolean } = {}): string {
  const lines: string[] = [];
  runSummary(
    newsbot,
    { article: options.article, sentences: options.sentences ?? 5, json: options.json ?? false },
    (l) => lines.push(l),
  );
  return lines.join('\n');
}

const sentence = (text: string, title: string, date: string | null): SummarySentence => ({
  text,
  article: title.toLowerCase(),
  title,
  date,
  start: 0,
  end: text.length,
});

describe('newsbot summary', () => {
  it('prints each sentence with its source', () => {
    const out = run({ sentences: 2 }).split('\n');
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(/^- /);
    expect(out[1]).toMatch(/^ {2}\(.+, (\d{4}-\d\d-\d\d|undated)\)$/);
  });

  it('prints the result as one JSON line with --json', () => {
    const out = run({ json: true });
    expect(JSON.parse(out)).toEqual(summarize({ sentences: 5 }));
  });

  it('prints the message when there is nothing to show', () => {
    expect(run({ article: 'nope' })).toBe('no article "nope" in the corpus');
  });

  it('prints topics with their labels, sizes and sentences', () => {
    const out = readableSummary({
      sentences: [sentence('Ferries stopped.', 'Storm', '2031-01-02')],
      topics: [
        {
          label: 'ferry, storm, harbour',
          articles: 3,
          sentences: [sentence('Ferries stopped.', 'Storm', '2031-01-02')],
        },
        { label: 'chess, opening, rook', articles: 1, sentences: [sentence('A rook fell.', 'Chess', null)] },
      ],
    });
    expect(out).toBe(
      [
        'The 2 largest topics, covering 4 articles:',
        '',
        '1. ferry, storm, harbour (3 articles)',
        '   - Ferries stopped.',
        '     (Storm, 2031-01-02)',
        '',
        '2. chess, opening, rook (1 article)',
        '   - A rook fell.',
        '     (Chess, undated)',
      ].join('\n'),
    );
  });
});
