import type { Candidate } from './candidate.js';
import { isGrammarWord, isRoleNoun } from './gazetteer.js';
import type { Token } from './tokens.js';
import { HONORIFICS, PERSON_TITLES, TITLE_MODIFIERS } from './words.js';

/** A role the text gives a person, and the rule that found it (for traces and tests). */
export interface FoundRole {
  role: string;
  rule: string;
}

/** The longest stretch of words a role description may take ("the State Department's chief spokesman"). */
const LONGEST_ROLE = 7;

const isRoleWord = (t: Token): boolean =>
  PERSON_TITLES.has(t.lower) || isRoleNoun(t.lower) || PERSON_TITLES.has(t.lower.replace(/\.$/, ''));

/** Words that open a phrase after a name that is no apposition ("Clinton, over the private email server"). */
const NOT_APPOSITION = new Set(
  'about over in on at for with from by to into after before during under against since until as if when while'.split(
    ' ',
  ),
);

/** A word that may describe a role around its head noun: "foreign", "security", "State", "Department", "Russia's". */
function describes(t: Token): boolean {
  if (t.shape === 'cap' || t.shape === 'upper') return true;
  if (t.lower === "'s" || t.lower === '’s' || t.text === '-') return true;
  if (t.shape !== 'lower') return false;
  if (TITLE_MODIFIERS.has(t.lower) || isRoleWord(t)) return true;
  // "Gov. Chris Christie described Democratic nominee ...", "backs Trump over ...": a verb or a preposition ends it
  return !isGrammarWord(t.lower) && !NOT_APPOSITION.has(t.lower) && !/[a-z](?:ed|ing)$/.test(t.lower);
}

/** The role text without a leading article or possessive pronoun; null when nothing but a form of address is left. */
function cleanRole(text: string, tokens: Token[], from: number, to: number): string | null {
  let start = from;
  while (start < to && ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'of'].includes(tokens[start].lower)) start++;
  if (start >= to || !tokens.slice(start, to).some(isRoleWord)) return null;
  if (tokens.slice(start, to).every((t) => HONORIFICS.has(t.lower))) return null;
  return text.slice(tokens[start].start, tokens[to - 1].end);
}

/**
 * The rules that find a person's role next to a mention, in no particular order: each looks at a different
 * place around the name, and a person may have several roles.
 */
export const ROLE_RULES: { id: string; find(text: string, c: Candidate): string | null }[] = [
  // "Russian Foreign Minister Sergei Lavrov", "US Secretary of State John Kerry"; not "Mr"
  { id: 'title', find: (_text, c) => (c.title && !HONORIFICS.has(c.title.toLowerCase()) ? c.title : null) },
  // "State Department spokesman John Kirby", "security chief Alexander Lebed"
  {
    id: 'role-before',
    find: (text, c) => {
      const { tokens } = c;
      if (c.first === 0 || !isRoleWord(tokens[c.first - 1]) || tokens[c.first - 1].shape !== 'lower') return null;
      let from = c.first - 1;
      while (from > 0 && c.first - from < LONGEST_ROLE && describes(tokens[from - 1])) from--;
      return cleanRole(text, tokens, from, c.first);
    },
  },
  // "John Kirby, a State Department spokesman, said", "Sergei Lavrov, Russia's foreign minister."
  {
    id: 'apposition',
    find: (text, c) => {
      const { tokens } = c;
      if (tokens[c.last]?.text !== ',' || NOT_APPOSITION.has(tokens[c.last + 1]?.lower ?? '')) return null;
      // the role ends at its last role word: "a senior analyst at the bank" -> "senior analyst"
      let end = -1;
      for (let i = c.last + 1; i < tokens.length && i - c.last <= LONGEST_ROLE; i++) {
        if (isRoleWord(tokens[i])) end = i + 1;
        else if (!describes(tokens[i]) && !['a', 'an', 'the'].includes(tokens[i].lower)) break;
      }
      return end < 0 ? null : cleanRole(text, tokens, c.last + 1, end);
    },
  },
];

/** Every role written next to one person mention. */
export function rolesOf(text: string, c: Candidate): FoundRole[] {
  const found: FoundRole[] = [];
  for (const rule of ROLE_RULES) {
    const role = rule.find(text, c);
    if (role) found.push({ role, rule: rule.id });
  }
  return found;
}
