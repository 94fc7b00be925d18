import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DerivedSnapshots } from '../../src/cache/derived-snapshot.js';
import { cacheFolder, removeCaches } from './snapshot-fixture.js';

afterAll(removeCaches);

const DATA = { words: ['harbour', 'bridge'], counts: [3, 1] };

describe('derived snapshots', () => {
  it('gives back what was stored for the same library, corpus and code', () => {
    const cacheDir = cacheFolder();
    new DerivedSnapshots(cacheDir, 'part', '/corpus', ['quote']).write('library-1', DATA);
    expect(new DerivedSnapshots(cacheDir, 'part', '/corpus', ['quote']).read('library-1')).toEqual(DATA);
  });

  // [what differs, the snapshots read with, the library key read]
  const MISSES: [string, (cacheDir: string) => DerivedSnapshots, string][] = [
    ['another library', (dir) => new DerivedSnapshots(dir, 'part', '/corpus', ['quote']), 'library-2'],
    ['another corpus folder', (dir) => new DerivedSnapshots(dir, 'part', '/other', ['quote']), 'library-1'],
    ['another part', (dir) => new DerivedSnapshots(dir, 'other', '/corpus', ['quote']), 'library-1'],
    ['other code', (dir) => new DerivedSnapshots(dir, 'part', '/corpus', ['summary']), 'library-1'],
  ];
  for (const [name, open, library] of MISSES) {
    it(`reads nothing for ${name}`, () => {
      const cacheDir = cacheFolder();
      new DerivedSnapshots(cacheDir, 'part', '/corpus', ['quote']).write('library-1', DATA);
      expect(open(cacheDir).read(library)).toBeNull();
    });
  }

  it('keeps going when the cache cannot be written', () => {
    const cacheDir = cacheFolder();
    fs.writeFileSync(path.join(cacheDir, 'part'), 'a file where the folder would go');
    const snapshots = new DerivedSnapshots(cacheDir, 'part', '/corpus', ['quote']);
    expect(() => snapshots.write('library-1', DATA)).not.toThrow();
    expect(snapshots.read('library-1')).toBeNull();
  });
});
