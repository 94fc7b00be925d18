import type { ArticleFacts } from '../facts.js';
import { nodeOf, type ProfileView, renamed, rolesConflict, viewsOf } from './link-views.js';

/** Union-find over `type:key` nodes, with the members of each group of more than one. */
class Groups {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, string[]>();

  find(node: string): string {
    let root = node;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    for (let at = node; at !== root;) {
      const next = this.parent.get(at) as string;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [small, large] = this.membersOf(ra).length < this.membersOf(rb).length ? [ra, rb] : [rb, ra];
    this.parent.set(small, large);
    this.members.set(large, [...this.membersOf(large), ...this.membersOf(small)]);
    this.members.delete(small);
  }

  membersOf(root: string): string[] {
    return this.members.get(root) ?? [root];
  }
}

/** A full name that a family name alone may stand for, and the head words of the roles it is given. */
interface FullName {
  canonical: string;
  roles: Set<string>;
}

function sameFullName(a: FullName | undefined, b: FullName | undefined): boolean {
  if (!a || !b) return a === b;
  return a.canonical === b.canonical && a.roles.size === b.roles.size && [...a.roles].every((r) => b.roles.has(r));
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The corpus-wide names of a set of articles, kept so that articles added later are linked without going
 * over the whole corpus again: only the groups and family names they touch are worked out anew, and only
 * the articles using those are renamed. The result is the same as linking everything at once.
 *
 * Entities that share a name or a stated alias are one ("Islamic State" with its aliases ISIS and Daesh in one
 * article, "Islamic State in Iraq and Syria" with ISIS in another), named as most articles name them; a
 * family name alone ("Kerry") takes the one full name ending in it that articles use, if only one, unless
 * their roles conflict.
 */
class CorpusLinks {
  private readonly groups = new Groups();
  /**
   * How many profiles are named by each node, and in which spellings: the first one met, and the others
   * with their counts for the few nodes spelt in more than one way ("US", "U.S.").
   */
  private readonly uses = new Map<string, number>();
  private readonly spelling = new Map<string, string>();
  private readonly otherSpellings = new Map<string, Map<string, number>>();
  /** The canonical name of each named node: that of its group's most used node. */
  private readonly shared = new Map<string, string>();
  /** Family name -> the full names of persons ending in it, with the head words of their roles. */
  private readonly byFamily = new Map<string, Map<string, Set<string>>>();
  /** Family name -> its full name, when articles use only one. */
  private readonly full = new Map<string, FullName>();
  /** The family name of each full name's node ("person:john kerry" -> "kerry"), which it may lend to a lone one. */
  private readonly familyOf = new Map<string, string>();
  /** The articles naming each node and using each family name alone: renamed when those change. */
  private readonly byNode = new Map<string, ArticleFacts[]>();
  private readonly byLone = new Map<string, ArticleFacts[]>();
  private readonly linked = new Map<ArticleFacts, ArticleFacts>();

  has(facts: ArticleFacts): boolean {
    return this.linked.has(facts);
  }

  /** Whether every article linked here is among `articles`. */
  within(articles: Set<ArticleFacts>): boolean {
    for (const facts of this.linked.keys()) if (!articles.has(facts)) return false;
    return true;
  }

  linkedOf(facts: ArticleFacts): ArticleFacts {
    return this.linked.get(facts) as ArticleFacts;
  }

  add(articles: ArticleFacts[]): void {
    const touched = new Set<string>();
    const families = new Set<string>();
    for (const facts of articles) {
      for (const view of viewsOf(facts)) {
        this.count(view, facts);
        touched.add(view.node);
        for (const alias of view.aliasNodes) touched.add(alias);
        if (view.family !== null) families.add(view.family);
      }
    }
    const changedNodes = this.settleGroups(touched);
    const changedFamilies = this.settleFamilies(families);
    for (const node of changedNodes) {
      const family = this.familyOf.get(node);
      if (family !== undefined) changedFamilies.add(family);
    }
    const affected = new Set(articles);
    for (const node of changedNodes) for (const facts of this.byNode.get(node) ?? []) affected.add(facts);
    for (const family of changedFamilies) for (const facts of this.byLone.get(family) ?? []) affected.add(facts);
    for (const facts of affected) this.linked.set(facts, renamed(facts, this.rename));
  }

  private count(view: ProfileView, facts: ArticleFacts): void {
    const { node, profile } = view;
    this.uses.set(node, (this.uses.get(node) ?? 0) + 1);
    const first = this.spelling.get(node);
    if (first === undefined) this.spelling.set(node, profile.canonical);
    else if (first !== profile.canonical) {
      const others = this.otherSpellings.get(node) ?? new Map<string, number>();
      this.otherSpellings.set(node, others);
      others.set(profile.canonical, (others.get(profile.canonical) ?? 0) + 1);
    }
    for (const alias of view.aliasNodes) this.groups.join(alias, node);
    addTo(this.byNode, node, facts);
    if (view.lone !== null) addTo(this.byLone, view.lone, facts);
    if (view.family !== null) {
      this.familyOf.set(node, view.family);
      const names = this.byFamily.get(view.family) ?? new Map<string, Set<string>>();
      this.byFamily.set(view.family, names);
      const roles = names.get(profile.canonical) ?? new Set<string>();
      names.set(profile.canonical, roles);
      for (const head of view.roleHeads) roles.add(head);
    }
  }

  /**
   * The most used spelling of a node; among equals, one written on one line ("Nova Scotia", not "Nova\nScotia"
   * where the text wrapped), then the first in code-point order, whatever the article order.
   */
  private spellingOf(node: string): string {
    const first = this.spelling.get(node) as string;
    const others = this.otherSpellings.get(node);
    if (!others) return first;
    const wrapped = (spelling: string): boolean => /\s/.test(spelling.replaceAll(' ', ''));
    const better = (a: [string, number], b: [string, number]): boolean =>
      a[1] !== b[1] ? a[1] > b[1] : wrapped(a[0]) !== wrapped(b[0]) ? !wrapped(a[0]) : a[0] < b[0];
    let best: [string, number] = [
      first,
      (this.uses.get(node) as number) - [...others.values()].reduce((a, b) => a + b, 0),
    ];
    for (const entry of others) if (better(entry, best)) best = entry;
    return best[0];
  }

  /** Works out again the name of every group holding a touched node; returns the nodes whose name changed. */
  private settleGroups(touched: Set<string>): string[] {
    const roots = new Set([...touched].map((node) => this.groups.find(node)));
    const changed: string[] = [];
    for (const root of roots) {
      const named = this.groups.membersOf(root).filter((node) => this.uses.has(node));
      if (named.length === 0) continue;
      // the most used node, then the longest name, then the first in code-point order
      let best = { node: '', name: '', score: -1 };
      for (const node of named) {
        const name = this.spellingOf(node);
        const score = (this.uses.get(node) as number) * 1000 + name.length;
        if (score > best.score || (score === best.score && node < best.node)) best = { node, name, score };
      }
      const { name } = best;
      for (const node of named) {
        if (this.shared.get(node) === name) continue;
        this.shared.set(node, name);
        changed.push(node);
      }
    }
    return changed;
  }

  /** Works out again the full name of each touched family name; returns those whose full name changed. */
  private settleFamilies(families: Set<string>): Set<string> {
    const changed = new Set<string>();
    for (const family of families) {
      const names = this.byFamily.get(family);
      const only = names?.size === 1 ? [...names][0] : null;
      const next = only ? { canonical: only[0], roles: new Set(only[1]) } : undefined;
      if (sameFullName(this.full.get(family), next)) continue;
      if (next) this.full.set(family, next);
      else this.full.delete(family);
      changed.add(family);
    }
    return changed;
  }

  private readonly rename = ({ profile, node, lone, roleHeads }: ProfileView): string => {
    if (lone !== null) {
      const whole = this.full.get(lone);
      if (whole && !rolesConflict(roleHeads, whole.roles)) {
        return this.shared.get(nodeOf(profile.type, whole.canonical)) ?? whole.canonical;
      }
    }
    return this.shared.get(node) ?? profile.canonical;
  };
}

/**
 * The links of the corpus linked last, and the article each linked one was made from: a refresh hands the
 * linked facts of unchanged articles back, and when articles were only added, the links are carried on
 * instead of worked out again. Anything else (an article removed or changed, another corpus) starts afresh.
 */
let last: CorpusLinks | null = null;
const inputOf = new WeakMap<ArticleFacts, ArticleFacts>();

/**
 * Gives the same entity the same canonical name across articles ("Kerry" alone in one article and "John
 * Kerry" in another become "John Kerry"). Runs over the whole corpus after per-article extraction.
 */
export function linkAcrossArticles(facts: ArticleFacts[]): ArticleFacts[] {
  const inputs = facts.map((f) => inputOf.get(f) ?? f);
  const wanted = new Set(inputs);
  const links = last?.within(wanted) ? last : new CorpusLinks();
  links.add([...wanted].filter((f) => !links.has(f)));
  last = links;
  return inputs.map((input) => {
    const output = links.linkedOf(input);
    inputOf.set(output, input);
    return output;
  });
}
