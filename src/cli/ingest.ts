import os from 'node:os';
import type { Newsbot } from '../newsbot.js';

/** What `newsbot ingest` did, for its one line (or JSON object) of output. */
export interface IngestReport {
  articles: number;
  sentences: number;
  quotes: number;
  skipped: number;
  /** The whole job. */
  seconds: number;
  /** Of which tagging every sentence ahead (see `Newsbot.tagAhead`); null without a cache folder to keep the tags. */
  tagSeconds: number | null;
  cacheDir: string | null;
}

/** Worker threads tagging ahead: every core but the one this thread uses to store their tags. */
export const ingestThreads = (): number => Math.max(1, os.availableParallelism() - 1);

const secondsSince = (start: number): number => Math.round((performance.now() - start) / 10) / 100;

/**
 * `newsbot ingest`: reads the corpus, extracts what the cache lacks, builds the index and the quote book,
 * tags the sentences ahead on every core, and leaves the snapshots in the cache folder — the job a large
 * deployment runs once so that every bot process (shard) starts from the snapshot instead of extracting again.
 */
export async function runIngest(
  newsbot: Newsbot,
  options: { json: boolean; startedAt: number; cacheDir: string | null },
  write: (line: string) => void,
): Promise<void> {
  // tags kept nowhere would be lost with this process; tagged before the index and the rest are built, the
  // worker's memory comes on top of the articles' alone
  const tagStart = performance.now();
  const tagged = options.cacheDir ? await newsbot.tagAhead(ingestThreads()) : null;
  const tagSeconds = tagged ? secondsSince(tagStart) : null;
  newsbot.prepare();
  const documents = newsbot.library.documents;
  const report: IngestReport = {
    articles: documents.length,
    sentences: documents.reduce((n, d) => n + d.facts.sentences.length, 0),
    quotes: documents.reduce((n, d) => n + d.facts.quotes.length, 0),
    skipped: newsbot.skipped().length,
    seconds: secondsSince(options.startedAt),
    tagSeconds,
    cacheDir: options.cacheDir,
  };
  if (options.json) {
    write(JSON.stringify(report));
    return;
  }
  const where = report.cacheDir ? `snapshot in ${report.cacheDir}` : 'no cache (--no-cache)';
  write(
    `ingested ${report.articles} articles (${report.sentences} sentences, ${report.quotes} quotes; ` +
      `${report.skipped} files skipped) in ${report.seconds} s` +
      (report.tagSeconds === null ? '' : ` (${report.tagSeconds} s of it tagging ahead)`) +
      `; ${where}`,
  );
}
