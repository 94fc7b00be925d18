import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AsPlainObject } from 'minisearch';
import { writeFileAtomic } from '../cache/atomic-write.js';

/** What the snapshot remembers of one article, to tell which articles changed since it was written. */
export interface SnapshotArticle {
  id: string;
  /** Hash of the article's index documents. */
  fingerprint: string;
  /** Its sentence ids are `id#0` ... `id#(sentences - 1)`. */
  sentences: number;
}

export interface Snapshot {
  /**
   * The key of the library the index was made from (see `libraryKey`): a library with the same key has the
   * same index documents, so the snapshot is taken as it is. Null when the library had none.
   */
  library: string | null;
  articles: SnapshotArticle[];
  /** How many sentences hold each term (see `TermFrequencies`). */
  frequencies: [string, number][];
  index: AsPlainObject;
}

interface SnapshotFile extends Snapshot {
  format: number;
  code: string;
}

const FORMAT = 2;
/** Snapshots of other corpora kept besides the current one (the eval harness makes a new corpus each run). */
const KEEP_SNAPSHOTS = 8;

let codeVersion: string | undefined;

/** A fingerprint of the index code (terms, stop words, fields): a snapshot made by other code is stale. */
function indexCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(dir).sort()) {
    hash.update(name);
    hash.update(fs.readFileSync(path.join(dir, name)));
  }
  codeVersion = hash.digest('hex').slice(0, 16);
  return codeVersion;
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24);
}

/** The snapshot file of a corpus folder, inside the cache folder. */
export function snapshotFile(cacheDir: string, corpusDir: string): string {
  return path.join(cacheDir, 'index', `${fingerprint(path.resolve(corpusDir))}.json`);
}

/** The snapshot in `file`, or null when it is missing, unreadable or written by other index code. */
export function readSnapshot(file: string): Snapshot | null {
  let parsed: SnapshotFile;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as SnapshotFile;
  } catch {
    return null;
  }
  const valid =
    parsed?.format === FORMAT &&
    parsed.code === indexCodeVersion() &&
    Array.isArray(parsed.articles) &&
    Array.isArray(parsed.frequencies) &&
    Array.isArray(parsed.index?.index);
  if (!valid) return null;
  const { library, articles, frequencies, index } = parsed;
  return { library: typeof library === 'string' ? library : null, articles, frequencies, index };
}

/** Writes the snapshot atomically, then drops the oldest snapshots of other corpora. */
export function writeSnapshot(file: string, snapshot: Snapshot): void {
  const content: SnapshotFile = { format: FORMAT, code: indexCodeVersion(), ...snapshot };
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
  for (const old of others.slice(KEEP_SNAPSHOTS)) fs.rmSync(old.full, { force: true });
}
