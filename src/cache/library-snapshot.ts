import fs from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../corpus/article.js';
import type { Document } from '../library.js';
import { readSnapshotFile, snapshotPath, writeSnapshotFile } from './snapshot-file.js';
import { extractionVersion } from './version.js';

/** What identifies a corpus file's content without reading it. */
export interface FileStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

/** The loaded library as it was, with the stamps of the files it was read from. */
export interface LibrarySnapshot {
  stamps: FileStamp[];
  documents: Document[];
  skipped: SkippedFile[];
  renamed: SkippedFile[];
}

interface SnapshotFile extends LibrarySnapshot {
  version: string;
  corpusDir: string;
}

/** The stamps of the corpus files; a file that vanished between listing and stat has none (never matches). */
export function stampFiles(dir: string, files: string[]): FileStamp[] {
  return files.map((file) => {
    const stat = fs.statSync(path.join(dir, file), { throwIfNoEntry: false });
    return { file, size: stat?.size ?? -1, mtimeMs: stat?.mtimeMs ?? -1 };
  });
}

/** Whether a file is as it was: same name, size and modification time (a missing stamp never matches). */
export function sameStamp(a: FileStamp | undefined, b: FileStamp): boolean {
  return a !== undefined && a.file === b.file && a.size === b.size && a.mtimeMs === b.mtimeMs && a.size >= 0;
}

export function sameStamps(a: FileStamp[], b: FileStamp[]): boolean {
  return a.length === b.length && a.every((s, i) => sameStamp(s, b[i]));
}

/**
 * The whole loaded library in one file per corpus folder: when no corpus file changed (same names, sizes and
 * modification times) and the extraction code is the same, a start reads this file and nothing else.
 */
export class LibrarySnapshots {
  private readonly file: string;

  constructor(
    cacheDir: string,
    private readonly corpusDir: string,
  ) {
    this.file = snapshotPath(cacheDir, 'library', corpusDir);
  }

  /** The snapshot when it matches these stamps, else null (missing, corrupt, stale or another corpus). */
  read(stamps: FileStamp[]): LibrarySnapshot | null {
    const parsed = readSnapshotFile(this.file) as SnapshotFile | null;
    const valid =
      parsed?.version === extractionVersion() &&
      parsed.corpusDir === path.resolve(this.corpusDir) &&
      Array.isArray(parsed.stamps) &&
      Array.isArray(parsed.documents) &&
      Array.isArray(parsed.skipped) &&
      Array.isArray(parsed.renamed) &&
      sameStamps(parsed.stamps, stamps);
    return valid ? parsed : null;
  }

  /** Writes the snapshot atomically, then drops the oldest snapshots of other corpus folders. */
  write(snapshot: LibrarySnapshot): void {
    const content: SnapshotFile = {
      version: extractionVersion(),
      corpusDir: path.resolve(this.corpusDir),
      ...snapshot,
    };
    writeSnapshotFile(this.file, content);
  }
}
