import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, prepareForChanges, refreshLibrary } from '../src/library.js';

const folders: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-library-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function corpusOf(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('openLibrary', () => {
  it('loads every readable article and warns once per unreadable file', () => {
    const corpusDir = corpusOf({
      'good.txt': 'Talks set\n\nThe talks went ahead on Friday.',
      'bad.json': '{"title":',
      'feed.jsonl': '{"id":"f1","title":"F","body":"One."}\nnot json\n',
      'empty.md': '',
    });
    const warnings: string[] = [];
    const library = openLibrary({ corpusDir, cacheDir: null, onWarning: (w) => warnings.push(w) });
    expect(library.documents.map((d) => d.article.id)).toEqual(['f1', 'good']);
    expect(warnings).toEqual([
      expect.stringMatching(/^newsbot: skipped bad\.json: is not valid JSON/),
      'newsbot: skipped empty.md: is empty',
      expect.stringMatching(/^newsbot: skipped feed\.jsonl: line 2 is not valid JSON/),
    ]);
    expect(library.documents[0].facts.sentences.length).toBeGreaterThan(0);
  });

  it('fails with a newsbot: message when the folder does not exist', () => {
    expect(() => openLibrary({ corpusDir: path.join(tempDir(), 'missing'), cacheDir: null })).toThrow(
      /^newsbot: cannot read the corpus folder .*missing \(ENOENT\)$/,
    );
  });

  it('gives the same facts from a cold run, the snapshot, the fact cache and over corrupted caches', () => {
    const corpusDir = corpusOf({ 'a.txt': 'Talks set\n\n"We agree," Lavrov said on Friday.' });
    const cacheDir = tempDir();
    const open = () => openLibrary({ corpusDir, cacheDir }).documents;
    const cold = open();
    const [snapshot] = fs.readdirSync(path.join(cacheDir, 'library')).map((f) => path.join(cacheDir, 'library', f));
    const [entry] = fs
      .readdirSync(path.join(cacheDir, 'facts'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join(cacheDir, 'facts', f));
    const written = fs.readFileSync(entry, 'utf8');

    expect(open()).toEqual(cold);
    fs.writeFileSync(snapshot, '{"version":');
    expect(open()).toEqual(cold);
    fs.writeFileSync(entry, written.slice(0, 40));
    fs.utimesSync(path.join(corpusDir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
    expect(open()).toEqual(cold);
    expect(fs.readFileSync(entry, 'utf8')).toBe(written);
  });

  it('reads a changed file again instead of trusting the snapshot', () => {
    const corpusDir = corpusOf({ 'a.txt': 'Old title\n\nOld body.' });
    const cacheDir = tempDir();
    openLibrary({ corpusDir, cacheDir });
    fs.writeFileSync(path.join(corpusDir, 'a.txt'), 'New title\n\nNew body, longer.');
    fs.writeFileSync(path.join(corpusDir, 'b.txt'), 'Second\n\nAnother.');
    const titles = openLibrary({ corpusDir, cacheDir }).documents.map((d) => d.article.title);
    expect(titles).toEqual(['New title', 'Second']);
  });
});

describe('refreshLibrary', () => {
  const linked = {
    'a.txt': 'Talks\n\nForeign Minister Greta Holm arrived in Oslo.',
    'b.txt': 'Later\n\nThe talks went well, Holm said.',
  };
  // [what is added]: a second full name unlinks the lone one; another lone name is linked
  const added: Record<string, string>[] = [
    { 'c.txt': 'Bergen\n\nErik Holm arrived in Bergen.' },
    { 'c.txt': 'More\n\nHolm left, she said.' },
    { 'c.txt': 'Weather\n\nIt rained all day.' },
  ];
  const write = (corpusDir: string, files: Record<string, string>): void => {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(corpusDir, name), content);
  };

  for (const files of added) {
    it(`takes in ${Object.values(files)[0].split('\n')[0]} as a fresh load does`, async () => {
      const corpusDir = corpusOf(linked);
      const library = openLibrary({ corpusDir, cacheDir: tempDir() });
      write(corpusDir, files);
      const refreshed = await refreshLibrary(library, { corpusDir, cacheDir: null });
      expect(refreshed?.documents).toEqual(openLibrary({ corpusDir, cacheDir: null }).documents);
    });

    it(`gives the same after prepareForChanges on a library read from its snapshot (${Object.keys(files)})`, async () => {
      const corpusDir = corpusOf(linked);
      const cacheDir = tempDir();
      openLibrary({ corpusDir, cacheDir });
      const plain = openLibrary({ corpusDir, cacheDir });
      const prepared = openLibrary({ corpusDir, cacheDir });
      prepareForChanges(prepared);
      write(corpusDir, files);
      const expected = (await refreshLibrary(plain, { corpusDir, cacheDir: null }))?.documents;
      expect((await refreshLibrary(prepared, { corpusDir, cacheDir: null }))?.documents).toEqual(expected);
    });
  }
});
