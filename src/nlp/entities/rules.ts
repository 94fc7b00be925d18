import type { Candidate, Label } from './candidate.js';
import { classOf, isOrgEnding, isPlaceEnding, isRoleNoun, type NameClass, PLACE_CLASSES } from './gazetteer.js';
import { opensClause } from './spans.js';
import type { Token } from './tokens.js';
import {
  MISC_ENDINGS,
  NAME_PARTICLES,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  WEAK_PLACE_PREPOSITIONS,
} from './words.js';

/** What the rules know about the article as a whole. */
export interface RuleContext {
  /** A sports report: place names there often stand for teams ("Leicestershire beat Somerset"). */
  sports: boolean;
}

/** One rule: an opinion on what a candidate names, or null when the rule has nothing to say. */
export interface Rule {
  id: string;
  /** The rule speaks about one mention's position, not about the name (see document.ts). */
  local?: boolean;
  vote(c: Candidate, context: RuleContext): { label: Label; weight: number } | null;
}

const before = (c: Candidate, n = 1): Token | undefined => c.tokens[c.first - n];
const after = (c: Candidate, n = 0): Token | undefined => c.tokens[c.last + n];
const lastWord = (c: Candidate): string => c.tokens[c.last - 1].lower.replace(/\.$/, '');
const size = (c: Candidate): number => c.last - c.first;

/** The class of the whole name, as written or without a leading "The". */
function nameClass(c: Candidate): NameClass | undefined {
  return classOf(c.key) ?? (c.key.startsWith('the ') ? classOf(c.key.slice(4)) : undefined);
}

/**
 * A name that may be a player rather than a side: one opening with a first name or an initial ("Mark
 * Cairns", "M. Gatting"), or any unknown name of two words.
 */
function looksLikePerson(c: Candidate): boolean {
  const first = c.tokens[c.first];
  if (classOf(first.lower) === 'firstName' || (size(c) > 1 && /^\p{Lu}\.$/u.test(first.text))) return true;
  return size(c) === 2 && nameClass(c) === undefined;
}

const MATCH_VERBS = new Set(['beat', 'beats', 'drew', 'draw', 'lost', 'lose', 'defeated', 'v', 'vs', 'vs.', 'against']);

/** The token after the candidate, past a comma. */
function nextWord(c: Candidate): Token | undefined {
  const next = after(c);
  return next?.text === ',' ? after(c, 1) : next;
}

/**
 * The rules in order of how much they know: what the name itself says (a title before it, the way it ends,
 * the gazetteers), then the words around it. Every rule votes; the document adds the votes of every
 * mention written the same way (see document.ts), so the order only matters for reading and tracing.
 */
