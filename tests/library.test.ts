import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../src/library.js';

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

  it('gives the same facts from a cold run, a warm run and a run over a corrupted cache', () => {
    const corpusDir = corpusOf({ 'a.txt': 'Talks set\n\n"We agree," Lavrov said on Friday.' });
    const cacheDir = tempDir();
    const cold = openLibrary({ corpusDir, cacheDir });
    const cached = fs.readdirSync(path.join(cacheDir, 'facts'), { recursive: true }).map(String);
    const entries = cached.filter((f) => f.endsWith('.json'));
    expect(entries).toHaveLength(1);
    expect(openLibrary({ corpusDir, cacheDir }).documents).toEqual(cold.documents);
    const entry = path.join(cacheDir, 'facts', entries[0]);
    const written = fs.readFileSync(entry, 'utf8');
    fs.writeFileSync(entry, written.slice(0, 40));
    expect(openLibrary({ corpusDir, cacheDir }).documents).toEqual(cold.documents);
    expect(fs.readFileSync(entry, 'utf8')).toBe(written);
  });
});
