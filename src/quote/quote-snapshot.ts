import { DerivedSnapshots } from '../cache/derived-snapshot.js';
import type { EntityType } from '../nlp/facts.js';
import type { BookData } from './book-data.js';
import { type EntityNames, type SpeakerEntry, speakerEntry } from './directory.js';

/** The code the book's data is derived by (citation.ts gives the source order): other code makes it stale. */
const CODE = ['quote', 'citation.ts'];

/** An entry as JSON holds it: name, type, is a name (1 or 0), names, surname, roles and their uses, weight. */
type StoredEntry = [string, EntityType | null, number, string[], string | null, (string | number)[], number];

interface StoredBook {
  /** How many statements the library had: a check that the numbers still point where they did. */
  statements: number;
  entries: StoredEntry[];
  quotes: [string, number[][]][];
}

/** The book's data, read at every start; the entity names, read when a topic filter is first asked for. */
export function quoteSnapshots(
  cacheDir: string,
  corpusDir: string,
): { quotes: DerivedSnapshots; names: DerivedSnapshots } {
  return {
    quotes: new DerivedSnapshots(cacheDir, 'quotes', corpusDir, CODE),
    names: new DerivedSnapshots(cacheDir, 'quote-names', corpusDir, CODE),
  };
}

function storeEntry(e: SpeakerEntry): StoredEntry {
  const roles = [...e.roles].flat();
  return [e.name, e.type, e.isName ? 1 : 0, [...e.names], e.surname, roles, e.weight];
}

export function storeBook(data: BookData, statements: number): StoredBook {
  return { statements, entries: data.entries.map(storeEntry), quotes: [...data.quotes] };
}

const isString = (x: unknown): x is string => typeof x === 'string';

/** The entry a stored one describes, or null when it is not one. */
function restoreEntry(stored: unknown): SpeakerEntry | null {
  if (!Array.isArray(stored) || stored.length !== 7) return null;
  const [name, type, isName, names, surname, roles, weight] = stored as unknown[];
  const valid =
    isString(name) &&
    (type === null || isString(type)) &&
    (isName === 0 || isName === 1) &&
    Array.isArray(names) &&
    names.every(isString) &&
    (surname === null || isString(surname)) &&
    Array.isArray(roles) &&
    roles.length % 2 === 0 &&
    typeof weight === 'number';
  if (!valid) return null;
  const roleUses = new Map<string, number>();
  for (let i = 0; i < roles.length; i += 2) {
    const [role, uses] = [roles[i], roles[i + 1]];
    if (!isString(role) || typeof uses !== 'number') return null;
    roleUses.set(role, uses);
  }
  return speakerEntry({
    name,
    type: type as EntityType | null,
    isName: isName === 1,
    names: new Set(names),
    surname,
    roles: roleUses,
    weight,
  });
}

/**
 * Whether the stored quotes account for every statement once, as derived quotes do (each statement reports
 * one quote of one speaker), each showing one of its reports, and belong to known entries.
 */
function validQuotes(
  quotes: unknown,
  statements: number,
  names: ReadonlySet<string>,
): quotes is [string, number[][]][] {
  if (!Array.isArray(quotes)) return false;
  const seen = new Uint8Array(statements);
  let reports = 0;
  for (const pair of quotes as unknown[]) {
    if (!Array.isArray(pair) || !isString(pair[0]) || !names.has(pair[0]) || !Array.isArray(pair[1])) return false;
    for (const quote of pair[1] as unknown[]) {
      if (!Array.isArray(quote) || quote.length < 2) return false;
      for (const i of quote.slice(1)) {
        if (!Number.isInteger(i) || i < 0 || i >= statements || seen[i]) return false;
        seen[i] = 1;
        reports++;
      }
      if (!quote.slice(1).includes(quote[0])) return false;
    }
  }
  return reports === statements;
}

/** The book's data a snapshot holds for a library of `statements` statements, or null when it holds none. */
export function restoreBook(stored: unknown, statements: number): BookData | null {
  const s = stored as Partial<StoredBook> | null;
  if (!s || s.statements !== statements || !Array.isArray(s.entries)) return null;
  const entries: SpeakerEntry[] = [];
  const names = new Set<string>();
  for (const e of s.entries) {
    const entry = restoreEntry(e);
    if (!entry || names.has(entry.name)) return null;
    entries.push(entry);
    names.add(entry.name);
  }
  return validQuotes(s.quotes, statements, names) ? { entries, quotes: new Map(s.quotes) } : null;
}

/** Entity names as JSON holds them: each name with the entities it names, and each folded name with its target. */
interface StoredNames {
  byName: [string, string[]][];
  folded: [string, string][];
}

export function storeEntityNames(names: EntityNames): StoredNames {
  return { byName: [...names.byName].map(([name, entities]) => [name, [...entities]]), folded: [...names.folded] };
}

const isPairOf = (pair: unknown, second: (x: unknown) => boolean): boolean =>
  Array.isArray(pair) && pair.length === 2 && isString(pair[0]) && second(pair[1]);
const isStrings = (x: unknown): boolean => Array.isArray(x) && x.every(isString);

/** The entity names a snapshot holds, or null when it holds none. */
export function restoreEntityNames(stored: unknown): EntityNames | null {
  const s = stored as Partial<StoredNames> | null;
  const byName = s?.byName;
  const folded = s?.folded;
  const valid =
    Array.isArray(byName) &&
    byName.every((pair) => isPairOf(pair, isStrings)) &&
    Array.isArray(folded) &&
    folded.every((pair) => isPairOf(pair, isString));
  if (!valid) return null;
  return { byName: new Map(byName.map(([name, entities]) => [name, new Set(entities)])), folded: new Map(folded) };
}
