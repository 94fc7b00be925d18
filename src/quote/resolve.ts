import { DOMINANCE, type SpeakerEntry } from './directory.js';
import { editDistance } from './edit-distance.js';
import { hasCourtesyTitle, isContentToken, nameTokens, roleHead } from './names.js';

/** A speaker query as the rules read it. */
export interface SpeakerQuery {
  text: string;
  /** `nameTokens` of the query: no case, accents, courtesy titles or leading article. */
  tokens: string[];
  joined: string;
  /** Given with a courtesy title ("Mr Kerry"), so its one word is a family name. */
  titled: boolean;
}

/** What a speaker query resolved to, and the id of the rule that decided. */
export type Resolution =
  | { kind: 'found'; entry: SpeakerEntry; rule: string }
  | { kind: 'ambiguous'; candidates: SpeakerEntry[]; rule: string }
  | { kind: 'unknown'; suggestions: SpeakerEntry[] };

/** The entries by each of their names, roles and words, so a rule looks only at entries that can match. */
export interface EntryIndex {
  entries: SpeakerEntry[];
  byName: Map<string, SpeakerEntry[]>;
  byRole: Map<string, SpeakerEntry[]>;
  bySurname: Map<string, SpeakerEntry[]>;
  byToken: Map<string, SpeakerEntry[]>;
  byRoleToken: Map<string, SpeakerEntry[]>;
  /** The keys of `byToken` by length: a typing slip changes a length by one at most. */
  tokensByLength: Map<number, string[]>;
}

function byLength(keys: Iterable<string>): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const key of keys) {
    const group = groups.get(key.length);
    if (group) group.push(key);
    else groups.set(key.length, [key]);
  }
  return groups;
}

function add<K>(index: Map<K, SpeakerEntry[]>, key: K, entry: SpeakerEntry): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

export function indexEntries(entries: SpeakerEntry[]): EntryIndex {
  const index: EntryIndex = {
    entries,
    byName: new Map(),
    byRole: new Map(),
    bySurname: new Map(),
    byToken: new Map(),
    byRoleToken: new Map(),
    tokensByLength: new Map(),
  };
  for (const e of entries) {
    for (const name of e.names) add(index.byName, name, e);
    for (const role of e.roles.keys()) add(index.byRole, role, e);
    if (e.surname) add(index.bySurname, e.surname, e);
    for (const token of e.tokens) add(index.byToken, token, e);
    for (const token of e.roleTokens) add(index.byRoleToken, token, e);
  }
  index.tokensByLength = byLength(index.byToken.keys());
  return index;
}

interface ResolveRule {
  id: string;
  /** The entries worth checking, from the index. */
  candidates(query: SpeakerQuery, index: EntryIndex): Iterable<SpeakerEntry>;
  /** How far the entry is from the query (0 is an exact fit), or null when the rule does not match it. */
  match(query: SpeakerQuery, entry: SpeakerEntry): number | null;
  /** For rules on roles: how often the articles give the entry the role the query names. */
  roleUses?(query: SpeakerQuery, entry: SpeakerEntry): number;
}

