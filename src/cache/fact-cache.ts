import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../corpus/article.js';
import type { ArticleFacts } from '../nlp/facts.js';
import { writeFileAtomic } from './atomic-write.js';
import { extractionVersion } from './version.js';

interface CacheEntry {
  version: string;
  key: string;
  facts: ArticleFacts;
}

/**
 * The cache key of an article: a hash of everything extraction reads. Keyed by article rather than by file,
 * so one new line in a large JSONL feed re-extracts that article alone.
 */
export function articleKey(article: Article): string {
  const hash = createHash('sha256');
  for (const part of [article.text, String(article.bodyStart), article.title, article.date ?? '']) {
    hash.update(part);
    hash.update('\u0000');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Extracted facts on disk, one file per article, stamped with the extraction code's version. A missing,
 * truncated, corrupt or stale entry reads as a miss.
 */
export class FactCache {
  readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'facts');
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): ArticleFacts | null {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(fs.readFileSync(this.fileOf(key), 'utf8')) as CacheEntry;
    } catch {
      return null;
    }
    const fresh = entry?.version === extractionVersion() && entry.key === key;
    return fresh && typeof entry.facts === 'object' && entry.facts !== null ? entry.facts : null;
  }

  set(key: string, facts: ArticleFacts): void {
    const entry: CacheEntry = { version: extractionVersion(), key, facts };
    writeFileAtomic(this.fileOf(key), JSON.stringify(entry));
  }
}
