import { createHash } from 'node:crypto';
import { decodeInt32Array, decodeUint16Array, encodeTypedArray } from '../../cache/typed-arrays.js';

/**
 * Tags worked out ahead of questions (see tag-ahead.ts), by sentence text: what `tagText` reads instead of
 * running the tagger. A text is known by a digest of it, so a store serves any library holding the text, and
 * each word's tags by the number of its tag set (a few thousand distinct sets tag a whole corpus).
 */

/** Characters of a text's digest (base64 of SHA-1: 96 bits). */
const KEY_LENGTH = 16;
/** Tag set numbers are stored in 16 bits. */
const MAX_SETS = 0xffff;

const setNumbers = new Map<string, number>();
const sets: ReadonlySet<string>[] = [];
const setLists: string[][] = [];
/** Each text's digest to its words' tag set numbers. */
const entries = new Map<string, Uint16Array>();

function keyOf(text: string): string {
  return createHash('sha1').update(text).digest('base64').slice(0, KEY_LENGTH);
}

/** The number of a tag set (its tags sorted), null once the numbers are used up. */
function setNumber(tags: readonly string[]): number | null {
  const joined = tags.join(',');
  let number = setNumbers.get(joined);
  if (number === undefined) {
    if (sets.length >= MAX_SETS) return null;
    number = sets.length;
    setNumbers.set(joined, number);
    sets.push(new Set(tags));
    setLists.push([...tags]);
  }
  return number;
}

/** The stored tags of each word of `text`, or null when none are stored. */
export function storedTags(text: string): ReadonlySet<string>[] | null {
  if (entries.size === 0) return null;
  const numbers = entries.get(keyOf(text));
  return numbers ? Array.from(numbers, (n) => sets[n]) : null;
}

export function hasStoredTags(text: string): boolean {
  return entries.has(keyOf(text));
}

/** Stores the tags of each word of `text` (each list sorted, as `tagListsOf` gives them). */
export function storeTags(text: string, tags: readonly (readonly string[])[]): void {
  const numbers = new Uint16Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const number = setNumber(tags[i]);
    if (number === null) return;
    numbers[i] = number;
  }
  entries.set(keyOf(text), numbers);
}

/** How many texts have stored tags. */
export function storedTexts(): number {
  return entries.size;
}

/** Forgets every stored tag (for tests). */
export function forgetStoredTags(): void {
  entries.clear();
}

/**
 * Stored tags as JSON holds them: the texts' digests end to end, each text's word count, every word's tag
 * set number (typed arrays in base64), and the sets.
 */
export interface SavedTags {
  keys: string;
  counts: string;
  numbers: string;
  sets: string[][];
}

/** The stored tags of those of `texts` that have them, to be saved. */
export function saveTags(texts: Iterable<string>): SavedTags {
  const keys: string[] = [];
  const runs: Uint16Array[] = [];
  for (const key of new Set(Array.from(texts, keyOf))) {
    const numbers = entries.get(key);
    if (!numbers) continue;
    keys.push(key);
    runs.push(numbers);
  }
  const counts = Int32Array.from(runs, (r) => r.length);
  const numbers = new Uint16Array(counts.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const run of runs) {
    numbers.set(run, at);
    at += run.length;
  }
  return { keys: keys.join(''), counts: encodeTypedArray(counts), numbers: encodeTypedArray(numbers), sets: setLists };
}

const isSetList = (value: unknown): value is string[][] =>
  Array.isArray(value) &&
  value.length <= MAX_SETS &&
  value.every((set) => Array.isArray(set) && set.every((tag) => typeof tag === 'string'));

/** Adds saved tags to the store; returns how many texts it added, 0 when `saved` is not whole. */
export function loadTags(saved: unknown): number {
  const s = saved as Partial<SavedTags> | null;
  if (!s || typeof s.keys !== 'string' || !isSetList(s.sets)) return 0;
  const counts = decodeInt32Array(s.counts);
  const numbers = decodeUint16Array(s.numbers);
  if (!counts || !numbers || s.keys.length !== counts.length * KEY_LENGTH) return 0;
  if (counts.some((c) => c < 0) || counts.reduce((a, b) => a + b, 0) !== numbers.length) return 0;
  if (numbers.some((n) => n >= (s.sets as string[][]).length)) return 0;
  const own = s.sets.map((tags) => setNumber(tags));
  if (own.includes(null)) return 0;
  let at = 0;
  let added = 0;
  for (let i = 0; i < counts.length; i++) {
    const key = s.keys.slice(i * KEY_LENGTH, (i + 1) * KEY_LENGTH);
    const run = numbers.subarray(at, at + counts[i]);
    at += counts[i];
    if (entries.has(key)) continue;
    entries.set(
      key,
      run.map((n) => own[n] as number),
    );
    added++;
  }
  return added;
}
