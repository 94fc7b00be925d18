import { createHash } from 'node:crypto';
import type { AsPlainObject } from 'minisearch';
import { readSnapshotFile, writeSnapshotFile } from '../cache/snapshot-file.js';
import { sourceVersion } from '../cache/version.js';

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

/** The index code (terms, stop words, fields): a snapshot made by other code is stale. */
const INDEX_CODE = ['index'];

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24);
}

/** The snapshot in `file`, or null when it is missing, unreadable or written by other index code. */
export function readSnapshot(file: string): Snapshot | null {
  const parsed = readSnapshotFile(file) as SnapshotFile | null;
  const valid =
    parsed?.format === FORMAT &&
    parsed.code === sourceVersion(INDEX_CODE) &&
    Array.isArray(parsed.articles) &&
    Array.isArray(parsed.frequencies) &&
    Array.isArray(parsed.index?.index);
  if (!valid) return null;
  const { library, articles, frequencies, index } = parsed;
  return { library: typeof library === 'string' ? library : null, articles, frequencies, index };
}

/** Writes the snapshot atomically, then drops the oldest snapshots of other corpora. */
export function writeSnapshot(file: string, snapshot: Snapshot): void {
  const content: SnapshotFile = { format: FORMAT, code: sourceVersion(INDEX_CODE), ...snapshot };
  writeSnapshotFile(file, content);
}
