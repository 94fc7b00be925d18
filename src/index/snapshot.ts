import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AsPlainObject } from 'minisearch';
import { readSnapshotFile, writeSnapshotFile } from '../cache/snapshot-file.js';

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
  const parsed = readSnapshotFile(file) as SnapshotFile | null;
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
  writeSnapshotFile(file, content);
}
