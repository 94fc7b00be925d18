import type { EntityMention, EntityProfile, EntityType } from '../facts.js';
import type { AliasLink, Named } from './aliases.js';
import { keyOf } from './candidate.js';
import { rolesOf } from './roles.js';
import { ROYAL_TITLES, SAME_NAMES } from './words.js';

/** Keys of one article joined into entities (union-find over name keys). */
class Groups {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(key, root);
    return root;
  }

  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/** What the article shows of one name key: its mentions, and how they are written. */
interface KeyInfo {
  key: string;
  words: string[];
  mentions: Named[];
  type: EntityType;
}

/** "al-Assad" -> "assad": the family name without its particle, to match "Assad". */
const bare = (word: string): string => word.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/, '');

/** The type the mentions' votes favour; guesses count for little ("Daesh", glossed as "Islamic State"). */
function typeOf(mentions: Named[]): EntityType {
  const weights = new Map<EntityType, number>();
  for (const m of mentions) weights.set(m.type, (weights.get(m.type) ?? 0) + 0.1 + m.certainty);
  return [...weights].sort((a, b) => b[1] - a[1])[0][0];
}

const titleCase = (text: string): string => text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase());

/**
 * How a key is best written: as the article writes it in mixed case ("Moscow", not the dateline's "MOSCOW"),
 * else as an acronym ("NATO") where it is one, else in title case ("LONDON" -> "London").
 */
function displayOf(info: KeyInfo): string {
  const mixed = info.mentions.find((m) => /\p{Ll}/u.test(m.candidate.text));
  if (mixed) return mixed.candidate.text;
  const written = info.mentions[0].candidate;
  const acronym =
    written.last - written.first === 1 && !written.tokens[written.first].caseless && written.text.length <= 5;
  return acronym ? written.text : titleCase(written.text);
}

const isAcronym = (info: KeyInfo): boolean =>
  info.words.length === 1 && /^\p{Lu}{2,}$/u.test(info.mentions[0].candidate.text.replaceAll('.', ''));

