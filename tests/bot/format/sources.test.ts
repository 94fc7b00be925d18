import type { APIButtonComponentWithCustomId } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { embedLength } from '../../../src/bot/format/limits.js';
import { ARTICLES_PER_PAGE, sourcesReply } from '../../../src/bot/format/sources.js';
import type { ArticleInfo } from '../../../src/newsbot.js';
import { articleInfo, noisy } from '../fixtures/newsbots.js';

const pageId = (page: number) => `sources:${page}`;

function articles(count: number): ArticleInfo[] {
  return Array.from({ length: count }, (_, i) =>
    articleInfo({ id: `story-${i}`, title: `Story ${i}`, date: '2022-04-01', sentences: 10, quotes: 2 }),
  );
}

function buttons(reply: ReturnType<typeof sourcesReply>): [string, string, boolean | undefined][] {
  const row = reply.components?.[0];
  return ((row?.components ?? []) as APIButtonComponentWithCustomId[]).map((b) => [
    b.custom_id,
    b.label ?? '',
    b.disabled,
  ]);
}

describe('an article in two lines: title and date, then source, size and id', () => {
  const rows: [string, Partial<ArticleInfo>, string][] = [
    [
      'dated, with a source',
      { date: '2015-12-17', source: 'AFP', sentences: 14, quotes: 5 },
      '*Bridge opens* · 17 Dec 2015\nAFP · 14 sentences · 5 quotes · id bridge\\_1',
    ],
    [
      'an inferred date says so',
      { date: '2015-12-15', dateInferred: true },
      '*Bridge opens* · 15 Dec 2015 (inferred)\n1 sentence · 0 quotes · id bridge\\_1',
    ],
    ['undated', {}, '*Bridge opens* · undated\n1 sentence · 0 quotes · id bridge\\_1'],
    [
      'with a URL: the title links to it',
      { url: 'https://news.example.com/bridge', quotes: 1 },
      '[Bridge opens](https://news.example.com/bridge) · undated\n1 sentence · 1 quote · id bridge\\_1',
    ],
    [
      'markdown and mentions in the source are shown as typed',
      { source: '@everyone <@1> *Wire*' },
      '*Bridge opens* · undated\n@everyone \\<@1> \\*Wire\\* · 1 sentence · 0 quotes · id bridge\\_1',
    ],
  ];
  for (const [name, fields, expected] of rows) {
    test(name, () => {
      const reply = sourcesReply([articleInfo({ id: 'bridge_1', title: 'Bridge opens', ...fields })], [], {
        page: 1,
        pageId,
      });
      expect(reply.embeds?.[0].description).toBe(expected);
    });
  }
});

describe('pages of articles', () => {
  const rows: [number, string, [string, string, boolean | undefined][]][] = [
    [
      1,
      'Articles 1–10 of 23',
      [
        ['sources:0', '◀ Previous', true],
        ['sources:1', '1 / 3', true],
        ['sources:2', 'Next ▶', false],
      ],
    ],
    [
      2,
      'Articles 11–20 of 23',
      [
        ['sources:1', '◀ Previous', false],
        ['sources:2', '2 / 3', true],
        ['sources:3', 'Next ▶', false],
      ],
    ],
    [
      7,
      'Articles 21–23 of 23',
      [
        ['sources:2', '◀ Previous', false],
        ['sources:3', '3 / 3', true],
        ['sources:4', 'Next ▶', true],
      ],
    ],
  ];
  for (const [page, footer, expected] of rows) {
    test(`23 articles, page ${page}: "${footer}" and its buttons`, () => {
      const reply = sourcesReply(articles(23), [], { page, pageId });
      expect(reply.embeds?.[0].title).toBe('23 articles, newest first');
      expect(reply.embeds?.[0].footer).toEqual({ text: footer });
      expect(buttons(reply)).toEqual(expected);
    });
  }

  test('the articles keep the order given (newest first) across pages', () => {
    const all = articles(23);
    const shown = [1, 2, 3].flatMap((page) =>
      [...(sourcesReply(all, [], { page, pageId }).embeds?.[0].description ?? '').matchAll(/id story-(\d+)/g)].map(
        (m) => Number(m[1]),
      ),
    );
    expect(shown).toEqual(all.map((_, i) => i));
  });

  test(`one page of at most ${ARTICLES_PER_PAGE}: no buttons`, () => {
    const reply = sourcesReply(articles(ARTICLES_PER_PAGE), [], { page: 1, pageId });
    expect(reply.components).toEqual([]);
    expect(reply.embeds).toHaveLength(1);
  });
});

describe('the files skipped', () => {
  test('are listed with their reasons under the articles, on every page', () => {
    const skipped = [
      { file: 'empty.txt', reason: 'the file is empty' },
      { file: 'bad_*.json', reason: 'not valid JSON at line 3' },
    ];
    for (const page of [1, 3]) {
      const [, notice] = sourcesReply(articles(23), skipped, { page, pageId }).embeds ?? [];
      expect(notice.title).toBe('2 files skipped');
      expect(notice.description).toBe('empty.txt: the file is empty\nbad\\_\\*.json: not valid JSON at line 3');
    }
  });

  test('are listed when no article could be read at all', () => {
    const reply = sourcesReply([], [{ file: 'x.bin', reason: 'binary' }], { page: 1, pageId });
    expect(reply.embeds?.map((e) => e.title)).toEqual(['No articles loaded', '1 file skipped']);
    expect(reply.components).toEqual([]);
  });

  test('too many to list: as many as fit, and the rest counted', () => {
    const skipped = Array.from({ length: 400 }, (_, i) => ({ file: `broken-${i}.json`, reason: 'not valid JSON' }));
    const [, notice] = sourcesReply(articles(3), skipped, { page: 1, pageId }).embeds ?? [];
    expect(notice.title).toBe('400 files skipped');
    expect(notice.description).toMatch(/\n…and \d+ more files$/);
    expect(notice.description?.length).toBeLessThanOrEqual(1000);
  });
});

test('long titles, sources, ids, URLs and reasons everywhere: every page stays within 4,096 and 6,000', () => {
  const long = Array.from({ length: 40 }, (_, i) =>
    articleInfo({
      id: `${'x'.repeat(120)}-${i}`,
      title: noisy(`Title ${i}`, 400),
      source: noisy('Source', 300),
      url: `https://news.example.com/${'a'.repeat(280)}`,
      date: '2015-12-17',
    }),
  );
  const skipped = Array.from({ length: 50 }, (_, i) => ({ file: noisy(`file-${i}`, 300), reason: noisy('Why', 500) }));
  for (let page = 1; page <= 40; page++) {
    const reply = sourcesReply(long, skipped, { page, pageId });
    const embeds = reply.embeds ?? [];
    expect(embeds[0].description?.length).toBeLessThanOrEqual(4096);
    expect(embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(6000);
    expect(embeds[0].description).not.toMatch(/(^|[^\\])<@/);
  }
});
