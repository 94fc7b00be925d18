import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so readers see the old content or the new, never half of it: a temporary file in the same
 * folder, then a rename (atomic on POSIX file systems). Two writers at once each rename a whole file.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
