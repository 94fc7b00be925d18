import type { Statement } from './statements.js';

/** Month abbreviations read as the full month, so "Dec 18" and "December 18" compare equal. */
const MONTHS: Record<string, string> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

/** A shorter statement is the same as a longer one when this share of its words appear in it, in order. */
const SAME_WORDS_SHARE = 0.85;
/** Below this many words only an exact match counts: two short quotes share most words by chance. */
const MIN_WORDS_FOR_PARTIAL = 4;

/**
 * The words of a quote as two reports of it would agree on: no case, accents, punctuation or quotation
 * marks; abbreviations, thousands separators, ordinals, hyphenated compounds and month abbreviations folded
 * ("U.S." -> "us", "250,000" -> "250000", "18th" -> "18", "counter-terrorism" -> "counterterrorism",
 * "Dec" -> "december").
 */
export function comparisonWords(text: string): string[] {
  // most quotes are plain ASCII, where dropping accents changes nothing
  const plain = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain
    .toLowerCase()
    .replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/['’]/g, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => MONTHS[w] ?? w);
}

/** Length of the longest common subsequence of two word lists. */
function commonSubsequence(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Whether `shorter` reports the same words as `longer` (the whole of it, or a stretch of it). */
export function sameQuote(shorter: string[], longer: string[], longerSet: ReadonlySet<string>): boolean {
  if (shorter.length === 0) return false;
  if (shorter.length === longer.length && shorter.every((w, i) => w === longer[i])) return true;
  if (shorter.length < MIN_WORDS_FOR_PARTIAL) return false;
  const needed = Math.ceil(shorter.length * SAME_WORDS_SHARE);
  // a cheap bag-of-words bound before the quadratic alignment
  if (shorter.filter((w) => longerSet.has(w)).length < needed) return false;
  return commonSubsequence(shorter, longer) >= needed;
}

interface Keyed {
  statement: Statement;
  words: string[];
  set: Set<string>;
}

/**
 * Groups one speaker's statements that report the same quote, across and within articles. The first
 * statement of each group is its longest version (most words, then most characters: "March 3" over
 * "Mar 3"); the others follow in input order.
 */
export function groupStatements(statements: Statement[]): Statement[][] {
  const keyed: Keyed[] = statements.map((statement) => {
    const words = comparisonWords(statement.text);
    return { statement, words, set: new Set(words) };
  });
  const longestFirst = keyed
    .map((k, order) => ({ k, order }))
    .sort(
      (a, b) =>
        b.k.words.length - a.k.words.length ||
        b.k.statement.text.length - a.k.statement.text.length ||
        a.order - b.order,
    );
  const groups: { head: Keyed; members: { k: Keyed; order: number }[] }[] = [];
  for (const item of longestFirst) {
    const group = groups.find((g) => sameQuote(item.k.words, g.head.words, g.head.set));
    if (group) group.members.push(item);
    else groups.push({ head: item.k, members: [item] });
  }
  return groups.map((g) => [
    g.head.statement,
    ...g.members
      .slice(1)
      .sort((a, b) => a.order - b.order)
      .map((m) => m.k.statement),
  ]);
}
