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

const nodeOf = (type: EntityType, name: string): string => `${type}:${keyOf(name)}`;

/** Union-find over `type:key` nodes of the whole corpus. */
class Groups {
  private readonly parent = new Map<string, string>();

  find(node: string): string {
    let root = node;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(node, root);
    return root;
  }

  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

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
function rolesConflict(own: Set<string>, other: Set<string>): boolean {
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
interface ProfileView {
  profile: EntityProfile;
  key: string;
  node: string;
  aliasNodes: string[];
  /** For a person named in two words or more: the family name, without its particle. */
  family: string | null;
  roleHeads: Set<string>;
}

/**
 * Views of an article's profiles, kept with its facts object: a refresh hands on the facts of unchanged
 * articles as they were, so linking again after one article is added works out only that article's.
 */
const views = new WeakMap<ArticleFacts, ProfileView[]>();

function viewsOf(facts: ArticleFacts): ProfileView[] {
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
      roleHeads: roleHeads(profile.roles),
    };
  });
  views.set(facts, list);
  return list;
}

/**
 * The canonical name each `type:key` node takes corpus-wide: entities that share a name or a stated alias
 * are one ("Islamic State" with its aliases ISIS and Daesh in one article, "Islamic State in Iraq and Syria"
 * with ISIS in another), named as most articles name them.
 */
function sharedNames(facts: ArticleFacts[]): Map<string, string> {
  const groups = new Groups();
  const uses = new Map<string, number>();
  const names = new Map<string, string>();
  for (const f of facts) {
    for (const { profile, node, aliasNodes } of viewsOf(f)) {
      groups.find(node);
      uses.set(node, (uses.get(node) ?? 0) + 1);
      for (const alias of aliasNodes) groups.join(alias, node);
      names.set(node, profile.canonical);
    }
  }
  const score = (node: string): number => (uses.get(node) ?? 0) * 1000 + (names.get(node)?.length ?? 0);
  const best = new Map<string, string>();
  for (const node of names.keys()) {
    const root = groups.find(node);
    const current = best.get(root);
    if (!current || score(node) > score(current)) best.set(root, node);
  }
  const canonical = new Map<string, string>();
  for (const node of names.keys()) canonical.set(node, names.get(best.get(groups.find(node)) ?? node) ?? node);
  return canonical;
}

/** A full name that a family name alone may stand for, and the head words of the roles it is given. */
interface FullName {
  canonical: string;
  roles: Set<string>;
}

/**
 * "Kerry" alone in an article -> the one full name ending in "Kerry" that other articles use, if only one,
 * with the roles all those articles give it.
 */
function fullNames(facts: ArticleFacts[]): Map<string, FullName> {
  const byFamilyName = new Map<string, Map<string, Set<string>>>();
  for (const f of facts) {
    for (const { profile, family, roleHeads: heads } of viewsOf(f)) {
      if (family === null) continue;
      const names = byFamilyName.get(family) ?? new Map<string, Set<string>>();
      byFamilyName.set(family, names);
      const roles = names.get(profile.canonical) ?? new Set<string>();
      names.set(profile.canonical, roles);
      for (const head of heads) roles.add(head);
    }
  }
  const full = new Map<string, FullName>();
  for (const [family, names] of byFamilyName) {
    if (names.size === 1) for (const [canonical, roles] of names) full.set(family, { canonical, roles });
  }
  return full;
}

/** One article's facts with its canonical names replaced by the corpus-wide ones. */
function renamed(f: ArticleFacts, rename: (view: ProfileView) => string): ArticleFacts {
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

/**
 * Gives the same entity the same canonical name across articles ("Kerry" alone in one article and "John
 * Kerry" in another become "John Kerry"). Runs over the whole corpus after per-article extraction.
 */
export function linkAcrossArticles(facts: ArticleFacts[]): ArticleFacts[] {
  const shared = sharedNames(facts);
  const full = fullNames(facts);
  const rename = ({ profile: { type, canonical }, key, node, roleHeads: heads }: ProfileView): string => {
    if (type === 'person' && !key.includes(' ')) {
      const whole = full.get(bare(key));
      if (whole && !rolesConflict(heads, whole.roles)) {
        return shared.get(nodeOf(type, whole.canonical)) ?? whole.canonical;
      }
    }
    return shared.get(node) ?? canonical;
  };
  return facts.map((f) => renamed(f, rename));
}
