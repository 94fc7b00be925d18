import fs from 'node:fs';
import path from 'node:path';
import type { ArticleFacts } from '../nlp/facts.js';
import { writeFileAtomic } from './atomic-write.js';
import { extractionVersion } from './version.js';

interface CacheEntry {
  version: string;
  hash: string;
  facts: ArticleFacts[];
}

/**
 * Extracted facts on disk, one file per corpus file, keyed by the hash of the file's bytes and stamped with
 * the extraction code's version. A missing, truncated, corrupt or stale entry reads as a miss.
 */
export class FactCache {
  readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'facts');
  }

  private fileOf(hash: string): string {
    return path.join(this.dir, hash.slice(0, 2), `${hash}.json`);
  }

  /** The facts of each article of the file with this hash, or null on a miss. */
  get(hash: string, articleCount: number): ArticleFacts[] | null {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(fs.readFileSync(this.fileOf(hash), 'utf8')) as CacheEntry;
    } catch {
      return null;
    }
    const fresh = entry?.version === extractionVersion() && entry.hash === hash;
    return fresh && Array.isArray(entry.facts) && entry.facts.length === articleCount ? entry.facts : null;
  }

  set(hash: string, facts: ArticleFacts[]): void {
    const entry: CacheEntry = { version: extractionVersion(), hash, facts };
    writeFileAtomic(this.fileOf(hash), JSON.stringify(entry));
  }
}
