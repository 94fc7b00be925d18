import type { Document } from '../library.js';
import type { EntityType } from '../nlp/facts.js';
import { looksLikeName, nameTokens, spellingKey, surnameOf } from './names.js';

/** Someone (or some body) a speaker query can resolve to, with every name and role the articles give it. */
export interface SpeakerEntry {
  /** The canonical name, as quotes and entity mentions carry it. */
  name: string;
  type: EntityType | null;
  /** A proper name ("John Kerry") rather than a description a quote was attributed to ("a spokesman"). */
  isName: boolean;
  /** The canonical name and name-like aliases as `nameTokens` reads them ("sergei lavrov", "lavrov"). */
  names: Set<string>;
  /** The words of those names. */
  tokens: Set<string>;
  /** The family name of a person ("lavrov"), else null. */
  surname: string | null;
  /** Roles, titles and descriptions as `nameTokens` reads them, with how often the articles use each. */
  roles: Map<string, number>;
  /** The words of those roles. */
  roleTokens: Set<string>;
  /** How often the articles mention or quote it: what "the usual one" means among namesakes. */
  weight: number;
}

/** The people and organizations of a library, and the entry name each speaker string files under. */
export interface SpeakerDirectory {
  /** Those who speak: people, organizations, and the descriptions quotes are attributed to. */
  entries: SpeakerEntry[];
  /** The entry name a speaker string files under ("Kerry" -> "John Kerry" when no other Kerry is known). */
  canonical(speaker: string): string;
  /** The names of every entity, for topic filters (built on first call). */
  entityNames(): EntityNames;
}

/** What topic filters need of the directory: plain data, kept in a snapshot of its own (quote-snapshot.ts). */
export interface EntityNames {
  /** Every name of every entity (canonical, alias, a person's family name) as `nameTokens` reads it -> the entities. */
  byName: Map<string, Set<string>>;
  /** A name filed under another entity's ("Kerry" -> "John Kerry"); chains are followed. */
  folded: Map<string, string>;
}

/** The entity name a name files under (see `SpeakerDirectory.canonical`). */
export function canonicalIn(folded: Map<string, string>, name: string): string {
  let current = name;
  for (let next = folded.get(current); next !== undefined; next = folded.get(current)) current = next;
  return current;
}

/** The entities of any type (places too) a topic names, by one of their names or a person's family name. */
export function entitiesNamed(names: EntityNames, topic: string): Set<string> {
  return names.byName.get(nameTokens(topic).join(' ')) ?? new Set();
}

/**
 * A lone family name files under a namesake mentioned at least this many times as often as all other
 * people of that name together (a head of government among namesakes): below that, "Brown" may be two
 * people in two stories.
 */
export const DOMINANCE = 10;

const SPEAKING_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization']);
/** Words that stand for a speaker without describing them. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them']);

interface Draft {
  name: string;
  types: Map<EntityType, number>;
  aliases: Set<string>;
  roles: Map<string, number>;
  weight: number;
  quoted: boolean;
}

/**
 * Whether the words a quote is attributed by describe the speaker ("the top US diplomat", "Washington's
 * top diplomat", "a State Department spokesman") rather than name them or stand for them ("Kerry", "he").
 */
function isDescription(text: string): boolean {
  const trimmed = text.trim();
  return !PRONOUNS.has(trimmed.toLowerCase()) && /(?:^|\s)\p{Ll}{2,}/u.test(trimmed);
}

function majorityType(types: Map<EntityType, number>): EntityType | null {
  let best: EntityType | null = null;
  let count = 0;
  for (const [type, n] of types) {
    if (n > count) [best, count] = [type, n];
  }
  return best;
}

class Drafts {
  readonly byName = new Map<string, Draft>();

  get(name: string): Draft {
    let draft = this.byName.get(name);
    if (!draft) {
      draft = { name, types: new Map(), aliases: new Set(), roles: new Map(), weight: 0, quoted: false };
      this.byName.set(name, draft);
    }
    return draft;
  }

  /** Moves everything `from` knows into `into` and forgets `from`. */
  merge(from: Draft, into: Draft): void {
    for (const [type, n] of from.types) into.types.set(type, (into.types.get(type) ?? 0) + n);
    for (const alias of [from.name, ...from.aliases]) into.aliases.add(alias);
    for (const [role, n] of from.roles) into.roles.set(role, (into.roles.get(role) ?? 0) + n);
    into.weight += from.weight;
    into.quoted ||= from.quoted;
    this.byName.delete(from.name);
  }
}

const isPersonLike = (d: Draft): boolean => {
  const type = majorityType(d.types);
  return looksLikeName(d.name) && (type === 'person' || type === null);
};

/**
 * One draft per way of writing a name ("Ruth Ames-Whitby", "Ruth Ames Whitby", "John F. Kerry" and
 * "John Kerry"): the most used spelling wins.
 */
