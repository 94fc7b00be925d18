import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The folders whose code decides what is extracted; cached facts from other code are stale. */
const EXTRACTION_CODE = ['corpus', 'nlp'];

/** The source files of a folder or file under src/, sorted (none when it does not exist). */
function sourceFiles(part: string): string[] {
  const full = path.join(SRC, part);
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return [full];
  return fs
    .readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const versions = new Map<string, string>();

/**
 * A fingerprint of the code in some folders and files under src/ ("nlp", "citation.ts"): what a cache made
 * by that code carries, so changing a rule invalidates it without anyone remembering to bump a number.
 */
export function sourceVersion(parts: readonly string[]): string {
  const key = parts.join('\n');
  let version = versions.get(key);
  if (version === undefined) {
    const hash = createHash('sha256');
    for (const file of parts.flatMap(sourceFiles)) {
      hash.update(path.relative(SRC, file));
      hash.update(fs.readFileSync(file));
    }
    version = hash.digest('hex').slice(0, 16);
    versions.set(key, version);
  }
  return version;
}

/** A fingerprint of the extraction code: cached facts carry it. */
export function extractionVersion(): string {
  return sourceVersion(EXTRACTION_CODE);
}
