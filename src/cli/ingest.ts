import type { Newsbot } from '../newsbot.js';

/** What `newsbot ingest` did, for its one line (or JSON object) of output. */
export interface IngestReport {
  articles: number;
  sentences: number;
  quotes: number;
  skipped: number;
  seconds: number;
  cacheDir: string | null;
}

/**
 * `newsbot ingest`: reads the corpus, extracts what the cache lacks, builds the index and the quote book,
 * and leaves the snapshots in the cache folder — the job a large deployment runs once so that every bot
 * process (shard) starts from the snapshot instead of extracting again.
 */
export function runIngest(
  newsbot: Newsbot,
  options: { json: boolean; startedAt: number; cacheDir: string | null },
  write: (line: string) => void,
): void {
  newsbot.prepare();
  const documents = newsbot.library.documents;
  const report: IngestReport = {
    articles: documents.length,
    sentences: documents.reduce((n, d) => n + d.facts.sentences.length, 0),
    quotes: documents.reduce((n, d) => n + d.facts.quotes.length, 0),
    skipped: newsbot.skipped().length,
    seconds: Math.round((performance.now() - options.startedAt) / 10) / 100,
    cacheDir: options.cacheDir,
  };
  if (options.json) {
    write(JSON.stringify(report));
    return;
  }
  const where = report.cacheDir ? `snapshot in ${report.cacheDir}` : 'no cache (--no-cache)';
  write(
    `ingested ${report.articles} articles (${report.sentences} sentences, ${report.quotes} quotes; ` +
      `${report.skipped} files skipped) in ${report.seconds} s; ${where}`,
  );
}
