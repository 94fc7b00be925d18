import nlp from 'compromise';
import { termsOf } from '../../index/terms.js';

/** A word with its offsets, compromise's part-of-speech tags and its index term. */
export interface TaggedWord {
  raw: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Index term (stemmed), null for a stop word. */
  term: string | null;
  /** Punctuation and space before and after the word. */
  pre: string;
  post: string;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Sentences tagged lately: a story's sentences come up again for each of its questions. */
const CACHE_SIZE = 4000;
const cache = new Map<string, TaggedWord[]>();

function tag(text: string): TaggedWord[] {
  const sentences = nlp(text).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  return sentences.flatMap((s) =>
    s.terms
      .filter((t) => t.text !== '' && text.slice(t.offset.start, t.offset.start + t.offset.length) === t.text)
      .map((t) => ({
        raw: t.text,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        tags: new Set(t.tags),
        term: termsOf(t.text)[0] ?? null,
        pre: t.pre,
        post: t.post,
      })),
  );
}

/** The words of `text` with their tags; offsets are shifted by `offset` (the text's place in its article). */
export function tagText(text: string, offset = 0): TaggedWord[] {
  let words = cache.get(text);
  if (!words) {
    words = tag(text);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(text, words);
  }
  return offset === 0 ? words : words.map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
}

export const isCapitalised = (word: TaggedWord): boolean => /^\p{Lu}/u.test(word.raw);
