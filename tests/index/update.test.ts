import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSentenceIndex, type SentenceIndex } from '../../src/index/sentence-index.js';
import { termsOf } from '../../src/index/terms.js';
import { type Library, openLibrary, refreshLibrary } from '../../src/library.js';

const folders: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-index-update-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const TOWNS = ['Arden', 'Brill', 'Corran', 'Dunmore', 'Eskby', 'Fallow'];

function townCorpus(): string {
  const dir = tempDir();
  for (const town of TOWNS) {
    const body = `The ${town} council met on Monday. It voted to repair the bridge. Work starts in May.`;
    fs.writeFileSync(path.join(dir, `${town}.txt`), `${town} council votes\n\n${body}\n`);
  }
  return dir;
}

/** The library after the corpus folder changed, as a running newsbot takes it in. */
async function refreshed(previous: Library): Promise<Library> {
  const next = await refreshLibrary(previous, { corpusDir: previous.corpusDir, cacheDir: null });
  if (!next) throw new Error('the corpus did not change');
  return next;
}

const articlesFound = (index: SentenceIndex, library: Library, words: string): string[] => [
  ...new Set(index.search(termsOf(words)).map((h) => library.documents[h.document].article.id)),
];

const afterThisTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

describe('index updated from the previous version of the library', () => {
  it('adds a new article, drops a deleted one and reads a changed one again, counting its terms', async () => {
    const corpusDir = townCorpus();
    const first = openLibrary({ corpusDir, cacheDir: null });
    const before = openSentenceIndex(first);
    const bridges = before.documentFrequency(termsOf('bridge')[0]);
    const sentences = before.size;

    fs.writeFileSync(path.join(corpusDir, 'Glenrock.txt'), 'Glenrock zeppelin\n\nA zeppelin landed in Glenrock.\n');
    const added = await refreshed(first);
    const withNew = openSentenceIndex(added, { previous: before });
    expect(withNew.origin).toBe('updated');
    expect(articlesFound(withNew, added, 'zeppelin')).toEqual(['Glenrock']);
    expect(withNew.documentFrequency(termsOf('zeppelin')[0])).toBe(2);

    fs.rmSync(path.join(corpusDir, 'Arden.txt'));
    fs.writeFileSync(path.join(corpusDir, 'Brill.txt'), 'Brill council votes\n\nThe Brill council closed the ferry.\n');
    const changed = await refreshed(added);
    const updated = openSentenceIndex(changed, { previous: withNew });
    expect(articlesFound(updated, changed, 'bridge').sort()).toEqual(['Corran', 'Dunmore', 'Eskby', 'Fallow']);
    expect(articlesFound(updated, changed, 'ferry')).toEqual(['Brill']);
    expect(updated.documentFrequency(termsOf('bridge')[0])).toBe(bridges - 2);
    expect(updated.size).toBe(sentences + 2 - 4 - 2);
  });

  it('is not taken over from an index kept in another cache folder: that one stays as it was', async () => {
    const corpusDir = townCorpus();
    const first = openLibrary({ corpusDir, cacheDir: null });
    const elsewhere = openSentenceIndex(first, { cacheDir: tempDir() });
    const sentences = elsewhere.size;
    fs.writeFileSync(path.join(corpusDir, 'Glenrock.txt'), 'Glenrock zeppelin\n\nA zeppelin landed in Glenrock.\n');
    const next = openSentenceIndex(await refreshed(first), { cacheDir: tempDir(), previous: elsewhere });
    expect(next.origin).toBe('built');
    expect(elsewhere.size).toBe(sentences);
    expect(next.size).toBe(sentences + 2);
  });

  it('is the same index when nothing the index holds changed', async () => {
    const corpusDir = townCorpus();
    const first = openLibrary({ corpusDir, cacheDir: null });
    const before = openSentenceIndex(first);
    fs.writeFileSync(path.join(corpusDir, 'notes.json'), '{"broken": ');
    const next = openSentenceIndex(await refreshed(first), { previous: before });
    expect(next.origin).toBe('loaded');
    expect(next.size).toBe(before.size);
  });

  it('writes its snapshot after the current task, and a later start loads it as it is', async () => {
    const corpusDir = townCorpus();
    const cacheDir = tempDir();
    const first = openLibrary({ corpusDir, cacheDir: null });
    const before = openSentenceIndex(first, { cacheDir });
    fs.writeFileSync(path.join(corpusDir, 'Glenrock.txt'), 'Glenrock zeppelin\n\nA zeppelin landed in Glenrock.\n');
    const added = await refreshed(first);
    openSentenceIndex(added, { cacheDir, previous: before });
    const [snapshot] = fs.readdirSync(path.join(cacheDir, 'index'));
    const written = fs.readFileSync(path.join(cacheDir, 'index', snapshot), 'utf8');
    expect(written).not.toMatch(/zeppelin/);
    await afterThisTask();
    const restarted = openSentenceIndex(openLibrary({ corpusDir, cacheDir: null }), { cacheDir });
    expect(restarted.origin).toBe('loaded');
    expect(restarted.search(termsOf('zeppelin')).length).toBe(2);
  });
});

describe('index snapshot keyed by the library', () => {
  it('is taken as it is for the same files, and checked article by article for a library without stamps', () => {
    const corpusDir = townCorpus();
    const cacheDir = tempDir();
    const library = openLibrary({ corpusDir, cacheDir: null });
    openSentenceIndex(library, { cacheDir });
    // spoil what the article-by-article check compares: only a library of other files would notice
    const folder = path.join(cacheDir, 'index');
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name);
      const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const article of snapshot.articles) article.fingerprint = 'spoilt';
      fs.writeFileSync(file, JSON.stringify(snapshot));
    }
    expect(openSentenceIndex(library, { cacheDir }).origin).toBe('loaded');
    expect(openSentenceIndex({ ...library, stamps: undefined }, { cacheDir }).origin).toBe('built');
  });
});

describe('query budget', () => {
  it('leaves the commonest terms out once the rarer ones have spent it', () => {
    const corpusDir = townCorpus();
    fs.writeFileSync(path.join(corpusDir, 'Glenrock.txt'), 'Glenrock zeppelin\n\nA zeppelin landed in Glenrock.\n');
    const library = openLibrary({ corpusDir, cacheDir: null });
    const index = openSentenceIndex(library);
    const terms = termsOf('council zeppelin');
    expect(articlesFound(index, library, 'council zeppelin').length).toBeGreaterThan(1);
    const hits = index.search(terms, { maxPostings: 3 });
    expect(new Set(hits.map((h) => library.documents[h.document].article.id))).toEqual(new Set(['Glenrock']));
    expect(index.search(terms, { maxPostings: 0 }).length).toBe(hits.length);
  });
});
