import path from 'node:path';
import type { Article, SkippedFile } from './article.js';
import { csvRows } from './csv-file.js';
import { feedObjects } from './feed-file.js';
import { parseHtmlArticle } from './html-article.js';
import { articleFromObject, articleObjects } from './json-article.js';
import { parseTextArticle } from './text-article.js';

/** What one corpus file gave: its articles, and a warning for each part that could not be read. */
export interface FileReadResult {
  articles: Article[];
  skipped: SkippedFile[];
}

/** Larger text is cut here (with a warning): no news article is this long, and the NLP cost is linear. */
export const MAX_ARTICLE_CHARS = 2_000_000;

export const ARTICLE_EXTENSIONS = [
  '.txt',
  '.md',
  '.json',
  '.jsonl',
  '.html',
  '.htm',
  '.csv',
  '.rss',
  '.atom',
  '.xml',
] as const;

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** NUL bytes or many replacement characters: not text. */
function looksBinary(bytes: Uint8Array, text: string): boolean {
  if (bytes.subarray(0, 8192).includes(0)) return true;
  let replaced = 0;
  for (let i = 0; i < Math.min(text.length, 8192); i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
  return replaced > 16 && replaced > Math.min(text.length, 8192) * 0.05;
}

/** The article id of a .txt/.md file: its name without the extension. */
export function fileId(file: string): string {
  return path.basename(file, path.extname(file));
}

/**
 * Parses one corpus file's bytes. `file` is its path relative to the corpus folder (used for ids and
 * messages). Never throws: a file that is not an article comes back as a skipped entry with the reason.
 */
export function parseCorpusFile(file: string, bytes: Uint8Array): FileReadResult {
  const extension = path.extname(file).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) {
    return skip(
      file,
      `not an article file (${extension || 'no extension'}; expected ${ARTICLE_EXTENSIONS.join(', ')})`,
    );
  }
  if (bytes.length === 0) return skip(file, 'is empty');
  const text = decoder.decode(bytes);
  if (looksBinary(bytes, text)) return skip(file, 'is binary, not UTF-8 text');
  if (extension === '.json') return parseJsonFile(file, text);
  if (extension === '.jsonl') return parseJsonLinesFile(file, text);
  if (extension === '.html' || extension === '.htm') return parseHtmlFile(file, text);
  if (extension === '.csv') return parseCsvFile(file, text);
  if (extension === '.rss' || extension === '.atom' || extension === '.xml') return parseFeedFile(file, text);
  return parseTextFile(file, text);
}

/** A parser's message fit for a one-line warning: no line breaks, no long echo of the input. */
function oneLine(error: unknown): string {
  const message = (error as Error).message.replace(/\s+/g, ' ').trim();
  return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}

function skip(file: string, reason: string): FileReadResult {
  return { articles: [], skipped: [{ file, reason }] };
}

function capped(file: string, article: Article, skipped: SkippedFile[]): Article {
  if (article.text.length <= MAX_ARTICLE_CHARS) return article;
  skipped.push({
    file,
    reason: `article ${article.id} is longer than ${MAX_ARTICLE_CHARS} characters; the rest is cut`,
  });
  return { ...article, text: article.text.slice(0, MAX_ARTICLE_CHARS) };
}

function parseTextFile(file: string, text: string): FileReadResult {
  const article = parseTextArticle(fileId(file), file, text);
  if (!article) return skip(file, 'holds no text');
  const skipped: SkippedFile[] = [];
  return { articles: [capped(file, article, skipped)], skipped };
}

function parseHtmlFile(file: string, text: string): FileReadResult {
  const article = parseHtmlArticle(fileId(file), file, text);
  if (!article) return skip(file, 'holds no article text');
  const skipped: SkippedFile[] = [];
  return { articles: [capped(file, article, skipped)], skipped };
}

/** A table with a header row, one article a row (named `FILE#N` without an id column, N from 1). */
function parseCsvFile(file: string, text: string): FileReadResult {
  const table = csvRows(text);
  if ('error' in table) return skip(file, `is not a readable CSV table (${oneLine(table.error)})`);
  const result: FileReadResult = { articles: [], skipped: [] };
  table.rows.forEach((row, i) => {
    addObject(result, file, row, i + 1, `row ${i + 1}`);
  });
  if (table.rows.length === 0) result.skipped.push({ file, reason: 'holds no rows under its header' });
  return result;
}

/** An RSS or Atom feed, one article an item (named `FILE#N` without a guid or id, N from 1). */
function parseFeedFile(file: string, text: string): FileReadResult {
  const objects = feedObjects(text);
  if (objects === null) return skip(file, 'is not an RSS or Atom feed');
  const result: FileReadResult = { articles: [], skipped: [] };
  objects.forEach((object, i) => {
    addObject(result, file, object, i + 1, `item ${i + 1}`);
  });
  if (objects.length === 0) result.skipped.push({ file, reason: 'holds no items' });
  return result;
}

function parseJsonFile(file: string, text: string): FileReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return skip(file, `is not valid JSON (${oneLine(error)})`);
  }
  const { objects, listed } = articleObjects(value);
  const result: FileReadResult = { articles: [], skipped: [] };
  objects.forEach((object, i) => {
    addObject(result, file, object, i + 1, listed ? `item ${i + 1}` : '');
  });
  if (objects.length === 0) result.skipped.push({ file, reason: 'holds an empty array' });
  return result;
}

function parseJsonLinesFile(file: string, text: string): FileReadResult {
  const result: FileReadResult = { articles: [], skipped: [] };
  let n = 0;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    n++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      result.skipped.push({ file, reason: `line ${i + 1} is not valid JSON (${oneLine(error)})` });
      return;
    }
    addObject(result, file, value, n, `line ${i + 1}`);
  });
  if (n === 0) result.skipped.push({ file, reason: 'holds no JSON lines' });
  return result;
}

function addObject(result: FileReadResult, file: string, object: unknown, n: number, where: string): void {
  const read = articleFromObject(object, file, `${fileId(file)}#${n}`);
  if ('reason' in read) {
    result.skipped.push({ file, reason: where ? `${where} ${read.reason}` : read.reason });
    return;
  }
  result.articles.push(capped(file, read.article, result.skipped));
}
