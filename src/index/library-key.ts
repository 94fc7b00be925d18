import { createHash } from 'node:crypto';
import { extractionVersion } from '../cache/version.js';
import type { Library } from '../library.js';

/** Keys already worked out: a library is not changed once read (a refresh makes a new one). */
const keys = new WeakMap<Library, string | null>();

/**
 * What pins down a library's index documents without building them: the extraction code, the stamps of the
 * corpus files (name, size, modification time) and the articles' ids and sentence counts. Two libraries with
 * the same key were read from the same files by the same code, as the library snapshot itself assumes. Null
 * for a library put together by hand (no stamps): its index is diffed article by article instead.
 */
export function libraryKey(library: Library): string | null {
  // the index, the quote book and the summarizer each ask for the same library's key
  const known = keys.get(library);
  if (known !== undefined) return known;
  const key = computeKey(library);
  keys.set(library, key);
  return key;
}

function computeKey(library: Library): string | null {
  if (!library.stamps) return null;
  const hash = createHash('sha256').update(extractionVersion()).update(JSON.stringify(library.stamps));
  for (const { article, facts } of library.documents) hash.update(`${article.id}#${facts.sentences.length}\n`);
  return hash.digest('hex').slice(0, 24);
}
