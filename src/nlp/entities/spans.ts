import { type Candidate, candidateOf } from './candidate.js';
import { classOf, isNoun, isOrgEnding, isPlaceEnding, isRoleNoun, PLACE_CLASSES } from './gazetteer.js';
import type { Token } from './tokens.js';
import {
  NAME_OPENERS,
  NAME_PARTICLES,
  NOT_NAMES,
  OF_HEADS,
  PERSON_TITLES,
  POST_NOMINALS,
  TIME_MODIFIERS,
  TITLE_MODIFIERS,
} from './words.js';

/** What the candidate finder knows about the whole article. */
export interface ArticleWords {
  /** Words the article also writes in lowercase ("Trailing" opening a sentence is then no name). */
  lowercase: Set<string>;
  /** Collects the single capitalised words left out for opening a sentence ("Dole team seeking..."). */
  openers: Candidate[];
}

/** Hyphenated words that describe rather than name ("London-based", "Russian-backed"). */
const DESCRIPTIVE_SUFFIX = /-(?:based|born|run|style|era|bound|\p{Ll}+ed|\p{Ll}+ing)$/u;

const OPENING = /^["'“‘«([:—–-]$/;

/** The lowercase words of tokens [from, to), joined by single spaces. */
export function keyOfTokens(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');
}

function isCapitalised(t: Token): boolean {
  return (t.shape === 'cap' || t.shape === 'upper') && !t.caseless;
}

/** "US-Russia", "Israeli-Palestinian": two names joined, naming neither. */
function isPairOfNames(t: Token): boolean {
  const parts = t.lower.split('-');
  if (parts.length !== 2) return false;
  return parts.every((p) => {
    const c = classOf(p);
    return c !== undefined && (PLACE_CLASSES.has(c) || c === 'demonym');
  });
}

/**
 * "I'm", "F-15", "M1", "B", "PCs": contractions, codes, lone letters and plurals of abbreviations, which name
 * nothing here.
 */
function isCodeOrContraction(t: Token): boolean {
  return (
    /['’](?:m|ll|ve|re|d)$/i.test(t.text) ||
    /\p{N}/u.test(t.text) ||
    /^\p{L}$/u.test(t.text) ||
    /^\p{Lu}{2,}s$/u.test(t.text)
  );
}

/** "George W Bush": a capital letter standing alone between two parts of a name is a middle initial. */
function isMiddleInitial(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return (
    /^\p{Lu}$/u.test(t.text) && t.text !== 'I' && !t.caseless && j + 1 < tokens.length && isNamePart(tokens[j + 1])
  );
}

/** A capitalised token that can be part of a name. */
function isNamePart(t: Token): boolean {
  return (
    isCapitalised(t) &&
    !NOT_NAMES.has(t.lower) &&
    !DESCRIPTIVE_SUFFIX.test(t.text) &&
    !isPairOfNames(t) &&
    !isCodeOrContraction(t)
  );
}

/** The token opens a sentence, a quotation or a clause after a colon or dash, so its capital says nothing. */
export function opensClause(tokens: Token[], i: number): boolean {
  return tokens[i].sentenceStart || tokens[i].lineStart || (i > 0 && OPENING.test(tokens[i - 1].text));
}

/** A capitalised word that is there because of its position, not because it names something. */
function isPositionalCapital(tokens: Token[], i: number, end: number, words: ArticleWords): boolean {
  const t = tokens[i];
  if (NOT_NAMES.has(t.lower)) return true;
  // "Former Chelsea striker Adrian Mutu", but "Former President Bill Clinton" keeps its title whole
  if (opensClause(tokens, i) && TIME_MODIFIERS.has(t.lower)) {
    return !(i + 1 < end && (isTitle(tokens[i + 1]) || TITLE_MODIFIERS.has(tokens[i + 1].lower)));
  }
  if (!opensClause(tokens, i) || isTitle(t) || TITLE_MODIFIERS.has(t.lower)) return false;
  if (NAME_OPENERS.has(t.lower) && i + 1 < end) return false;
  const nameClass = classOf(t.lower);
  if (nameClass !== undefined && nameClass !== 'common') return false;
  if (t.shape === 'upper' && t.text.length <= 5) return false;
  // "New York", "United Nations": the whole run is a known name
  if (end - i > 1 && classOf(keyOfTokens(tokens, i, end)) !== undefined) return false;
  if (words.lowercase.has(t.lower) || /(?:ing|ed|ly)$/.test(t.lower)) return true;
  // "Dean Saunders", "A. Stewart": a noun the lexicon knows, opening a longer run of capitals, stays
  return nameClass === 'common' && (i + 1 === end || !(isNoun(t.lower) || /^\p{Lu}\.$/u.test(t.text)));
}

/**
 * Whether a connector at `i` joins the name parts around it (`run` is the run of capitals so far).
 * "Bank of England", "Procter & Gamble", "Bosnia and Herzegovina", "Organisation for Economic Co-operation".
 */
function joins(tokens: Token[], i: number, runStart: number, runEnd: number): boolean {
  const connector = tokens[i].lower;
  const before = tokens[i - 1].lower;
  if (connector === '&' || NAME_PARTICLES.has(connector)) return true;
  if (connector === "'s" || connector === '’s') {
    const next = tokens[i + 1].lower;
    return isOrgEnding(next) || isPlaceEnding(next);
  }
  if (classOf(keyOfTokens(tokens, runStart, runEnd)) !== undefined) return true;
  if (connector === 'of' || connector === 'for') return OF_HEADS.has(before) || PERSON_TITLES.has(before);
  if (connector === 'and') {
    // "Futures and Options Exchange", not "ISIS and Al-Nusra Front"
    const known = classOf(before);
    const plainWord = tokens[i - 1].shape === 'cap' && (known === undefined || known === 'common');
    return plainWord && isOrgEnding(tokens[runEnd - 1].lower) && !isOrgEnding(before);
  }
  return false;
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', "'s", '’s', ...NAME_PARTICLES]);

/** Where the run of name parts starting at `start` ends (exclusive), connectors included. */
function runEnd(tokens: Token[], start: number): number {
  let j = start + 1;
  while (j < tokens.length) {
    if (isNamePart(tokens[j])) {
      j++;
      continue;
    }
    if (isMiddleInitial(tokens, j)) {
      j += 2;
      continue;
    }
    // "Joost van der Westhuizen": particles may come in a row
    let k = j;
    while (k < tokens.length && CONNECTORS.has(tokens[k].lower) && k - j < 3) k++;
    if (k > j && k < tokens.length && isNamePart(tokens[k])) {
      j = k + 1;
      continue;
    }
    break;
  }
  return j;
}

/** The run cut at the connectors that do not join: [start, end) pieces. */
function splitAtConnectors(tokens: Token[], start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  for (let i = start + 1; i < end - 1; i++) {
    if (!CONNECTORS.has(tokens[i].lower) || isNamePart(tokens[i])) continue;
    if (joins(tokens, i, from, end)) continue;
    pieces.push([from, i]);
    from = i + 1;
  }
  pieces.push([from, end]);
  return pieces;
}

/** A title word that may precede a name ("Minister", "Gen.", "President", "Lieutenant-Colonel"). */
function isTitle(t: Token): boolean {
  const word = t.lower.replace(/\.$/, '');
  return PERSON_TITLES.has(t.lower) || PERSON_TITLES.has(word) || word.split('-').every((w) => PERSON_TITLES.has(w));
}

/**
 * "Singer Sam Endicott", "Film-maker Jo Bell": a role noun capitalised by opening the sentence, before a name of
 * two words or one opening with a first name.
 */
function isOpeningRole(tokens: Token[], i: number, end: number): boolean {
  const word = tokens[i].lower;
  const firstName = classOf(tokens[i + 1]?.lower ?? '') === 'firstName';
  // "Novelist Arthur Hailey": a word shaped like a role noun, before a first name
  const shaped = firstName && /(?:ist|ian)$/.test(word) && classOf(word) === undefined;
  const role = shaped || isRoleNoun(word) || (word.includes('-') && isRoleNoun(word.slice(word.lastIndexOf('-') + 1)));
  const named = end - i > 2 || (end - i === 2 && firstName);
  return opensClause(tokens, i) && role && named;
}

/**
 * Splits "Russian Foreign Minister Sergei Lavrov" into what comes before the title ("Russian"), the title
 * and the name. Returns the index where the name starts and where the title starts, or null when the
 * piece holds no title followed by a name.
 */
function splitTitle(tokens: Token[], start: number, end: number): { titleStart: number; nameStart: number } | null {
  const lastWord = tokens[end - 1].lower;
  if (isOrgEnding(lastWord) || isPlaceEnding(lastWord)) return null;
  if (classOf(keyOfTokens(tokens, start, end)) !== undefined) return null;
  for (let h = end - 2; h >= start; h--) {
    if (!isTitle(tokens[h]) && !(h === start && isOpeningRole(tokens, h, end))) continue;
    let nameStart = h + 1;
    // "Secretary of State John Kerry", "Minister for Europe Jane Doe"
    while (nameStart < end - 1 && (TITLE_MODIFIERS.has(tokens[nameStart].lower) || isTitle(tokens[nameStart]))) {
      nameStart++;
    }
    if (tokens[nameStart].shape !== 'cap' && tokens[nameStart].shape !== 'upper') return null;
    let titleStart = h;
    while (titleStart > start && (TITLE_MODIFIERS.has(tokens[titleStart - 1].lower) || isTitle(tokens[titleStart - 1])))
      titleStart--;
    if (tokens[titleStart].lower === 'of') titleStart++;
    return { titleStart, nameStart };
  }
  return null;
}

/**
 * Where two names written side by side meet ("conveyed to Putin Washington's concern", "the Washington Post Trump
 * said"): a family name followed by a place, or a known organisation followed by an unknown name, which together
 * are no known name. Null when the piece is one name.
 */
function twoNamesAt(tokens: Token[], from: number, to: number): number | null {
  if (to - from < 2 || classOf(keyOfTokens(tokens, from, to)) !== undefined) return null;
  for (let k = from + 1; k < to; k++) {
    const left = classOf(tokens[k - 1].lower);
    const right = classOf(keyOfTokens(tokens, k, to));
    if ((left === 'lastName' || left === 'person') && right !== undefined && PLACE_CLASSES.has(right)) return k;
  }
  // "told the Washington Post Trump said": a known organisation of two words or more, then a person's name or a
  // name of no known kind
  for (let k = to - 1; k >= from + 2; k--) {
    if (classOf(keyOfTokens(tokens, from, k)) !== 'organization') continue;
    const rest = classOf(keyOfTokens(tokens, k, to));
    const unknown = rest === undefined || rest === 'person' || rest === 'lastName' || rest === 'firstName';
    if (unknown && !isOrgEnding(tokens[to - 1].lower) && !isPlaceEnding(tokens[to - 1].lower)) return k;
  }
  return null;
}

/** A nationality and what follows it make one name ("Scottish Parliament", "British Airways"). */
function isOneName(tokens: Token[], from: number, to: number): boolean {
  if (isOrgEnding(tokens[to - 1].lower) || classOf(keyOfTokens(tokens, from, to)) !== undefined) return true;
  return classOf(keyOfTokens(tokens, from + 1, to)) === 'organization';
}

/** The candidates of one piece of a run: the piece without positional capitals, split around a title. */
function piecesOf(
  text: string,
  sentence: number,
  tokens: Token[],
  start: number,
  end: number,
  words: ArticleWords,
): Candidate[] {
  let from = start;
  while (from < end && (isPositionalCapital(tokens, from, end, words) || CONNECTORS.has(tokens[from].lower))) {
    from++;
  }
  let to = end;
  while (to > from && CONNECTORS.has(tokens[to - 1].lower)) to--;
  // "Frank Field MP", "Guy Mansfield QC"
  while (to - from > 2 && POST_NOMINALS.has(tokens[to - 1].lower)) to--;
  if (from >= to) {
    // "Dole team seeking...": kept aside in case the article names it elsewhere
    if (end - start === 1 && !NOT_NAMES.has(tokens[start].lower)) {
      words.openers.push(candidateOf(text, sentence, tokens, start, end));
    }
    return [];
  }
  const between = twoNamesAt(tokens, from, to);
  if (between) {
    return [
      ...piecesOf(text, sentence, tokens, from, between, words),
      ...piecesOf(text, sentence, tokens, between, to, words),
    ];
  }
  const titled = splitTitle(tokens, from, to);
  if (titled) {
    const title = text.slice(tokens[from].start, tokens[titled.nameStart - 1].end);
    const found: Candidate[] = [];
    if (titled.titleStart > from) found.push(...piecesOf(text, sentence, tokens, from, titled.titleStart, words));
    found.push(candidateOf(text, sentence, tokens, titled.nameStart, to, title));
    return found;
  }
  // "The Foreign Minister declined": a title with no name after it
  if (isTitle(tokens[to - 1]) && tokens.slice(from, to).every((t) => isTitle(t) || TITLE_MODIFIERS.has(t.lower))) {
    return [];
  }
  // "American Tom Johnson", "Lib Dem Jo Hale": a nationality or party before a name; but "Scottish Parliament",
  // "British Airways" are one
  for (const size of [2, 1]) {
    const split = from + size;
    if (to - split > 0 && classOf(keyOfTokens(tokens, from, split)) === 'demonym' && !isOneName(tokens, from, to)) {
      return [candidateOf(text, sentence, tokens, from, split), ...piecesOf(text, sentence, tokens, split, to, words)];
    }
  }
  return [candidateOf(text, sentence, tokens, from, to)];
}

/** Candidate names in one sentence: runs of capitalised words outside lines written in capitals. */
export function findCandidates(text: string, sentence: number, tokens: Token[], words: ArticleWords): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNamePart(tokens[i])) {
      i++;
      continue;
    }
    const end = runEnd(tokens, i);
    for (const [from, to] of splitAtConnectors(tokens, i, end)) {
      found.push(...piecesOf(text, sentence, tokens, from, to, words));
    }
    i = end;
  }
  return found;
}
