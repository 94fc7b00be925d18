import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The folders whose code decides what is extracted; cached facts from other code are stale. */
const EXTRACTION_CODE = ['corpus', 'nlp'];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

let cached: string | undefined;

/**
 * A fingerprint of the extraction code. Cached facts carry it, so changing a rule invalidates them without
 * anyone remembering to bump a number.
 */
export function extractionVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const folder of EXTRACTION_CODE) {
    for (const file of sourceFiles(path.join(SRC, folder))) {
      hash.update(path.relative(SRC, file));
      hash.update(fs.readFileSync(file));
    }
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