function mergeSpellings(drafts: Drafts, folded: Map<string, string>): void {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts.byName.values()) {
    if (!looksLikeName(d.name)) continue;
    const key = `${majorityType(d.types) === 'place' ? 'place' : 'other'}:${spellingKey(d.name)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const [keep, ...rest] = group.sort((a, b) => b.weight - a.weight);
    for (const d of rest) {
      drafts.merge(d, keep);
      folded.set(d.name, keep.name);
    }
  }
}

/**
 * A person named only by the end of their name ("Kerry", "Ames-Whitby"), as an article that never gives
 * the full name leaves them, files under the one person with a longer name ending that way, or under a
 * namesake that dominates (see DOMINANCE); otherwise they stay apart.
 */
function foldPartialNames(drafts: Drafts, folded: Map<string, string>): void {
  const people = [...drafts.byName.values()].filter(isPersonLike).map((d) => ({ d, tokens: nameTokens(d.name) }));
  const byLast = new Map<string, typeof people>();
  for (const p of people) {
    const last = p.tokens[p.tokens.length - 1];
    if (last) byLast.set(last, [...(byLast.get(last) ?? []), p]);
  }
  for (const partial of people) {
    const n = partial.tokens.length;
    if (n === 0) continue;
    const longer = (byLast.get(partial.tokens[n - 1]) ?? []).filter(
      (p) => p.tokens.length > n && partial.tokens.every((t, i) => p.tokens[p.tokens.length - n + i] === t),
    );
    if (longer.length === 0) continue;
    const [top, ...others] = longer.sort((a, b) => b.d.weight - a.d.weight);
    const rest = others.reduce((sum, p) => sum + p.d.weight, 0);
    if (others.length > 0 && top.d.weight < DOMINANCE * rest) continue;
    if (!drafts.byName.has(top.d.name) || !drafts.byName.has(partial.d.name)) continue;
    drafts.merge(partial.d, top.d);
    folded.set(partial.d.name, top.d.name);
  }
}

const speaks = (d: Draft): boolean => {
  const type = majorityType(d.types);
  return d.quoted || (type !== null && SPEAKING_TYPES.has(type));
};

/** Every name (canonical, alias, a person's family name) of every draft -> the drafts it names. */
function nameIndex(drafts: Drafts): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string, draft: Draft): void => {
    const key = nameTokens(name).join(' ');
    if (!key) return;
    const set = index.get(key) ?? new Set<string>();
    set.add(draft.name);
    index.set(key, set);
  };
  for (const d of drafts.byName.values()) {
    for (const name of [d.name, ...d.aliases]) add(name, d);
    const surname = isPersonLike(d) ? surnameOf(d.name) : null;
    if (surname) add(surname, d);
  }
  return index;
}

/** What an entry is made of; the words of its names and roles follow from them. */
export type EntryFields = Omit<SpeakerEntry, 'tokens' | 'roleTokens'>;

/** An entry from its names and roles (as built here, or as a snapshot of the quote book kept them). */
export function speakerEntry(fields: EntryFields): SpeakerEntry {
  const tokens = new Set<string>();
  for (const name of fields.names) for (const token of name.split(' ')) tokens.add(token);
  const roleTokens = new Set<string>();
  for (const role of fields.roles.keys()) for (const token of role.split(' ')) roleTokens.add(token);
  const { name, type, isName, names, surname, roles, weight } = fields;
  return { name, type, isName, names, tokens, surname, roles, roleTokens, weight };
}

function entryOf(draft: Draft): SpeakerEntry {
  const isName = looksLikeName(draft.name);
  const type = majorityType(draft.types);
  const nameLike = isName ? [draft.name, ...[...draft.aliases].filter(looksLikeName)] : [];
  const roles = new Map<string, number>();
  const addRole = (text: string, n: number): void => {
    const role = nameTokens(text).join(' ');
    if (role) roles.set(role, (roles.get(role) ?? 0) + n);
  };
  for (const [role, n] of draft.roles) addRole(role, n);
  for (const alias of draft.aliases) if (!looksLikeName(alias)) addRole(alias, 1);
  if (!isName) addRole(draft.name, Math.max(1, draft.weight));
  return speakerEntry({
    name: draft.name,
    type,
    isName,
    names: new Set(nameLike.map((n) => nameTokens(n).join(' ')).filter(Boolean)),
    surname: isName && type !== 'organization' && type !== 'place' ? surnameOf(draft.name) : null,
    roles,
    weight: draft.weight,
  });
}

/** Everyone and everything named or quoted in the library; `speakers` are the speaker strings of its quotes. */
export function buildDirectory(documents: Document[], speakers: Iterable<string>): SpeakerDirectory {
  const drafts = new Drafts();
  for (const { article, facts } of documents) {
    for (const mention of facts.entities) {
      const draft = drafts.get(mention.canonical);
      draft.types.set(mention.type, (draft.types.get(mention.type) ?? 0) + 1);
      draft.weight++;
      if (mention.text !== mention.canonical) draft.aliases.add(mention.text);
    }
    for (const profile of facts.profiles) {
      const draft = drafts.get(profile.canonical);
      if (draft.types.size === 0) draft.types.set(profile.type, 1);
      for (const alias of profile.aliases) draft.aliases.add(alias);
      for (const role of profile.roles) draft.roles.set(role, (draft.roles.get(role) ?? 0) + 1);
    }
    // "...," the top US diplomat said: the description an article uses for a speaker is one of their roles
    for (const quote of facts.quotes) {
      if (quote.speaker === null || quote.speakerStart === null || quote.speakerEnd === null) continue;
      const attribution = article.text.slice(quote.speakerStart, quote.speakerEnd);
      if (!isDescription(attribution)) continue;
      const draft = drafts.get(quote.speaker);
      draft.roles.set(attribution, (draft.roles.get(attribution) ?? 0) + 1);
    }
  }
  for (const speaker of speakers) {
    const draft = drafts.get(speaker);
    draft.weight++;
    draft.quoted = true;
  }
  const folded = new Map<string, string>();
  mergeSpellings(drafts, folded);
  foldPartialNames(drafts, folded);
  let byName: Map<string, Set<string>> | undefined;
  return {
    entries: [...drafts.byName.values()].filter(speaks).map(entryOf),
    canonical: (name) => canonicalIn(folded, name),
    entityNames: () => {
      byName ??= nameIndex(drafts);
      return { byName, folded };
    },
  };
}
