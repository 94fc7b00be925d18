import type { Span } from '../../corpus/article.js';

/** How a token is written: what capitalisation says about it. */
export type Shape = 'cap' | 'upper' | 'lower' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  lower: string;
  shape: Shape;
  /** Nothing but space stands before the token on its line. */
  lineStart: boolean;
  /** The token opens its sentence (after any opening quotation marks or brackets). */
  sentenceStart: boolean;
  /**
   * The token's line is written in capitals (a headline, a dateline, a table row), or its sentence is a
   * title-case headline, so its capital letter says nothing about it being a name.
   */
  caseless: boolean;
}

// Letter-dot abbreviations ("U.S."), words with inner apostrophes or hyphens ("O'Neill", "al-Assad"),
// numbers with their separators ("1996-08-30", "$2.3"), then any other single character.
const TOKEN =
  /(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*|\S/gu;

/** Words written with a full stop that belongs to them ("Mr.", "St. Louis", "Calif."). */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr st mt ft jr sr inc corp co ltd bros messrs gen col lt sgt capt maj adm cmdr gov sen rep
   prof rev hon supt ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mo mont
   neb nev okla ore pa tenn tex va vt wash wis wyo`.split(/\s+/),
);

const OPENERS = /^["'“‘«([]$/;

function shapeOf(text: string): Shape {
  const first = text[0];
  if (/\p{N}/u.test(first)) return 'number';
  if (!/\p{L}/u.test(first)) return 'punct';
  // "al-Assad", "bin Laden" are written lowercase first but are names; the particle decides later.
  if (/^\p{Lu}/u.test(text)) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    return letters.length > 1 && letters === letters.toUpperCase() ? 'upper' : 'cap';
  }
  return /^(?:al|el|ad|ash|as|an|ar|at|az)-\p{Lu}/u.test(text) ? 'cap' : 'lower';
}

/** Whether each line of `text` is written in capitals, by the offset where the line starts. */
export function capitalLines(text: string): Map<number, boolean> {
  const lines = new Map<number, boolean>();
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const line = text.slice(start, stop);
    const upper = line.replace(/[^\p{Lu}]/gu, '').length;
    const lower = line.replace(/[^\p{Ll}]/gu, '').length;
    lines.set(start, upper >= 3 && lower <= upper * 0.1);
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** A title whose every longer word is capitalised ("US, Russia Agree To Push Ahead With Syria Talks"). */
function isTitleCase(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.shape !== 'number' && t.shape !== 'punct' && t.text.length > 3);
  return long.length >= 3 && long.filter((t) => t.shape !== 'lower').length >= long.length * 0.85;
}

/**
 * The tokens of one sentence, with offsets into the article's text. A possessive "'s" is its own token;
 * an abbreviation keeps its full stop.
 */
export function tokenize(text: string, sentence: Span, lines: Map<number, boolean>, isTitle: boolean): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  let lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  let lineIsCapitals = lines.get(lineStart) ?? false;
  let firstOnLine = text.slice(lineStart, sentence.start).trim() === '';
  let sentenceStart = true;
  let consumed = sentence.start;
  for (const m of slice.matchAll(TOKEN)) {
    let start = sentence.start + (m.index as number);
    if (start < consumed) continue;
    for (let i = consumed; i < start; i++) {
      if (text[i] !== '\n') continue;
      lineStart = i + 1;
      lineIsCapitals = lines.get(lineStart) ?? false;
      firstOnLine = true;
    }
    const possessive = /^(.+?)(['’][sS])$/u.exec(m[0]);
    const pieces = possessive && /\p{L}/u.test(possessive[1]) ? [possessive[1], possessive[2]] : [m[0]];
    for (let word of pieces) {
      const after = start + word.length;
      if (text[after] === '.' && after < sentence.end && /^\p{L}+$/u.test(word)) {
        if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) word += '.';
      }
      tokens.push({
        text: word,
        lower: word.toLowerCase(),
        start,
        end: start + word.length,
        shape: shapeOf(word),
        lineStart: firstOnLine,
        sentenceStart,
        caseless: lineIsCapitals,
      });
      firstOnLine = false;
      if (!OPENERS.test(word)) sentenceStart = false;
      start += word.length;
    }
    consumed = start;
  }
  if (isTitle && isTitleCase(tokens)) for (const t of tokens) t.caseless = true;
  return tokens;
}
