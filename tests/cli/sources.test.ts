import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readableSources, runSources, type SourcesListing } from '../../src/cli/sources.js';
import { openLibrary } from '../../src/library.js';
import { createNewsbot, type Newsbot } from '../../src/newsbot.js';
import { type FixtureCorpus, writeFixtureCorpus } from '../bot/fixtures/corpus.js';
import { articleInfo } from '../bot/fixtures/newsbots.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let corpus: FixtureCorpus;
let newsbot: Newsbot;

beforeAll(() => {
  corpus = writeFixtureCorpus(3);
  newsbot = createNewsbot(openLibrary({ corpusDir: corpus.dir, cacheDir: null }), { cacheDir: null });
});

afterAll(() => {
  corpus?.remove();
});

function run(json: boolean): string {
  const lines: string[] = [];
  runSources(newsbot, { json }, (line) => lines.push(line));
  return lines.join('\n');
}

describe('newsbot sources', () => {
  test('--json: every article newest first with its counts, and every file skipped with its reason', () => {
    const listing = JSON.parse(run(true)) as SourcesListing;
    expect(listing.articles.map((a) => a.id)).toEqual(corpus.ids);
    expect(listing.articles[0]).toEqual({
      id: 'story-3',
      title: 'Harbour story 3',
      date: '2022-01-03',
      dateInferred: false,
      source: null,
      url: null,
      file: 'story-3.txt',
      sentences: expect.any(Number),
      quotes: 1,
    });
    expect(listing.skipped.map((s) => s.file)).toEqual(['blob.txt', 'broken.json', 'empty.txt']);
    expect(listing.skipped.every((s) => s.reason.length > 0)).toBe(true);
  });

  test('readable: a heading, two lines an article, then the files skipped', () => {
    const lines = run(false).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '3 articles, newest first:',
      '',
      'Harbour story 3',
      expect.stringMatching(/^ {2}2022-01-03 · \d+ sentences? · 1 quote · story-3$/),
    ]);
    expect(lines.slice(-4)).toEqual([
      '3 files skipped:',
      expect.stringMatching(/^ {2}blob\.txt: \S/),
      ...lines.slice(-2),
    ]);
  });
});

describe('readableSources', () => {
  const rows: [string, Parameters<typeof articleInfo>[0], string][] = [
    [
      'an inferred date and a source',
      { id: 'a', title: 'A', date: '2015-12-15', dateInferred: true, source: 'AFP', sentences: 2, quotes: 1 },
      '  2015-12-15 (inferred) · AFP · 2 sentences · 1 quote · a',
    ],
    ['undated', { id: 'b', title: 'B' }, '  undated · 1 sentence · 0 quotes · b'],
    [
      'an id that is not the file name names the file too',
      { id: 'wire-7', title: 'C', file: 'feed.jsonl' },
      '  undated · 1 sentence · 0 quotes · wire-7 (feed.jsonl)',
    ],
  ];
  for (const [name, fields, expected] of rows) {
    test(name, () => {
      expect(readableSources({ articles: [articleInfo(fields)], skipped: [] }).split('\n')[3]).toBe(expected);
    });
  }

  test('nothing loaded says so', () => {
    expect(readableSources({ articles: [], skipped: [{ file: 'x', reason: 'is empty' }] })).toBe(
      'No articles loaded.\n\n1 file skipped:\n  x: is empty',
    );
  });
});

test('the command line: one JSON line on stdout, one warning per skipped file on stderr, exit 0', () => {
  const result = spawnSync(
    process.execPath,
    ['--import', TSX, 'src/cli/newsbot.ts', 'sources', '--json', '--corpus', corpus.dir, '--no-cache'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
  const lines = result.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect((JSON.parse(lines[0]) as SourcesListing).articles).toHaveLength(3);
  expect(result.stderr.trim().split('\n')).toHaveLength(3);
});
