import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Library } from '../../src/library.js';

/** A fresh cache folder, removed by `removeCaches`. */
const folders: string[] = [];
export function cacheFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-derived-'));
  folders.push(dir);
  return dir;
}
export function removeCaches(): void {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A hand-made library with the stamps a library read from files has, so it has a key and gets snapshots. */
export function stamped(library: Library): Library {
  return { ...library, stamps: [{ file: 'fixture.txt', size: 1000, mtimeMs: 1 }] };
}

/** The one snapshot file of a part ("quotes", "summary") in a cache folder. */
export function snapshotFileOf(cacheDir: string, part: string): string {
  const dir = path.join(cacheDir, part);
  const files = fs.readdirSync(dir);
  if (files.length !== 1) throw new Error(`expected one snapshot in ${dir}, found ${files.length}`);
  return path.join(dir, files[0]);
}

/** Dates the file back, so that a rewrite shows in its modification time. */
export function ageFile(file: string): void {
  fs.utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
}

export function isAged(file: string): boolean {
  return fs.statSync(file).mtime.getFullYear() === 2000;
}

/** Ways a snapshot file goes bad: each must read as a miss. */
export const CORRUPTIONS: [string, (file: string) => void][] = [
  ['missing', (file) => fs.rmSync(file)],
  ['not JSON', (file) => fs.writeFileSync(file, 'not json {')],
  ['truncated', (file) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 200))],
  ['empty', (file) => fs.writeFileSync(file, '')],
  ['another library', (file) => rewrite(file, (s) => ({ ...s, library: 'another' }))],
  ['other code', (file) => rewrite(file, (s) => ({ ...s, code: 'other' }))],
  ['no data', (file) => rewrite(file, (s) => ({ ...s, data: null }))],
  ['data of another shape', (file) => rewrite(file, (s) => ({ ...s, data: [1, 2, 3] }))],
  ['fields of another type', (file) => rewrite(file, (s) => ({ ...s, data: mapFields(s.data, () => 7) }))],
  [
    'lists emptied',
    (file) => rewrite(file, (s) => ({ ...s, data: mapFields(s.data, (v) => (Array.isArray(v) ? [] : v)) })),
  ],
  [
    'numbers changed',
    (file) => rewrite(file, (s) => ({ ...s, data: JSON.parse(JSON.stringify(s.data).replace(/\d+/g, '99999')) })),
  ],
];

export type Stored = { library: unknown; code: unknown; data: Record<string, unknown> };

export function rewrite(file: string, change: (stored: Stored) => unknown): void {
  fs.writeFileSync(file, JSON.stringify(change(JSON.parse(fs.readFileSync(file, 'utf8')) as Stored)));
}

function mapFields(data: Record<string, unknown>, f: (value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, f(v)]));
}
