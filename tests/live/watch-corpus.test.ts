import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library.js';
import { type CorpusWatcher, watchCorpus } from '../../src/live/watch-corpus.js';
import { createNewsbot, type Newsbot } from '../../src/newsbot.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Watched {
  dir: string;
  newsbot: Newsbot;
  watcher: CorpusWatcher;
  /** The files skipped after each refresh. */
  skippedAfterRefresh: string[][];
}

async function watchedCorpus(files: Record<string, string>): Promise<Watched> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-live-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const newsbot = createNewsbot(openLibrary({ corpusDir: dir, cacheDir: null }), { cacheDir: null });
  const skippedAfterRefresh: string[][] = [];
  const onRefresh = (): void => {
    skippedAfterRefresh.push(newsbot.skipped().map((s) => s.file));
  };
  const watcher = watchCorpus(newsbot, { debounceMs: 50, settleMs: 200, onRefresh });
  cleanups.push(() => watcher.close());
  await watcher.ready;
  return { dir, newsbot, watcher, skippedAfterRefresh };
}

/** Waits until `check` holds, polling; fails after the 5 s. */
async function eventually(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('not within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const titles = (newsbot: Newsbot): string[] =>
  newsbot
    .articles()
    .map((a) => a.title)
    .sort();

describe('watchCorpus', () => {
  it('takes in a new file, a changed file and a deleted file without a restart', async () => {
    const { dir, newsbot } = await watchedCorpus({ 'a.txt': 'Harbour reopens\n\nThe harbour reopened on Monday.' });
    fs.writeFileSync(
      path.join(dir, 'b.txt'),
      'Bridge closes\n\nThe Quillfeather bridge closed on Tuesday for repairs.',
    );
    await eventually(() => titles(newsbot).includes('Bridge closes'));
    expect(newsbot.ask('when did the Quillfeather bridge close').evidence[0]?.article).toBe('b');

    fs.writeFileSync(path.join(dir, 'a.txt'), 'Harbour stays shut\n\nThe harbour stayed shut after the storm.');
    await eventually(() => titles(newsbot).includes('Harbour stays shut'));
    fs.rmSync(path.join(dir, 'b.txt'));
    await eventually(() => !titles(newsbot).includes('Bridge closes'));
    expect(titles(newsbot)).toEqual(['Harbour stays shut']);
  });

  it('reads a file written in pieces once it is complete', async () => {
    const { dir, newsbot, skippedAfterRefresh } = await watchedCorpus({
      'a.txt': 'Harbour reopens\n\nThe harbour reopened on Monday.',
    });
    const file = path.join(dir, 'feed.jsonl');
    fs.writeFileSync(file, '{"id":"f1","title":"Ferry returns","bo');
    await new Promise((resolve) => setTimeout(resolve, 120));
    fs.appendFileSync(file, 'dy":"The ferry returned to service."}\n');
    await eventually(() => titles(newsbot).includes('Ferry returns'));
    expect(skippedAfterRefresh).toEqual([[]]);
  });

  it('ignores dot-folders', async () => {
    const { dir, newsbot } = await watchedCorpus({ 'a.txt': 'Harbour reopens\n\nThe harbour reopened on Monday.' });
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'x.txt'), 'Hidden\n\nNot an article.');
    fs.writeFileSync(path.join(dir, 'c.txt'), 'Canal drained\n\nThe canal was drained.');
    await eventually(() => titles(newsbot).includes('Canal drained'));
    expect(titles(newsbot)).toEqual(['Canal drained', 'Harbour reopens']);
  });
});
