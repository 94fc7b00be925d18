import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

/** Snapshots of other corpus folders kept besides the current one's (the eval harness makes a new corpus each run). */
const KEEP_OTHERS = 8;

/** The snapshot file of one corpus folder for one part of the cache (`library`, `index`, `quotes`...). */
export function snapshotPath(cacheDir: string, part: string, corpusDir: string): string {
  const key = createHash('sha256').update(path.resolve(corpusDir)).digest('hex').slice(0, 24);
  return path.join(cacheDir, part, `${key}.json`);
}

/** The parsed content of a snapshot file, or null when it is missing or not JSON; the caller checks its shape. */
export function readSnapshotFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/**
 * Writes one corpus folder's snapshot atomically, then drops the oldest snapshots of other corpus folders in
 * the same cache folder, so a cache used over many corpora does not grow without end.
 */
export function writeSnapshotFile(file: string, content: unknown): void {
  writeFileAtomic(file, JSON.stringify(content));
  const dir = path.dirname(file);
  const others = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json') && path.join(dir, name) !== file)
    .map((name) => {
      const full = path.join(dir, name);
      return { full, time: fs.statSync(full, { throwIfNoEntry: false })?.mtimeMs ?? 0 };
    })
    .sort((a, b) => b.time - a.time);
  for (const old of others.slice(KEEP_OTHERS)) fs.rmSync(old.full, { force: true });
}