function initialsOf(words: string[]): string {
  return words
    .filter((w) => !['of', 'for', 'and', 'the', '&', 'in', 'on'].includes(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The shorter forms each longer name may be written as, by `type:form`: the family names and tails of a
 * person's name (particles aside: "assad" of "bashar al-assad"), a person's first name, the first words of
 * an organization or place, and the initials of a name of several words.
 */
function shorterForms(infos: Iterable<KeyInfo>): Map<string, { info: KeyInfo; how: string }[]> {
  const forms = new Map<string, { info: KeyInfo; how: string }[]>();
  const add = (info: KeyInfo, form: string, how: string) => {
    const key = `${info.type}:${form}`;
    forms.set(key, [...(forms.get(key) ?? []), { info, how }]);
  };
  for (const info of infos) {
    const n = info.words.length;
    if (n < 2) continue;
    for (let k = 1; k < n; k++) {
      if (info.type === 'person')
        add(
          info,
          info.words
            .slice(n - k)
            .map(bare)
            .join(' '),
          'tail',
        );
      else add(info, info.words.slice(0, k).join(' '), 'head');
    }
    if (info.type === 'person') add(info, info.words[0], 'first name');
    else add(info, initialsOf(info.words), 'initials');
  }
  return forms;
}

/**
 * Whether a name is written with a royal title somewhere in the article: "Prince Charles" is not the "Charles
 * Kennedy" of the same story.
 */
const isRoyal = (info: KeyInfo): boolean =>
  info.mentions.some((m) => ROYAL_TITLES.has(m.candidate.title?.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''));

/**
 * The links between the keys of one article, in order: what the text states (aliases), the fixed
 * spellings of countries and bodies, then the shorter forms of longer names: "Kerry" of "John Kerry",
 * "Mercantile" of "Mercantile Bancorp Inc.", "IS" of "Islamic State". A short form that fits several
 * longer names is left to each mention (see `nearestFullName`).
 */
function linkKeys(infos: Map<string, KeyInfo>, links: AliasLink[], groups: Groups): void {
  for (const link of links) {
    const alias = keyOf(link.alias);
    const name = keyOf(link.name);
    if (infos.has(alias) && infos.has(name)) groups.join(alias, name);
  }
  for (const key of infos.keys()) {
    const same = SAME_NAMES.get(key);
    if (same) groups.join(key, `=${same}`);
  }
  const shorter = shorterForms(infos.values());
  for (const info of infos.values()) {
    const form = info.type === 'person' ? info.words.map(bare).join(' ') : info.key;
    const forms = shorter.get(`${info.type}:${form}`) ?? [];
    let matches = forms.filter((o) => o.how !== 'initials' && !(o.how === 'first name' && isRoyal(info)));
    if (!matches.length && isAcronym(info)) matches = forms;
    const names = new Set(matches.map((m) => m.info.key));
    if (names.size === 1) groups.join(info.key, matches[0].info.key);
  }
}

/** For a family name shared by several full names: the one written last before the mention, else the first after. */
function nearestFullName(mention: Named, byFamilyName: Map<string, KeyInfo[]>): string | null {
  const fits = byFamilyName.get(bare(mention.candidate.key)) ?? [];
  if (fits.length < 2) return null;
  let best: { key: string; distance: number } | null = null;
  for (const info of fits) {
    for (const m of info.mentions) {
      const before = m.candidate.start < mention.candidate.start;
      const distance = before ? mention.candidate.start - m.candidate.start : 1e9 + m.candidate.start;
      if (!best || distance < best.distance) best = { key: info.key, distance };
    }
  }
  return best?.key ?? null;
}

/** The full names of people by their family name ("berg" -> Anna Berg, Lars Berg). */
function fullNamesByFamilyName(infos: Iterable<KeyInfo>): Map<string, KeyInfo[]> {
  const byFamilyName = new Map<string, KeyInfo[]>();
  for (const info of infos) {
    if (info.type !== 'person' || info.words.length < 2) continue;
    const family = bare(info.words.at(-1) as string);
    byFamilyName.set(family, [...(byFamilyName.get(family) ?? []), info]);
  }
  return byFamilyName;
}

/** The key whose name the group takes: the full name of a person, the most used long name of anything else. */
function canonicalKey(members: KeyInfo[], type: EntityType): KeyInfo {
  const score = (i: KeyInfo): number =>
    type === 'person'
      ? i.words.length * 1000 + i.mentions.length
      : (isAcronym(i) ? 0 : 1000) +
        Math.min(i.words.length, 2) * 100 +
        i.mentions.reduce((sum, m) => sum + 1 + m.certainty, 0) * 2 +
        i.words.length;
  return [...members].sort((a, b) => score(b) - score(a))[0];
}

/** Mentions with canonical names shared by every mention of the same entity, and the entities' profiles. */
export function cluster(
  text: string,
  named: Named[],
  links: AliasLink[],
): { mentions: EntityMention[]; profiles: EntityProfile[] } {
  const infos = new Map<string, KeyInfo>();
  for (const n of named) {
    const key = n.candidate.key;
    const info = infos.get(key);
    if (info) info.mentions.push(n);
    else infos.set(key, { key, words: key.split(' '), mentions: [n], type: n.type });
  }
  for (const info of infos.values()) info.type = typeOf(info.mentions);
  const groups = new Groups();
  linkKeys(infos, links, groups);

  const members = new Map<string, KeyInfo[]>();
  for (const info of infos.values()) {
    const root = groups.find(info.key);
    members.set(root, [...(members.get(root) ?? []), info]);
  }
  const entityOf = new Map<string, { canonical: string; type: EntityType; profile: EntityProfile }>();
  const profiles: EntityProfile[] = [];
  for (const [root, group] of members) {
    const type = typeOf(group.flatMap((g) => g.mentions));
    const head = canonicalKey(group, type);
    const fixed = [...group.map((g) => SAME_NAMES.get(g.key)), root.startsWith('=') ? root.slice(1) : undefined].find(
      Boolean,
    );
    const canonical = fixed ?? displayOf(head);
    const profile: EntityProfile = { canonical, type, aliases: [], roles: [] };
    profiles.push(profile);
    for (const g of group) entityOf.set(g.key, { canonical, type, profile });
  }

  const byFamilyName = fullNamesByFamilyName(infos.values());
  const mentions: EntityMention[] = [];
  for (const n of named) {
    const nearest = n.type === 'person' && !n.candidate.key.includes(' ') ? nearestFullName(n, byFamilyName) : null;
    const entity = entityOf.get(nearest ?? n.candidate.key);
    if (!entity) continue;
    const c = n.candidate;
    mentions.push({
      type: entity.type,
      text: c.text,
      start: c.start,
      end: c.end,
      canonical: entity.canonical,
      sentence: c.sentence,
    });
    const written = displayOf(infos.get(c.key) as KeyInfo);
    const { profile } = entity;
    if (keyOf(written) !== keyOf(profile.canonical) && !profile.aliases.some((a) => keyOf(a) === keyOf(written))) {
      profile.aliases.push(written);
    }
    if (entity.type === 'person') {
      for (const { role } of rolesOf(text, c)) {
        if (!profile.roles.some((r) => r.toLowerCase() === role.toLowerCase())) profile.roles.push(role);
      }
    }
  }
  for (const link of links) {
    const entity = entityOf.get(keyOf(link.name));
    if (
      entity &&
      keyOf(link.alias) !== keyOf(entity.canonical) &&
      !entity.profile.aliases.some((a) => keyOf(a) === keyOf(link.alias))
    ) {
      entity.profile.aliases.push(link.alias);
    }
  }
  for (const p of profiles) p.roles.sort((a, b) => b.length - a.length);
  const used = new Set(mentions.map((m) => m.canonical));
  return { mentions, profiles: profiles.filter((p) => used.has(p.canonical)) };
}
