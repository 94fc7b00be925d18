import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article, SkippedFile } from './article.js';
import { parseCorpusFile } from './read-file.js';

/** One file of the corpus folder, with the hash of its bytes (the key of the fact cache). */
export interface CorpusFile {
  file: string;
  hash: string;
  articles: Article[];
  skipped: SkippedFile[];
}

/** A symbolic link to a file is read like the file; links to folders are not followed (no cycles). */
function isFileLink(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The files of a corpus folder, relative to it and sorted: every file, recursing into sub-folders but not
 * into dot-folders, and leaving out dot-files (`.DS_Store`, `.gitkeep`).
 */
export function listCorpusFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    const entries = fs.readdirSync(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = relative ? path.join(relative, entry.name) : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() || (entry.isSymbolicLink() && isFileLink(path.join(dir, child)))) files.push(child);
    }
  };
  walk('');
  return files.sort();
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** Reads and parses one file; a file that vanished or cannot be opened is a skipped entry. */
export function readCorpusFile(dir: string, file: string): CorpusFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { file, hash: '', articles: [], skipped: [{ file, reason: `cannot be read (${code})` }] };
  }
  return { file, hash: hashBytes(bytes), ...parseCorpusFile(file, bytes) };
}

/**
 * Gives every article a unique id: a later article whose id is taken becomes `ID~2`, `ID~3`... and a
 * warning says so, so no article is lost and no answer cites the wrong one.
 */
export function uniqueArticles(files: CorpusFile[]): { articles: Article[]; renamed: SkippedFile[] } {
  const firstFile = new Map<string, string>();
  const articles: Article[] = [];
  const renamed: SkippedFile[] = [];
  for (const { file, articles: ofFile } of files) {
    for (const article of ofFile) {
      let id = article.id;
      for (let n = 2; firstFile.has(id); n++) id = `${article.id}~${n}`;
      if (id !== article.id) {
        renamed.push({
          file,
          reason: `article id ${article.id} is already used by ${firstFile.get(article.id)}; read as ${id}`,
        });
      }
      firstFile.set(id, file);
      articles.push(id === article.id ? article : { ...article, id });
    }
  }
  return { articles, renamed };
}