/** Typing slips allowed in a word of this length: none in short words, where one letter makes another name. */
function slipsAllowed(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** The smallest of the index lists for some keys (every match is in all of them), or none. */
function smallest(index: Map<string, SpeakerEntry[]>, keys: string[]): SpeakerEntry[] {
  let best: SpeakerEntry[] | undefined;
  for (const key of keys) {
    const list = index.get(key) ?? [];
    if (!best || list.length < best.length) best = list;
  }
  return best ?? [];
}

/**
 * Entries that may be a misspelling of the query: those with a word within a typing slip of a query word,
 * or sharing a word with it ("Jon Hale" -> John Hale, whose whole name is within a slip).
 */
function nearSpellings(query: SpeakerQuery, index: EntryIndex): Set<SpeakerEntry> {
  const found = new Set<SpeakerEntry>();
  for (const t of query.tokens) {
    for (const e of index.byToken.get(t) ?? []) found.add(e);
    const allowed = slipsAllowed(t.length);
    if (allowed === 0) continue;
    for (let length = t.length - allowed; length <= t.length + allowed; length++) {
      for (const key of index.tokensByLength.get(length) ?? []) {
        if (editDistance(t, key, allowed) <= allowed) for (const e of index.byToken.get(key) ?? []) found.add(e);
      }
    }
  }
  return found;
}

const usesOf = (e: SpeakerEntry, matches: (role: string) => boolean): number => {
  let n = 0;
  for (const [role, uses] of e.roles) if (matches(role)) n += uses;
  return n;
};

/** Whether every query word is in the role and both have the same head ("minister", not "daughter of"). */
const withinRole = (q: SpeakerQuery, role: string): boolean => {
  const words = role.split(' ');
  return roleHead(q.tokens) === roleHead(words) && q.tokens.every((t) => words.includes(t));
};

/**
 * The rules, most certain first; the first rule that matches any entry decides. Whole names and stated
 * roles before parts of names, parts before spelling guesses, so a guess never beats a real name.
 */
const RULES: ResolveRule[] = [
  // "Sergei Lavrov", "sergei lavrov", "Mr Lavrov" (an alias the articles use)
  { id: 'exact-name', candidates: (q, i) => i.byName.get(q.joined) ?? [], match: () => 0 },
  // "the Russian foreign minister", "State Department spokesman", "the top US diplomat"
  {
    id: 'exact-role',
    candidates: (q, i) => i.byRole.get(q.joined) ?? [],
    match: () => 0,
    roleUses: (q, e) => e.roles.get(q.joined) ?? 0,
  },
  // "Lavrov": the family name of one person, even if another has it as a first name ("Kerry Katona")
  {
    id: 'surname',
    candidates: (q, i) => (q.tokens.length === 1 ? (i.bySurname.get(q.joined) ?? []) : []),
    match: () => 0,
  },
  // "John" (John Kerry, John Kirby: ambiguous), "Sergei"
  {
    id: 'name-part',
    candidates: (q, i) => smallest(i.byToken, q.tokens),
    match: (q, e) => (q.tokens.every((t) => e.tokens.has(t)) ? 0 : null),
  },
  // "President Putin", "Foreign Minister Lavrov", "Secretary of State Kerry"
  {
    id: 'title-and-name',
    candidates: (q, i) => new Set(q.tokens.filter(isContentToken).flatMap((t) => i.byToken.get(t) ?? [])),
    match: (q, e) =>
      q.tokens.some((t) => e.tokens.has(t) && isContentToken(t)) &&
      q.tokens.every((t) => e.tokens.has(t) || e.roleTokens.has(t))
        ? 0
        : null,
  },
  // "foreign minister", "spokesman": every word within one stated role with the same head word
  {
    id: 'role-part',
    candidates: (q, i) => smallest(i.byRoleToken, q.tokens.filter(isContentToken)),
    match: (q, e) => ([...e.roles.keys()].some((r) => withinRole(q, r)) ? 0 : null),
    roleUses: (q, e) => usesOf(e, (r) => withinRole(q, r)),
  },
  // "Lavrow", "Sergey Lavrov", "Jon Kerry": every word within a typing slip of a word of the name, or the
  // whole query within a slip or two of a whole name
  {
    id: 'misspelt',
    candidates: nearSpellings,
    match: (q, e) => {
      const whole = slipsAllowed(q.joined.length);
      let best = whole + 1;
      for (const name of e.names) best = Math.min(best, editDistance(q.joined, name, whole));
      let total = 0;
      for (const t of q.tokens) {
        const allowed = slipsAllowed(t.length);
        let closest = allowed + 1;
        for (const name of e.tokens) closest = Math.min(closest, editDistance(t, name, allowed));
        if (closest > allowed) return best <= whole ? best : null;
        total += closest;
      }
      return Math.min(total, best);
    },
  },
];

/** A role names one holder when the articles give it to them this many times as often as to the next. */
const ROLE_DOMINANCE = 3;
/** How many suggestions an unknown name gets. */
const SUGGESTIONS = 3;

export function speakerQuery(text: string): SpeakerQuery {
  const tokens = nameTokens(text);
  return { text, tokens, joined: tokens.join(' '), titled: hasCourtesyTitle(text) };
}

/**
 * The one entry that stands out among several matches, or null. For a role, the named holder the articles
 * give it far more often than the next one ("the prime minister"; role words are used loosely, so one
 * stray use elsewhere must not block it). For a family name, the namesake the articles mention far more
 * often than all others together ("Kerry", "Mr Kerry" among namesakes). A first name never picks one ("John").
 */
function standsOut(rule: ResolveRule, query: SpeakerQuery, matches: SpeakerEntry[]): SpeakerEntry | null {
  const { roleUses } = rule;
  if (roleUses) {
    const [top, next] = matches
      .filter((e) => e.isName)
      .map((e) => ({ e, uses: roleUses(query, e) }))
      .sort((a, b) => b.uses - a.uses);
    if (top && top.uses >= 2 && top.uses >= ROLE_DOMINANCE * (next?.uses ?? 0)) return top.e;
  }
  if (query.tokens.length !== 1) return null;
  const namesakes = matches.filter((e) => e.surname === query.joined);
  if (namesakes.length < matches.length && !(query.titled && namesakes.length > 0)) return null;
  const [top, ...rest] = namesakes.sort((a, b) => b.weight - a.weight);
  if (rest.length === 0 && namesakes.length < matches.length) return top;
  return top.weight >= DOMINANCE * rest.reduce((sum, e) => sum + e.weight, 0) ? top : null;
}

/** Known speakers closest in spelling to the query, else the most quoted ones. */
function suggestionsFor(query: SpeakerQuery, suggestable: SpeakerEntry[]): SpeakerEntry[] {
  const scored = suggestable.flatMap((entry) => {
    let best = Number.POSITIVE_INFINITY;
    for (const t of query.tokens) {
      const allowed = Math.floor(t.length / 2);
      for (const name of entry.tokens) {
        const d = editDistance(t, name, allowed);
        if (d <= allowed) best = Math.min(best, d / Math.max(t.length, name.length));
      }
    }
    return Number.isFinite(best) ? [{ entry, best }] : [];
  });
  if (scored.length === 0) return suggestable.slice(0, SUGGESTIONS);
  return scored
    .sort((a, b) => a.best - b.best)
    .slice(0, SUGGESTIONS)
    .map((s) => s.entry);
}

/**
 * Resolves a speaker query against the directory's speaking entries. Among several matches, those with
 * quotes are kept when there are any (a query for quotes means a speaker); one left, or one that stands
 * out, is the answer; several are candidates (names before descriptions, most quoted first).
 * `suggestable` are the named speakers, most quoted first.
 */
export function resolveSpeaker(
  query: SpeakerQuery,
  index: EntryIndex,
  suggestable: SpeakerEntry[],
  quoteCount: (entry: SpeakerEntry) => number,
): Resolution {
  if (query.tokens.length === 0) return { kind: 'unknown', suggestions: suggestable.slice(0, SUGGESTIONS) };
  for (const rule of RULES) {
    let best = Number.POSITIVE_INFINITY;
    let matches: SpeakerEntry[] = [];
    for (const entry of rule.candidates(query, index)) {
      const cost = rule.match(query, entry);
      if (cost === null || cost > best) continue;
      if (cost < best) [best, matches] = [cost, []];
      matches.push(entry);
    }
    if (matches.length === 0) continue;
    const quoted = matches.filter((e) => quoteCount(e) > 0);
    const narrowed = quoted.length > 0 ? quoted : matches;
    const one = narrowed.length === 1 ? narrowed[0] : standsOut(rule, query, narrowed);
    if (one) return { kind: 'found', entry: one, rule: rule.id };
    // two people or more to choose from: the description asked about is not one of them ("the prime minister"
    // could be Ada Lind or Owen Marsh); beside one person, a description quoted on its own still is
    const named = narrowed.filter((e) => e.isName);
    const byQuotes = (named.length > 1 ? named : narrowed).sort(
      (a, b) => Number(b.isName) - Number(a.isName) || quoteCount(b) - quoteCount(a) || a.name.localeCompare(b.name),
    );
    return { kind: 'ambiguous', candidates: byQuotes, rule: rule.id };
  }
  return { kind: 'unknown', suggestions: suggestionsFor(query, suggestable) };
}
