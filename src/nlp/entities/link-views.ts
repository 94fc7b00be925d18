/**
 * What cross-article linking reads of one article: the keys of its names, worked out once per article, and
 * the article renamed once the corpus-wide names are known.
 */
import type { ArticleFacts, EntityProfile, EntityType } from '../facts.js';
import { keyOf as keyOfName } from './candidate.js';
import { isRoleNoun } from './gazetteer.js';
import { PEER_TITLES, PERSON_TITLES, ROYAL_TITLES } from './words.js';

/** Keys of names, computed once per name: the corpus repeats the same names many times. */
const keys = new Map<string, string>();
function keyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = keyOfName(name);
    if (keys.size > 200_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** "al-Assad" -> "assad": a family name without its particle. */
const bare = (word: string): string => word.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/, '');

export const nodeOf = (type: EntityType, name: string): string => `${type}:${keyOf(name)}`;

/**
 * The head word of each role: its last title or role noun before any "of" ("chief executive of BP" ->
 * "executive", "Lord" -> "lord", "US Secretary of State" -> "secretary").
 */
function roleHeads(roles: string[]): Set<string> {
  const heads = new Set<string>();
  for (const role of roles) {
    const words = role.toLowerCase().split(/\s+/);
    const cut = words.findIndex((w) => w === 'of' || w === 'for' || w === 'at');
    const head = (cut < 0 ? words : words.slice(0, cut)).filter((w) => PERSON_TITLES.has(w) || isRoleNoun(w)).at(-1);
    if (head) heads.add(head);
  }
  return heads;
}

/**
 * "Lord Browne, chief executive of BP" is not the "Des Browne" other articles call Defence Secretary: both
 * sides have roles and none of the heads agree, or a peer's or royal title ("Lord", "Prince") is never given to the full name.
 * Other roles on one side only say nothing.
 */
export function rolesConflict(own: Set<string>, other: Set<string>): boolean {
  for (const head of own) if ((PEER_TITLES.has(head) || ROYAL_TITLES.has(head)) && !other.has(head)) return true;
  if (!own.size || !other.size) return false;
  for (const head of own) if (other.has(head)) return false;
  return true;
}

/**
 * Whether an alias may join entities across articles: not a lone family name ("Brown" may be two people
 * in two stories) and not a single letter.
 */
function joinsAcrossArticles(profile: EntityProfile, alias: string): boolean {
  const key = keyOf(alias);
  if (key.length < 2) return false;
  return profile.type !== 'person' || key.includes(' ');
}

/** What linking needs of one profile, worked out once: its node, the nodes of its joining aliases, its family. */
export interface ProfileView {
  profile: EntityProfile;
  key: string;
  node: string;
  aliasNodes: string[];
  /** For a person named in two words or more: the family name, without its particle. */
  family: string | null;
  /** For a person named in one word: that word without its particle, the family name it may stand for. */
  lone: string | null;
  roleHeads: Set<string>;
}

/** Views of an article's profiles, kept with its facts object: worked out once however often it is linked. */
const views = new WeakMap<ArticleFacts, ProfileView[]>();

export function viewsOf(facts: ArticleFacts): ProfileView[] {
  let list = views.get(facts);
  if (list) return list;
  list = facts.profiles.map((profile) => {
    const key = keyOf(profile.canonical);
    const words = key.split(' ');
    return {
      profile,
      key,
      node: nodeOf(profile.type, profile.canonical),
      aliasNodes: profile.aliases.filter((a) => joinsAcrossArticles(profile, a)).map((a) => nodeOf(profile.type, a)),
      family: profile.type === 'person' && words.length >= 2 ? bare(words.at(-1) as string) : null,
      lone: profile.type === 'person' && words.length === 1 ? bare(key) : null,
      roleHeads: roleHeads(profile.roles),
    };
  });
  views.set(facts, list);
  return list;
}

/** One article's facts with its canonical names replaced by the corpus-wide ones. */
export function renamed(f: ArticleFacts, rename: (view: ProfileView) => string): ArticleFacts {
  const byOld = new Map<string, string>();
  for (const view of viewsOf(f)) byOld.set(view.profile.canonical, rename(view));
  if ([...byOld].every(([old, name]) => old === name)) return f;
  const profiles = new Map<string, EntityProfile>();
  for (const p of f.profiles) {
    const canonical = byOld.get(p.canonical) ?? p.canonical;
    const merged = profiles.get(canonical) ?? { canonical, type: p.type, aliases: [], roles: [] };
    for (const alias of [p.canonical, ...p.aliases]) {
      if (keyOf(alias) !== keyOf(canonical) && !merged.aliases.includes(alias)) merged.aliases.push(alias);
    }
    for (const role of p.roles) if (!merged.roles.includes(role)) merged.roles.push(role);
    profiles.set(canonical, merged);
  }
  return {
    ...f,
    entities: f.entities.map((m) => ({ ...m, canonical: byOld.get(m.canonical) ?? m.canonical })),
    profiles: [...profiles.values()],
    quotes: f.quotes.map((q) =>
      q.speaker && byOld.has(q.speaker) ? { ...q, speaker: byOld.get(q.speaker) ?? null } : q,
    ),
  };
}
