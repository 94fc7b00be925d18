import type { EntityType } from '../facts.js';
import { type Candidate, candidateOf } from './candidate.js';
import type { Token } from './tokens.js';

/** A mention settled as a person, place or organization. */
export interface Named {
  candidate: Candidate;
  type: EntityType;
  /** The weight of the votes behind the type; 0 for a guess. */
  certainty: number;
}

/** Two names the text says are the same thing: `alias` ("ISIS", "Daesh") stands for `name`. */
export interface AliasLink {
  alias: string;
  name: string;
  rule: string;
}

/** One sentence as the alias rules see it: its tokens and the names settled in it, in text order. */
export interface SentenceNames {
  text: string;
  index: number;
  tokens: Token[];
  named: Named[];
}

/** What one rule found: links between names, and maybe a longer name replacing the pieces it was read as. */
export interface AliasFinding {
  links: AliasLink[];
  merge?: { into: Named; replaced: Named[] };
}

const FILLERS = new Set(['of', 'and', 'in', 'the', 'for', '&', 'on', 'de', 'du', 'des', 'la', 'le', 'al']);

/**
 * Where the long form of an acronym starts, reading back from the bracket at `open`: every letter of the
 * acronym is the initial of a capitalised word, or of a small joining word ("Islamic State in Iraq and
 * Syria (ISIS)", "National Association of Purchasing Management (NAPM)"). Null when the words do not fit.
 */
function longFormStart(tokens: Token[], open: number, acronym: string): number | null {
  let letter = acronym.length - 1;
  let i = open - 1;
  while (i >= 0 && letter >= 0) {
    const t = tokens[i];
    const initial = t.lower[0] === acronym[letter];
    if (t.shape === 'cap' || t.shape === 'upper') {
      if (!initial) return null;
      letter--;
    } else if (!FILLERS.has(t.lower)) {
      return null;
    } else if (initial && letter > 0) {
      letter--;
    }
    i--;
  }
  return letter < 0 && tokens[i + 1].shape !== 'lower' ? i + 1 : null;
}

/** Names inside quotation marks before token `until`. */
function quotedNames(s: SentenceNames, until: number): Named[] {
  const inside: boolean[] = [];
  let open = false;
  for (let i = 0; i < until; i++) {
    const mark = s.tokens[i].text;
    if (mark === '“') open = true;
    else if (mark === '”') open = false;
    else if (mark === '"') open = !open;
    inside[i] = open;
  }
  return s.named.filter((n) => n.candidate.last <= until && inside[n.candidate.first]);
}

/**
 * "Al-Qaeda affiliate Al-Nusra Front": a name that only describes the one right after it (a lowercase noun
 * between them) is not one of the names a gloss gives.
 */
function describesNext(n: Named, next: Named | undefined): boolean {
  if (!next) return false;
  const between = n.candidate.tokens.slice(n.candidate.last, next.candidate.first);
  return between.length > 0 && between.length <= 2 && between.every((t) => t.shape === 'lower' && t.lower !== 'and');
}

const pairs = (aliases: Named[], names: Named[], rule: string): AliasLink[] =>
  aliases.map((a, i) => ({ alias: a.candidate.text, name: names[i].candidate.text, rule }));

/** Cue words and the word after them that introduce another name ("referring to", "also known as"). */
const REFERRING = /^(?:referring|refer|reference) to$/;
const KNOWN_AS = /^(?:known as|also called|formerly called)$/;

function cueAt(tokens: Token[], pattern: RegExp): number {
  return tokens.findIndex((t, i) => pattern.test(`${t.lower} ${tokens[i + 1]?.lower ?? ''}`) || pattern.test(t.lower));
}

/**
 * The alias rules. Order: the bracketed acronym first, because it may build the long name ("Islamic State in
 * Iraq and Syria") out of pieces read as separate names, which the other rules then see whole.
 */
export const ALIAS_RULES: { id: string; find(s: SentenceNames): AliasFinding[] }[] = [
  // "the militant Islamic State in Iraq and Syria (ISIS) group", "the National Association of Purchasing
  // Management (NAPM) index"
  {
    id: 'bracketed-acronym',
    find: (s) => {
      const found: AliasFinding[] = [];
      const { tokens } = s;
      for (let open = 2; open + 2 < tokens.length; open++) {
        if (tokens[open].text !== '(' || tokens[open + 2].text !== ')' || tokens[open + 1].shape !== 'upper') continue;
        const acronym = tokens[open + 1].lower.replaceAll('.', '');
        const start = acronym.length > 1 ? longFormStart(tokens, open, acronym) : null;
        if (start === null || open - start < 2) continue;
        const long = candidateOf(s.text, s.index, tokens, start, open);
        const links = [{ alias: tokens[open + 1].text, name: long.text, rule: 'bracketed-acronym' }];
        const replaced = s.named.filter((n) => n.candidate.first >= start && n.candidate.last <= open);
        const whole = replaced.length === 1 && replaced[0].candidate.key === long.key;
        found.push(
          whole
            ? { links }
            : { links, merge: { into: { candidate: long, type: 'organization', certainty: 3 }, replaced } },
        );
      }
      return found;
    },
  },
  // '"ISIL, Jabhat Al-Nusra and other terrorist groups ...," he said, referring to the ISIS and Al-Nusra
  // Front militant groups.' '"You can't defeat Daesh ...," he said, using another name to refer to the
  // jihadist Islamic State group.' The quoted names stand for the names of the gloss, in order.
  {
    id: 'referring-to',
    find: (s) => {
      const cue = cueAt(s.tokens, REFERRING);
      if (cue < 0) return [];
      const glossed = s.named.filter((n, i) => n.candidate.first > cue && !describesNext(n, s.named[i + 1]));
      const quoted = quotedNames(s, cue);
      if (quoted.length && glossed.length === quoted.length) return [{ links: pairs(quoted, glossed, 'referring-to') }];
      // places in the quote are no aliases of the groups glossed: "defeat Daesh ... in Syria"
      const others = quoted.filter((n) => n.type !== 'place');
      const groups = glossed.filter((n) => n.type !== 'place');
      return others.length && others.length === groups.length ? [{ links: pairs(others, groups, 'referring-to') }] : [];
    },
  },
  // "the Islamic Resistance Movement, also known as Hamas", "Myanmar, also called Burma"
  {
    id: 'known-as',
    find: (s) => {
      const cue = cueAt(s.tokens, KNOWN_AS);
      if (cue < 0) return [];
      const name = s.named.filter((n) => n.candidate.last <= cue).at(-1);
      // the alias follows the two cue words, or "the": not "Muse were also named best UK act"
      const next = cue + 2 + (s.tokens[cue + 2]?.lower === 'the' ? 1 : 0);
      const alias = s.named.find((n) => n.candidate.first === next);
      return name && alias ? [{ links: pairs([alias], [name], 'known-as') }] : [];
    },
  },
];

/**
 * Applies the alias rules to every sentence: the links found. A long form read out of pieces ("Islamic State
 * in Iraq and Syria") replaces them in its sentence's names.
 */
export function findAliases(sentences: SentenceNames[]): { links: AliasLink[] } {
  const links: AliasLink[] = [];
  for (const s of sentences) {
    for (const rule of ALIAS_RULES) {
      for (const finding of rule.find(s)) {
        links.push(...finding.links);
        if (!finding.merge) continue;
        const { into, replaced } = finding.merge;
        s.named = [...s.named.filter((n) => !replaced.includes(n)), into].sort(
          (a, b) => a.candidate.start - b.candidate.start,
        );
      }
    }
  }
  return { links };
}
