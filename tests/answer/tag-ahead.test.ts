import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { tagAhead } from '../../src/answer/tag-ahead.js';
import { forgetStoredTags, hasStoredTags, storedWords } from '../../src/answer/text/tag-store.js';
import { readingOf } from '../../src/answer/text/tagged.js';
import type { Library } from '../../src/library.js';
import { libraryOf, removeTemporary, SEEDS, temporaryCorpus } from './fixtures.js';

const TOWNS = ['Ashford', 'Bexley', 'Crewe', 'Dorking', 'Epsom', 'Frome', 'Goole', 'Hythe', 'Ilkley', 'Jarrow'];

/** Ten invented articles of 30 sentences each: more than are tagged on the calling thread. */
function largeCorpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [t, town] of TOWNS.entries()) {
    const sentences = Array.from(
      { length: 30 },
      (_, i) => `The ${town} council met on day ${i + 1} and ${i % 2 ? 'approved' : 'rejected'} plan ${t * 30 + i}.`,
    );
    files[`${town.toLowerCase()}.txt`] = `${town} council news\n\n${sentences.join(' ')}\n`;
  }
  return files;
}

const textsOf = (library: Library): string[] =>
  library.documents.flatMap(({ article, facts }) => facts.sentences.map((s) => article.text.slice(s.start, s.end)));

/** A word's reading as one comparable line. */
const line = (w: { start: number; length: number; pre: number; post: number; tags: Iterable<string> }): string =>
  `${w.start} ${w.length} ${w.pre} ${w.post} ${[...w.tags].sort().join(',')}`;

const sameAsTagging = (text: string): boolean =>
  storedWords(text)?.map(line).join('\n') === readingOf(text).map(line).join('\n');

const temporary: string[] = [];
const cacheDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-tags-'));
  temporary.push(dir);
  return dir;
};

afterEach(() => forgetStoredTags());
afterAll(() => temporary.forEach(removeTemporary));

describe('tagging ahead', () => {
  it('tags every sentence of the seeds on this thread, as tagging them one by one does', async () => {
    const library = libraryOf(SEEDS);
    const report = await tagAhead(library, { cacheDir: null });
    const texts = textsOf(library);
    expect(report).toEqual({ sentences: new Set(texts).size, loaded: 0, tagged: new Set(texts).size });
    expect(texts.every(sameAsTagging)).toBe(true);
  });

  it('tags a large corpus on a worker thread, as tagging on this one does', async () => {
    const corpus = temporaryCorpus(largeCorpus());
    temporary.push(corpus);
    const library = libraryOf(corpus);
    const report = await tagAhead(library, { cacheDir: null, threads: 1 });
    expect(report.tagged).toBeGreaterThan(256);
    expect(textsOf(library).every(sameAsTagging)).toBe(true);
  });

  it('saves the tags, and a later start reads them instead of tagging', async () => {
    const cache = cacheDir();
    const first = await tagAhead(libraryOf(SEEDS), { cacheDir: cache });
    forgetStoredTags();
    const library = libraryOf(SEEDS);
    const second = await tagAhead(library, { cacheDir: cache });
    expect(second).toEqual({ sentences: first.sentences, loaded: first.sentences, tagged: 0 });
    expect(textsOf(library).every(sameAsTagging)).toBe(true);
  });

  it('looks only at articles it has not seen on a second call', async () => {
    const library = libraryOf(SEEDS);
    await tagAhead(library, { cacheDir: null });
    expect(await tagAhead(library, { cacheDir: null })).toEqual({ sentences: 0, loaded: 0, tagged: 0 });
  });

  it('tags again what a spoilt snapshot held', async () => {
    const cache = cacheDir();
    await tagAhead(libraryOf(SEEDS), { cacheDir: cache });
    const [file] = fs.readdirSync(path.join(cache, 'tags')).map((f) => path.join(cache, 'tags', f));
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 100));
    forgetStoredTags();
    const library = libraryOf(SEEDS);
    const report = await tagAhead(library, { cacheDir: cache });
    expect(report.loaded).toBe(0);
    expect(report.tagged).toBe(report.sentences);
    expect(textsOf(library).every((text) => hasStoredTags(text))).toBe(true);
  });
});
