import { stemmer } from 'stemmer';
import { baseForm } from './lemmas.js';
import { STOP_WORDS } from './stop-words.js';

/** A word of a text and the index term it stands for (null for a stop word). */
export interface Token {
  raw: string;
  start: number;
  end: number;
  term: string | null;
}

/**
 * Words as the index sees them, tried in this order at each position: a number with thousands separators or
 * a decimal point ("250,000", "3.5") as one word; an acronym with dots ("U.S.") as one word; else a run of
 * letters and digits with an optional apostrophe ending ("Syria's", "don't").
 */
const WORD = /\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}])|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** Splits a text into words (MiniSearch's `tokenize`). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words whose term is known; past this many the memo starts over (the vocabulary of news is a few tens of thousands). */
const MEMO_SIZE = 50_000;
const memo = new Map<string, string | null>();

/**
 * The index term of a word (MiniSearch's `processTerm`), or null to leave it out: lowercased, possessive
 * dropped, irregular verbs to their base form, then stemmed. An all-capitals word is never a stop word, so
 * "US" and "WHO" stay while "us" and "who" go. Remembered: the same words come up again and again.
 */
export function processTerm(word: string): string | null {
  let term = memo.get(word);
  if (term === undefined) {
    term = termOf(word);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(word, term);
  }
  return term;
}

function termOf(word: string): string | null {
  const isNumber = /^\p{N}/u.test(word);
  const bare = isNumber ? word.replace(/,/g, '') : word.replace(/\./g, '');
  if (bare.length < 2 && !isNumber) return null;
  const lower = bare.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (!/^\p{Lu}{2,}$/u.test(bare) && STOP_WORDS.has(lower)) return null;
  if (isNumber) return lower;
  // a capitalised word is a name more often than a verb: "Ji-Won" is not "win"
  return stemmer(/^\p{Lu}/u.test(bare) ? lower : baseForm(lower));
}

/** The index terms of a text, in order, stop words left out. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenize(text)) {
    const term = processTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}

/** Every word of a text with its offsets (relative to `text`, plus `offset`) and its term. */
export function tokensOf(text: string, offset = 0): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    const start = offset + (m.index as number);
    return { raw: m[0], start, end: start + m[0].length, term: processTerm(m[0]) };
  });
}
