import { decodeInt32Array, decodeUint16Array, encodeTypedArray, withRoom } from '../../cache/typed-arrays.js';
import { type Digest, DigestTable, digestOf } from './digest-table.js';

/**
 * Sentences read ahead of questions (see tag-ahead.ts): each word's place and tags, what `tagText` reads
 * instead of running compromise's tokenizer and tagger. A text is known by a digest of it, so a store serves
 * any library holding the text, and a word's tags by the number of its tag set (a few thousand distinct sets
 * tag a whole corpus).
 */

/** A word as the tokenizer found it in its text, with the tagger's tags (sorted). */
export interface WordReading {
  start: number;
  length: number;
  /** Lengths of the punctuation and space before and after it. */
  pre: number;
  post: number;
  tags: readonly string[];
}

/** A stored word: its tags as one shared set. */
export type StoredWord = Omit<WordReading, 'tags'> & { tags: ReadonlySet<string> };

/** Tag set numbers, offsets and lengths are stored in 16 bits: a longer text is not stored. */
const MAX_SETS = 0xffff;
const MAX_LENGTH = 0xffff;
/** Numbers stored per word: tag set, start, length, pre, post. */
const FIELDS = 5;

const setNumbers = new Map<string, number>();
const sets: ReadonlySet<string>[] = [];

/**
 * Every stored word's numbers, end to end, and where each text's run starts and how long it is: one buffer
 * rather than an array per text, which a corpus has hundreds of thousands of for the collector to visit.
 */
let stored = new Uint16Array(1 << 16);
let used = 0;
let starts = new Int32Array(1 << 12);
let lengths = new Int32Array(1 << 12);
/** Each text's digest, numbered as its run. */
const entries = new DigestTable();

/** Stores a run of tag set numbers under a text's digest. */
function addRun(digest: Digest, run: ArrayLike<number>): void {
  const entry = entries.add(digest);
  stored = withRoom(stored, used + run.length);
  starts = withRoom(starts, entry + 1);
  lengths = withRoom(lengths, entry + 1);
  stored.set(run, used);
  starts[entry] = used;
  lengths[entry] = run.length;
  used += run.length;
}

const runOf = (entry: number): Uint16Array => stored.subarray(starts[entry], starts[entry] + lengths[entry]);

/** The number of a tag set (its tags sorted), null once the numbers are used up. */
function setNumber(tags: readonly string[]): number | null {
  const joined = tags.join(',');
  let number = setNumbers.get(joined);
  if (number === undefined) {
    if (sets.length >= MAX_SETS) return null;
    number = sets.length;
    setNumbers.set(joined, number);
    sets.push(new Set(tags));
  }
  return number;
}

/** The stored words of `text`, or null when it is not stored. */
export function storedWords(text: string): StoredWord[] | null {
  if (entries.size === 0) return null;
  const entry = entries.find(digestOf(text));
  if (entry < 0) return null;
  const run = runOf(entry);
  const words: StoredWord[] = [];
  let at = 0;
  for (let i = 0; i < run.length; i += FIELDS) {
    const word = { tags: sets[run[i]], start: run[i + 1], length: run[i + 2], pre: run[i + 3], post: run[i + 4] };
    // words in order inside the text, or the stored numbers are not this text's
    if (word.start - word.pre < at || word.start + word.length + word.post > text.length) return null;
    at = word.start + word.length + word.post;
    words.push(word);
  }
  return words;
}

export function hasStoredTags(text: string): boolean {
  return entries.find(digestOf(text)) >= 0;
}

/** Stores the words of `text` as `readingOf` gives them. */
export function storeWords(text: string, words: readonly WordReading[]): void {
  const digest = digestOf(text);
  if (entries.find(digest) >= 0 || text.length > MAX_LENGTH) return;
  const run: number[] = [];
  for (const word of words) {
    const number = setNumber(word.tags);
    if (number === null) return;
    run.push(number, word.start, word.length, word.pre, word.post);
  }
  addRun(digest, run);
}

/** How many texts are stored. */
export function storedTexts(): number {
  return entries.size;
}

/** Forgets every stored text (for tests). */
export function forgetStoredTags(): void {
  entries.clear();
  used = 0;
}

/**
 * Stored texts as JSON holds them: the texts' digests (three numbers each), how many numbers each text has,
 * every word's numbers (typed arrays in base64), and the tag sets.
 */
export interface SavedTags {
  keys: string;
  counts: string;
  numbers: string;
  sets: string[][];
}

/** Those of `texts` that are stored, to be saved. */
export function saveTags(texts: Iterable<string>): SavedTags {
  const kept = new Set<number>();
  for (const text of texts) {
    const entry = entries.find(digestOf(text));
    if (entry >= 0) kept.add(entry);
  }
  const keys = new Int32Array(3 * kept.size);
  const runs: Uint16Array[] = [];
  for (const entry of kept) {
    keys.set(entries.digest(entry), 3 * runs.length);
    runs.push(runOf(entry));
  }
  const counts = Int32Array.from(runs, (r) => r.length);
  const numbers = new Uint16Array(counts.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const run of runs) {
    numbers.set(run, at);
    at += run.length;
  }
  return {
    keys: encodeTypedArray(keys),
    counts: encodeTypedArray(counts),
    numbers: encodeTypedArray(numbers),
    sets: sets.map((set) => [...set]),
  };
}

const isSetList = (value: unknown): value is string[][] =>
  Array.isArray(value) &&
  value.length <= MAX_SETS &&
  value.every((set) => Array.isArray(set) && set.every((tag) => typeof tag === 'string'));

/** Adds saved texts to the store; returns how many it added, 0 when `saved` is not whole. */
export function loadTags(saved: unknown): number {
  const s = saved as Partial<SavedTags> | null;
  if (!s || !isSetList(s.sets)) return 0;
  const keys = decodeInt32Array(s.keys);
  const counts = decodeInt32Array(s.counts);
  const numbers = decodeUint16Array(s.numbers);
  if (!keys || !counts || !numbers || keys.length !== 3 * counts.length) return 0;
  if (counts.some((c) => c < 0 || c % FIELDS !== 0)) return 0;
  if (counts.reduce((a, b) => a + b, 0) !== numbers.length) return 0;
  const setCount = s.sets.length;
  if (numbers.some((n, i) => i % FIELDS === 0 && n >= setCount)) return 0;
  const own = s.sets.map((tags) => setNumber(tags));
  if (own.includes(null)) return 0;
  const renumbered = numbers.map((n, i) => (i % FIELDS === 0 ? (own[n] as number) : n));
  // a store loaded at a start takes the buffer as it is, rather than growing its own to copy it in
  if (entries.size === 0) stored = renumbered.length > stored.length ? renumbered : stored;
  let at = 0;
  let added = 0;
  for (let i = 0; i < counts.length; i++) {
    const digest: Digest = [keys[3 * i], keys[3 * i + 1], keys[3 * i + 2]];
    const run = renumbered.subarray(at, at + counts[i]);
    at += counts[i];
    if (entries.find(digest) >= 0) continue;
    addRun(digest, run);
    added++;
  }
  return added;
}
