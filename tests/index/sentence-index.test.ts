import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSentenceIndex } from '../../src/index/sentence-index.js';
import { termsOf } from '../../src/index/terms.js';
import { openLibrary } from '../../src/library.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const folders: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-index-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function copyOfSeeds(): string {
  const dir = tempDir();
  for (const name of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, name), path.join(dir, name));
  return dir;
}

const sentenceText = (library: ReturnType<typeof openLibrary>, hit: { document: number; sentence: number }): string => {
  const { article, facts } = library.documents[hit.document];
  const s = facts.sentences[hit.sentence];
  return article.text.slice(s.start, s.end);
};

describe('sentence index', () => {
  const library = openLibrary({ corpusDir: SEEDS, cacheDir: null });
  const index = openSentenceIndex(library);

  it('finds the sentences of a question, best first', () => {
    const hits = index.search(termsOf('New York meeting Friday'));
    expect(hits.length).toBeGreaterThan(0);
    expect(sentenceText(library, hits[0])).toMatch(/New York/);
  });

  it('finds a sentence through a name extraction resolved in it ("the top US diplomat said" -> Kerry)', () => {
    const hits = index.search(termsOf('John Kerry Syria counterterrorism Ukraine'), { limit: 10 });
    expect(hits.some((h) => /top US diplomat said/.test(sentenceText(library, h)))).toBe(true);
  });

  it('restricts a search to one article', () => {
    const article = library.documents[1].article.id;
    const hits = index.search(termsOf('Kerry'), { article });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => library.documents[h.document].article.id === article)).toBe(true);
  });

  it('matches nothing for stop words alone, and a misspelling only when fuzzy', () => {
    expect(index.search(termsOf('the of and who'))).toEqual([]);
    expect(index.search(['lavrow'])).toEqual([]);
    expect(index.search(['lavrow'], { fuzzy: true }).length).toBeGreaterThan(0);
  });

  it('counts the sentences holding a term', () => {
    expect(index.documentFrequency(termsOf('Lavrov')[0])).toBeGreaterThan(2);
    expect(index.documentFrequency('zzzz')).toBe(0);
  });
});

describe('index snapshot', () => {
  it('is built once, then loaded; a changed article is updated, not rebuilt', () => {
    const corpusDir = tempDir();
    const towns = ['Arden', 'Brill', 'Corran', 'Dunmore', 'Eskby', 'Fallow'];
    for (const town of towns) {
      const body = `The ${town} council met on Monday. It voted to repair the bridge. Work starts in May.`;
      fs.writeFileSync(path.join(corpusDir, `${town}.txt`), `${town} council votes\n\n${body}\n`);
    }
    const cacheDir = tempDir();
    const open = () => openSentenceIndex(openLibrary({ corpusDir, cacheDir: null }), { cacheDir });
    expect(open().origin).toBe('built');
    const loaded = open();
    expect(loaded.origin).toBe('loaded');
    fs.appendFileSync(path.join(corpusDir, 'Arden.txt'), 'A zeppelin landed in the square.\n');
    const updated = open();
    expect(updated.origin).toBe('updated');
    expect(updated.search(termsOf('zeppelin')).length).toBe(1);
    expect(updated.search(termsOf('Arden bridge')).length).toBeGreaterThan(0);
    expect(updated.size).toBe(loaded.size + 1);
    expect(open().origin).toBe('loaded');
  });

  it('is rebuilt when the snapshot file is corrupt', () => {
    const corpusDir = copyOfSeeds();
    const cacheDir = tempDir();
    const library = openLibrary({ corpusDir, cacheDir: null });
    openSentenceIndex(library, { cacheDir });
    const folder = path.join(cacheDir, 'index');
    for (const name of fs.readdirSync(folder)) fs.writeFileSync(path.join(folder, name), '{"format": 1, "ind');
    expect(openSentenceIndex(library, { cacheDir }).origin).toBe('built');
  });

  it('warns and goes on when the snapshot cannot be written', () => {
    const cacheDir = path.join(tempDir(), 'blocked');
    fs.writeFileSync(cacheDir, 'a file where the cache folder should be');
    const warnings: string[] = [];
    const index = openSentenceIndex(openLibrary({ corpusDir: SEEDS, cacheDir: null }), {
      cacheDir,
      onWarning: (w) => warnings.push(w),
    });
    expect(index.search(termsOf('Lavrov')).length).toBeGreaterThan(0);
    expect(warnings).toEqual([expect.stringMatching(/^newsbot: cannot write the index snapshot/)]);
  });
});