export const RULES: Rule[] = [
  // "Foreign Minister Lamberto Dini", "President Bashar al-Assad"
  { id: 'titled', vote: (c) => (c.title ? { label: 'person', weight: 5 } : null) },
  // "Italian", "Germans", "Islamist"
  { id: 'nationality', vote: (c) => (nameClass(c) === 'demonym' ? { label: 'misc', weight: 5 } : null) },
  // "Christmas", "the Oscars", "the Premiership": holidays, awards and competitions
  { id: 'known-event', vote: (c) => (nameClass(c) === 'event' ? { label: 'misc', weight: 5 } : null) },
  // "South Korean", "Iraqi Kurd"
  {
    id: 'nationality-ending',
    vote: (c) => (size(c) > 1 && classOf(lastWord(c)) === 'demonym' ? { label: 'misc', weight: 3 } : null),
  },
  // "World Cup", "U.S. Open", "Nobel Prize"
  {
    id: 'event-ending',
    vote: (c) => (MISC_ENDINGS.has(lastWord(c)) ? { label: 'misc', weight: 3 } : null),
  },
  // "Yugoslav", "Surinamese", "Transylvanian": an unknown word shaped like a nationality
  {
    id: 'nationality-shape',
    vote: (c) =>
      size(c) === 1 && nameClass(c) === undefined && /(?:ese|ian|ean|ish)$/.test(c.key)
        ? { label: 'misc', weight: 2 }
        : null,
  },
  // "Boatmen's Bancshares Inc.", "Labour Party", "State Department"
  {
    id: 'org-ending',
    vote: (c) => (size(c) > 1 && isOrgEnding(lastWord(c)) ? { label: 'organization', weight: 4 } : null),
  },
  // "Hubei Province", "Red Sea", "Wembley Stadium"
  {
    id: 'place-ending',
    vote: (c) => (size(c) > 1 && isPlaceEnding(lastWord(c)) ? { label: 'place', weight: 2.5 } : null),
  },
  // "Moscow", "Saudi Arabia", "Texas"
  {
    id: 'known-place',
    vote: (c) => {
      const known = nameClass(c);
      return known && PLACE_CLASSES.has(known) ? { label: 'place', weight: 3.5 } : null;
    },
  },
  // "NATO", "Reuters", "Aston Villa"
  {
    id: 'known-organization',
    vote: (c) => {
      const known = nameClass(c);
      return known === 'organization' || known === 'team' ? { label: 'organization', weight: 3.5 } : null;
    },
  },
  // "BBC Sport", "UN Convention", "MTV Asia": a known organisation opens a longer name of its own
  {
    id: 'organization-head',
    vote: (c) =>
      size(c) > 1 && classOf(c.tokens[c.first].lower) === 'organization' && nameClass(c) === undefined
        ? { label: 'organization', weight: 3 }
        : null,
  },
  // "Bill Gates", "Clinton"
  { id: 'known-person', vote: (c) => (nameClass(c) === 'person' ? { label: 'person', weight: 3.5 } : null) },
  // "Sergei Lavrov", "Steffi Graf": a first name opens a name of two to four words
  {
    id: 'first-name',
    vote: (c) => {
      if (classOf(c.tokens[c.first].lower) !== 'firstName') return null;
      if (size(c) === 1) return { label: 'person', weight: 1 };
      return size(c) <= 4 ? { label: 'person', weight: 3 } : null;
    },
  },
  // "J. Smith", "A.G. Edwards"
  {
    id: 'initials',
    vote: (c) => (size(c) > 1 && /^\p{Lu}\.$/u.test(c.tokens[c.first].text) ? { label: 'person', weight: 2 } : null),
  },
  // "Vladimir Putin", "Mr Putin": a known family name ends the name
  {
    id: 'last-name',
    vote: (c) => (classOf(lastWord(c)) === 'lastName' ? { label: 'person', weight: size(c) > 1 ? 2 : 1 } : null),
  },
  // "Bashar al-Assad", "Ludwig van Beethoven": a particle written in lowercase inside the name
  {
    id: 'name-particle',
    vote: (c) => {
      for (let i = c.first + 1; i < c.last; i++) {
        const t = c.tokens[i];
        if (NAME_PARTICLES.has(t.text) || /^(?:al|el)-/.test(t.text)) return { label: 'person', weight: 2 };
      }
      return null;
    },
  },
  // "NAPM", "LIFFE": an acronym no list knows is most often an organization
  {
    id: 'acronym',
    vote: (c) => {
      const letters = c.text.replaceAll('.', '');
      const known = nameClass(c);
      if (size(c) !== 1 || !/^\p{Lu}{2,6}$/u.test(letters) || (known !== undefined && known !== 'common')) return null;
      return { label: 'organization', weight: 1.5 };
    },
  },
  // "spokesman John Kirby", "striker Juergen Klinsmann"
  {
    id: 'role-before',
    vote: (c) => {
      const t = before(c);
      if (t?.shape !== 'lower') return null;
      return PERSON_TITLES.has(t.lower) || isRoleNoun(t.lower) ? { label: 'person', weight: 4 } : null;
    },
  },
  // "Kerry said", "said Michael Ancell,"
  {
    id: 'speaker',
    vote: (c) => {
      const next = nextWord(c);
      const previous = before(c);
      const speaks = (next && SPEECH_VERBS.has(next.lower)) || (previous && SPEECH_VERBS.has(previous.lower));
      return speaks ? { label: 'person', weight: 1.5 } : null;
    },
  },
  // "Nyerere, who arrived in Rome"
  {
    id: 'who-clause',
    vote: (c) => (after(c)?.text === ',' && after(c, 1)?.lower === 'who' ? { label: 'person', weight: 2 } : null),
  },
  // "in Moscow", "near Aleppo", "from Belgrade"
  {
    id: 'place-preposition',
    vote: (c) => {
      const t = before(c);
      if (!t) return null;
      if (PLACE_PREPOSITIONS.has(t.lower)) return { label: 'place', weight: 1.5 };
      return WEAK_PLACE_PREPOSITIONS.has(t.lower) ? { label: 'place', weight: 0.8 } : null;
    },
  },
  // "Steffi Graf (Germany) beat Natasha Zvereva (Belarus)": a bracketed name after a name is where they are from
  {
    id: 'bracketed-origin',
    vote: (c) => {
      const open = before(c);
      const name = before(c, 2);
      if (open?.text !== '(' || after(c)?.text !== ')' || !name) return null;
      return name.shape === 'cap' || name.shape === 'upper' ? { label: 'place', weight: 2 } : null;
    },
  },
  // "Tigers", "Brewers": a capitalised plural of a common word names a team or a group
  {
    id: 'plural-name',
    vote: (c) => {
      const word = c.tokens[c.first].lower;
      const known = nameClass(c);
      if (
        opensClause(c.tokens, c.first) ||
        size(c) !== 1 ||
        !/[^s']s$/.test(word) ||
        (known !== undefined && known !== 'common')
      )
        return null;
      return classOf(word.slice(0, -1)) === 'common' ? { label: 'organization', weight: 1.5 } : null;
    },
  },
  // "MOSCOW (AFP) - Russia and...", "LONDON 1996-08-30", "MILWAUKEE, Wisconsin 1996-08-29"
  {
    id: 'dateline',
    local: true,
    vote: (c) => {
      const first = c.tokens[c.first];
      if (!first.lineStart || first.shape !== 'upper') return null;
      const next = after(c);
      if (!next) return null;
      return next.shape === 'number' || ['(', '-', '–', '—', ','].includes(next.text)
        ? { label: 'place', weight: 4 }
        : null;
    },
  },
  // "Leicestershire beat Somerset by an innings", "Wigan 42 Bradford Bulls 36": sides in a sports report
  {
    id: 'sports-side',
    local: true,
    vote: (c, context) => {
      if (!context.sports || looksLikePerson(c) || nameClass(c) === 'demonym') return null;
      const next = after(c);
      const previous = before(c);
      const scored = next !== undefined && /^\d{1,3}$/.test(next.text);
      const playing = (next && MATCH_VERBS.has(next.lower)) || (previous && MATCH_VERBS.has(previous.lower));
      if (!scored && !playing) return null;
      return nameClass(c) === 'country' ? { label: 'place', weight: 1 } : { label: 'organization', weight: 3.5 };
    },
  },
  // "Essex, however, look certain to regain their top spot": a town or county in a sports report is a side,
  // unless it is where something happens ("at Headingley", "in Salzburg")
  {
    id: 'sports-place',
    local: true,
    vote: (c, context) => {
      if (!context.sports) return null;
      const known = nameClass(c);
      if (known !== 'city' && known !== 'region') return null;
      const previous = before(c);
      if (previous && (PLACE_PREPOSITIONS.has(previous.lower) || WEAK_PLACE_PREPOSITIONS.has(previous.lower))) {
        return null;
      }
      return { label: 'organization', weight: 2 };
    },
  },
];
