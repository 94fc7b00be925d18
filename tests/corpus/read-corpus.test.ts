import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listCorpusFiles, readCorpusFile, uniqueArticles } from '../../src/corpus/read-corpus.js';

const folders: string[] = [];
function corpusOf(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-corpus-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('reading a corpus folder', () => {
  it('lists files in sub-folders but not in dot-folders, and no dot-files', () => {
    const dir = corpusOf({ 'b.txt': 'B', 'sub/a.md': 'A', '.git/x.txt': 'X', '.DS_Store': '', 'sub/.hidden.txt': 'H' });
    expect(listCorpusFiles(dir)).toEqual(['b.txt', path.join('sub', 'a.md')]);
  });

  it('reads the seeds: one header-less article and one with a header', () => {
    const seeds = listCorpusFiles('seeds').map((file) => readCorpusFile('seeds', file));
    expect(seeds.map((f) => f.articles[0].id)).toEqual(['000_58b9108ddbc716e4', '001_b1c9cb2b70b6979d']);
    expect(seeds.map((f) => f.articles[0].date)).toEqual([null, '2015-12-17']);
    expect(seeds[0].articles[0].title).toBe('Syria talks to go ahead on Friday in New York: Lavrov, Kerry');
  });

  it('turns a file that vanished into a skipped entry', () => {
    const dir = corpusOf({});
    expect(readCorpusFile(dir, 'gone.txt').skipped).toEqual([{ file: 'gone.txt', reason: 'cannot be read (ENOENT)' }]);
  });

  it('gives a repeated id a suffix and says so, losing no article', () => {
    const dir = corpusOf({ 'a.jsonl': '{"id":"x","body":"one"}\n', 'b.json': '{"id":"x","body":"two"}' });
    const files = listCorpusFiles(dir).map((f) => readCorpusFile(dir, f));
    const { articles, renamed } = uniqueArticles(files);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ['x', 'one'],
      ['x~2', 'two'],
    ]);
    expect(renamed).toEqual([{ file: 'b.json', reason: 'article id x is already used by a.jsonl; read as x~2' }]);
  });
});
