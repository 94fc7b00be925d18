import type { SkippedFile } from '../corpus/article.js';
import type { ArticleInfo, Newsbot } from '../newsbot.js';

/** What `newsbot sources --json` prints: every loaded article, newest first, and every file skipped. */
export interface SourcesListing {
  articles: ArticleInfo[];
  skipped: SkippedFile[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * One article in two lines: `Title` / `  2015-12-17 (inferred) · AFP · 14 sentences · 5 quotes · ID (FILE)`.
 * The id is what `--article` takes; the file is named too when the id is not simply its name.
 */
function articleLines(article: ArticleInfo): string[] {
  const date = article.date === null ? 'undated' : `${article.date}${article.dateInferred ? ' (inferred)' : ''}`;
  const where = article.file.replace(/\.[^./]+$/, '') === article.id ? article.id : `${article.id} (${article.file})`;
  const details = [
    date,
    ...(article.source ? [article.source] : []),
    plural(article.sentences, 'sentence'),
    plural(article.quotes, 'quote'),
    where,
  ];
  return [article.title.trim() || '(untitled)', `  ${details.join(' · ')}`];
}

/**
 * The listing as a reader wants it: the articles newest first (the first `limit` of them, with how many
 * more there are), then the files skipped and why.
 */
export function readableSources(listing: SourcesListing, limit = Number.POSITIVE_INFINITY): string {
  const { articles, skipped } = listing;
  const lines = [
    articles.length === 0 ? 'No articles loaded.' : `${plural(articles.length, 'article')}, newest first:`,
    ...articles.slice(0, limit).flatMap((a) => ['', ...articleLines(a)]),
  ];
  if (articles.length > limit) lines.push('', `... and ${articles.length - limit} more`);
  if (skipped.length > 0) {
    lines.push('', `${plural(skipped.length, 'file')} skipped:`, ...skipped.map((s) => `  ${s.file}: ${s.reason}`));
  }
  return lines.join('\n');
}

/** `newsbot sources [--json]`. */
export function runSources(newsbot: Newsbot, options: { json: boolean }, write: (line: string) => void): void {
  const listing: SourcesListing = { articles: newsbot.articles(), skipped: newsbot.skipped() };
  write(options.json ? JSON.stringify(listing) : readableSources(listing));
}
