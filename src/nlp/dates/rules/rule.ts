import type { Reading } from '../resolve.js';

/**
 * One way of writing a time expression: a pattern that finds it in a sentence and an `extract` that reads
 * the match, or returns null when the words are not a time expression after all ("May" as a verb).
 * The whole match is the expression's span.
 */
export interface TimeRule {
  id: string;
  /** Global regex run over one sentence. */
  pattern: RegExp;
  extract: (m: RegExpExecArray) => Reading | null;
}

/** A global, case-insensitive regex from a source that starts at a word boundary and ends before no word character. */
export function words(source: string, flags = 'gi'): RegExp {
  return new RegExp(`\\b(?:${source})(?!\\w)`, flags);
}

/** The named group `name`, which the rule's pattern always has. */
export function group(m: RegExpExecArray, name: string): string {
  return m.groups?.[name] ?? '';
}

/** Unit words are written in lower case (or in an all-capitals headline); "This Week" is a show. */
export function isLowercase(word: string): boolean {
  return word === word.toLowerCase() || word === word.toUpperCase();
}

/** Whether a name (month, weekday) is written with a capital, as a date must be. */
export function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** Whether a word ends the text before it, mid-sentence: not after a sentence start, a colon or a quote mark. */
export function isMidSentence(before: string): boolean {
  return !/(?:^|[.!?:;"“(]|``)\s*$/.test(before);
}

/** Whether the text before ends with a capitalised word standing mid-sentence: "Holocaust Memorial Day". */
export function followsCapitalisedWord(before: string): boolean {
  const m = /\b[A-Z][A-Za-z]*\s+$/.exec(before);
  return m !== null && isMidSentence(before.slice(0, m.index));
}
