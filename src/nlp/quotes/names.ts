import { isFirstName } from './first-names.js';
import { DETERMINERS, NOT_NAMES, TITLE_WORDS } from './lexicon.js';
import type { Token } from './tokens.js';

/** Lowercase words that join the capitalised words of a name ("Bashar al-Assad", "Osama bin Laden"). */
const NAME_PARTICLES = new Set([
  'al',
  'bin',
  'ibn',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'dos',
  'ter',
]);
/** A name written with a lowercase particle joined by a hyphen ("al-Assad", "el-Sisi"). */
const PREFIXED_NAME = /^(?:al|el|ad|as|bin|ibn|ben|abu|o|d)[-’']\p{Lu}/u;
/** Titles that only ever come before a person's name. */
const PERSON_TITLES = new Set(
  'mr mrs ms miss dr sir dame sen senator rep representative gov governor president minister secretary chancellor premier king queen prince princess gen general lt col colonel capt captain sgt maj adm judge justice mayor speaker spokesman spokeswoman spokesperson chairman chairwoman director ambassador envoy commissioner pope rev reverend bishop rabbi imam prof professor coach ceo leader nominee candidate lawyer attorney'.split(
    ' ',
  ),
);

/** A run of capitalised words naming someone, split into the name and the titles before it. */
export interface NameRun {
  name: Token[];
  titles: Token[];
  /** Role words said with the name, before it or in an apposition ("US Secretary of State"), or null. */
  role: string | null;
}

const bare = (t: Token): string => t.lower.replace(/\.$/, '');

/** A word that can be part of a name: capitalised and not a function word, weekday or month. */
export function nameWord(t: Token): boolean {
  return t.word && !t.opener && (t.capitalised || PREFIXED_NAME.test(t.text)) && !NOT_NAMES.has(bare(t));
}

/** The tokens' text with the original spacing collapsed to single spaces. */
export function joinText(tokens: Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    out += i > 0 && tokens[i - 1].end < t.start ? ` ${t.text}` : t.text;
  });
  return out;
}

/** The run of name words ending at `end` (exclusive), particles kept inside it. */
export function runEndingAt(tokens: Token[], end: number): Token[] {
  let start = end;
  while (start > 0) {
    const t = tokens[start - 1];
    const particle = NAME_PARTICLES.has(t.lower) && start - 2 >= 0 && nameWord(tokens[start - 2]) && start < end;
    if (!nameWord(t) && !particle) break;
    if (t.possessive && start < end) break;
    start--;
  }
  return tokens.slice(start, end);
}

/**
 * Drops the titles and role words before the name in a run of capitalised words, never all of them: the leading
 * ones ("Prime Minister Tony Blair"), and when the run does not open with a first name, everything up to its last
 * title ("Tory MP Boris Johnson", "Harrogate Mr Kennedy" after a lost comma); "Martin Luther King Jr" stays whole.
 */
export function stripTitles(run: Token[]): { name: Token[]; titles: Token[] } {
  let i = 0;
  while (i < run.length - 1 && TITLE_WORDS.has(bare(run[i]))) i++;
  if (!isFirstName(run[i].lower)) {
    for (let k = run.length - 2; k > i; k--) {
      if (TITLE_WORDS.has(bare(run[k]))) {
        i = k + 1;
        break;
      }
    }
  }
  return { name: run.slice(i), titles: run.slice(0, i) };
}

/** Role words before a run, read backwards over titles, role nouns and "of" ("US Secretary of State"). */
function roleBefore(tokens: Token[], runStart: number, titles: Token[]): string | null {
  let start = runStart;
  while (start > 0 && runStart - start < 6) {
    const t = tokens[start - 1];
    const roleWord = TITLE_WORDS.has(bare(t)) && !DETERMINERS.has(t.lower);
    if (!(t.word && (roleWord || (t.lower === 'of' && start - 2 >= 0) || (t.capitalised && !NOT_NAMES.has(bare(t))))))
      break;
    start--;
  }
  while (start < runStart && tokens[start].lower === 'of') start++;
  const role = tokens.slice(start, runStart).concat(titles);
  return role.length ? joinText(role) : null;
}

/** Role words in an apposition after a name: "John Kirby, a State Department spokesman, said". */
function roleAfter(tokens: Token[], runEnd: number): string | null {
  const opener = tokens[runEnd + 1];
  if (tokens[runEnd]?.text !== ',' || !opener || !(DETERMINERS.has(opener.lower) || opener.possessive)) return null;
  let end = runEnd + 2;
  while (end < tokens.length && end - runEnd < 9 && tokens[end].word) end++;
  const words = tokens.slice(runEnd + 2, end);
  return words.some((t) => TITLE_WORDS.has(bare(t)) && !DETERMINERS.has(t.lower)) ? joinText(words) : null;
}

/**
 * The runs of capitalised words in `tokens` that name people: a first name and more ("John Kerry"), or a name after
 * a person's title ("Sen. Cruz", "State Department spokesman John Kirby").
 */
export function findPersonNames(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (
      end < tokens.length &&
      (nameWord(tokens[end]) || (NAME_PARTICLES.has(tokens[end].lower) && nameWord(tokens[end + 1] ?? tokens[end])))
    ) {
      if (tokens[end - 1].possessive) break;
      end++;
    }
    const run = tokens.slice(i, end);
    const { name, titles } = stripTitles(run);
    const before = tokens[i - 1];
    const titled =
      titles.some((t) => PERSON_TITLES.has(bare(t))) || (before !== undefined && PERSON_TITLES.has(bare(before)));
    const first = isFirstName(name[0].lower) && name.length > 1;
    const mixedCase = name.every((t) => /\p{Ll}/u.test(t.text) || t.text.length <= 3);
    const role = roleBefore(tokens, i, titles) ?? roleAfter(tokens, end);
    const described = name.length > 1 && role !== null && roleAfter(tokens, end) !== null;
    if ((first || titled || described) && !name[name.length - 1].possessive && mixedCase)
      runs.push({ name, titles, role });
    i = end;
  }
  return runs;
}
