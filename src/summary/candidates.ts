import type { Span } from '../corpus/article.js';

/** A sentence that may go into a summary, trimmed for reading. Offsets index the article's text. */
export interface Candidate extends Span {
  /** Index of the article in `library.documents`. */
  doc: number;
  /** Index of the sentence in the article's facts. */
  sentence: number;
  /** The sentence on one line, without a dateline. */
  text: string;
  /** Rank among the article's body sentences (0 for its lead). */
  position: number;
}

interface SkipRule {
  id: string;
  skip(text: string, wordCount: number): boolean;
}

/** Shortest and longest sentence worth a summary line, in words. */
const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** A longer sentence crowds out others in a five-line summary. */
export const MAX_CANDIDATE_CHARS = 320;

/**
 * Sentences a summary leaves out even when central. Order does not matter (any match skips); cheapest
 * first.
 */
const SKIP_RULES: SkipRule[] = [
  // "Pictured here." / a sentence-splitting fragment
  { id: 'too-short', skip: (_text, n) => n < MIN_WORDS },
  // a paragraph-long run-on or a table row
  { id: 'too-long', skip: (text, n) => n > MAX_WORDS || text.length > MAX_CANDIDATE_CHARS },
  // "What happens now?" reports no fact
  { id: 'question', skip: (text) => /\?["'”’)]*$/.test(text) },
  // "and the rest followed." (a fragment left by a bad split)
  { id: 'lowercase-start', skip: (text) => /^["'“‘(]?\p{Ll}/u.test(text) },
  // "Related stories from around the web" without a full stop: a heading or link, not prose
  { id: 'no-final-stop', skip: (text) => !/[.!…]["'”’)]*$/.test(text) },
];

/** The id of the first skip rule a sentence meets, or null when it may go into a summary. */
export function skipReason(text: string, wordCount: number): string | null {
  return SKIP_RULES.find((rule) => rule.skip(text, wordCount))?.id ?? null;
}

/**
 * A dateline opening an article: words in capitals (two letters or more each), maybe a date and an agency,
 * then a dash or colon: "MOSCOW (AFP) - ", "RUSSIA : ", "LONDON, March 3 (Reuters) -- ".
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,4}(?:,[^-–—:()]{1,30})?\s*(?:\([^)]{1,30}\))?\s*(?:[-–—]{1,2}|:)\s+(?=\S)/u;

/** How many characters of an article's lead sentence are its dateline (0 for other sentences or none). */
export function datelineLength(text: string, position: number): number {
  return position === 0 ? (text.match(DATELINE)?.[0].length ?? 0) : 0;
}
