import { readSnapshotFile, snapshotPath, writeSnapshotFile } from './snapshot-file.js';
import { sourceVersion } from './version.js';

interface DerivedFile {
  library: string;
  code: string;
  data: unknown;
}

/**
 * What one part of newsbot derives from a whole library (the quote book's speakers, the summary's article
 * vectors), kept on disk so that a start over an unchanged library reads it instead of building it. One file
 * per corpus folder and part, stamped with the library's key (see `libraryKey`) and a fingerprint of the code
 * that derives it: another library, other code, or a missing or corrupt file reads as a miss.
 */
export class DerivedSnapshots {
  private readonly file: string;

  /** `part` names the folder in the cache; `code` the folders and files under src/ the data depends on. */
  constructor(
    cacheDir: string,
    part: string,
    corpusDir: string,
    private readonly code: readonly string[],
  ) {
    this.file = snapshotPath(cacheDir, part, corpusDir);
  }

  /** The data stored for this library by this code, or null; the caller checks its shape. */
  read(library: string): unknown {
    const parsed = readSnapshotFile(this.file) as DerivedFile | null;
    const fresh = parsed?.library === library && parsed.code === sourceVersion(this.code);
    return fresh ? parsed.data : null;
  }

  /** Stores the data for this library; a cache that cannot be written (read-only, full) only costs the next start. */
  write(library: string, data: unknown): void {
    const content: DerivedFile = { library, code: sourceVersion(this.code), data };
    try {
      writeSnapshotFile(this.file, content);
    } catch {
      // the snapshot is an optimisation: the data was just built and is in use
    }
  }
}
