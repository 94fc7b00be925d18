import { createHash } from 'node:crypto';
import { extractionVersion } from '../cache/version.js';
import type { Library } from '../library.js';

/**
 * What pins down a library's index documents without building them: the extraction code, the stamps of the
 * corpus files (name, size, modification time) and the articles' ids and sentence counts. Two libraries with
 * the same key were read from the same files by the same code, as the library snapshot itself assumes. Null
 * for a library put together by hand (no stamps): its index is diffed article by article instead.
 */
export function libraryKey(library: Library): string | null {
  if (!library.stamps) return null;
  const hash = createHash('sha256').update(extractionVersion()).update(JSON.stringify(library.stamps));
  for (const { article, facts } of library.documents) hash.update(`${article.id}#${facts.sentences.length}\n`);
  return hash.digest('hex').slice(0, 24);
}
