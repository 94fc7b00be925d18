import type { Library } from '../library.js';

/** Small words a name's initials leave out: "Organization of the Petroleum Exporting Countries" -> "OPEC". */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', '&']);

/** An acronym as a question writes it: two to eight capitals, optionally with dots ("ISSG", "U.N."). */
const ACRONYM = /\b(?:[A-Z]\.){2,8}|\b[A-Z]{2,8}\b/g;

const bare = (acronym: string): string => acronym.replace(/\./g, '');

/** The initials of a name of three words or more, small words left out; null for a shorter name. */
export function initialsOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/** What the articles' names abbreviate, and the names they use as they are. */
export interface Acronyms {
  /** Initials -> the one name that has them (a name of two or more with the same initials is left out). */
  expansions: ReadonlyMap<string, string>;
  /** The names and aliases the articles use that are written as acronyms ("ISIS", "U.N."). */
  names: ReadonlySet<string>;
}

/** A whole name written as an acronym: what `ACRONYM` could find in a question. */
const ACRONYM_NAME = /^(?:(?:[A-Z]\.){2,8}|[A-Z]{2,8})$/;

/** Built once per library from the entity profiles extraction made (their names and aliases). */
export function acronymsOf(library: Library): Acronyms {
  const expansions = new Map<string, string | null>();
  const names = new Set<string>();
  for (const doc of library.documents) {
    for (const profile of doc.facts.profiles) {
      for (const name of [profile.canonical, ...profile.aliases]) if (ACRONYM_NAME.test(name)) names.add(name);
      const initials = initialsOf(profile.canonical);
      if (!initials) continue;
      const known = expansions.get(initials);
      expansions.set(initials, known === undefined || known === profile.canonical ? profile.canonical : null);
    }
  }
  const unique = new Map([...expansions].flatMap(([k, v]): [string, string][] => (v ? [[k, v]] : [])));
  return { expansions: unique, names };
}

/**
 * "what is the ISSG" -> "what is the International Syria Support Group": each acronym of the question that no
 * article uses as a name, written out when exactly one name of the articles has its initials. `acronyms` is
 * asked for only when the question holds one.
 */
export function expandAcronyms(question: string, acronyms: () => Acronyms): string {
  return question.replace(ACRONYM, (found) => {
    const { names, expansions } = acronyms();
    if (names.has(found) || names.has(bare(found))) return found;
    return expansions.get(bare(found)) ?? found;
  });
}
