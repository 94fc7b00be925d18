import type { ArticleFacts, EntityProfile, EntityType } from '../facts.js';
import { keyOf as keyOfName } from './candidate.js';

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
 * Whether an alias may join entities across articles: not a lone family name ("Brown" may be two people
 * in two stories) and not a single letter.
 */
function joinsAcrossArticles(profile: EntityProfile, alias: string): boolean {
  const key = keyOf(alias);
  if (key.length < 2) return false;
  return profile.type !== 'person' || key.includes(' ');
}

/**
 * The canonical name each `type:key` node takes corpus-wide: entities that share a name or a stated alias
 * are one ("Islamic State" with its aliases ISIS and Daesh in one article, "Islamic State in Iraq and Syria"
 * with ISIS in another), named as most articles name them.
 */
function sharedNames(facts: ArticleFacts[]): Map<string, string> {
  const groups = new Groups();
  const uses = new Map<string, number>();
  for (const f of facts) {
    for (const p of f.profiles) {
      const node = nodeOf(p.type, p.canonical);
      groups.find(node);
      uses.set(node, (uses.get(node) ?? 0) + 1);
      for (const alias of p.aliases) if (joinsAcrossArticles(p, alias)) groups.join(nodeOf(p.type, alias), node);
    }
  }
  const names = new Map<string, string>();
  for (const f of facts) for (const p of f.profiles) names.set(nodeOf(p.type, p.canonical), p.canonical);
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

/** "Kerry" alone in an article -> the one full name ending in "Kerry" that other articles use, if only one. */
function fullNames(facts: ArticleFacts[]): Map<string, string> {
  const byFamilyName = new Map<string, Set<string>>();
  for (const f of facts) {
    for (const p of f.profiles) {
      const words = keyOf(p.canonical).split(' ');
      if (p.type !== 'person' || words.length < 2) continue;
      const family = bare(words.at(-1) as string);
      byFamilyName.set(family, (byFamilyName.get(family) ?? new Set()).add(p.canonical));
    }
  }
  const full = new Map<string, string>();
  for (const [family, names] of byFamilyName) if (names.size === 1) full.set(family, [...names][0]);
  return full;
}

/** One article's facts with its canonical names replaced by the corpus-wide ones. */
function renamed(f: ArticleFacts, rename: (type: EntityType, name: string) => string): ArticleFacts {
  const byOld = new Map<string, string>();
  for (const p of f.profiles) byOld.set(p.canonical, rename(p.type, p.canonical));
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
  const rename = (type: EntityType, name: string): string => {
    const key = keyOf(name);
    if (type === 'person' && !key.includes(' ')) {
      const whole = full.get(bare(key));
      if (whole) return shared.get(nodeOf(type, whole)) ?? whole;
    }
    return shared.get(nodeOf(type, name)) ?? name;
  };
  return facts.map((f) => renamed(f, rename));
}
