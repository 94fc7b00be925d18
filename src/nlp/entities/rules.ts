import type { Candidate } from './candidate.js';
import { classOf, isGrammarWord, isOrgEnding, isPlaceEnding, isRoleNoun, PLACE_CLASSES } from './gazetteer.js';
import { ORGANIZATION_RULES } from './organization-rules.js';
import { after, before, isTown, lastWord, nameClass, type Rule, size } from './rule-kit.js';
import { keyOfTokens, opensClause } from './spans.js';
import type { Token } from './tokens.js';
import {
  COMPANY_NOUNS,
  MISC_ENDINGS,
  NAME_PARTICLES,
  PERSON_TITLES,
  PLACE_OF,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  WEAK_PLACE_PREPOSITIONS,
  WORK_NOUNS,
  WORK_VERBS,
} from './words.js';

/**
 * A name that may be a player rather than a side: one opening with a first name or an initial ("Mark
 * Cairns", "M. Gatting"), or any unknown name of two words but one opening with a town ("Manchester United").
 * A first name alone is no sign: players go by their family names, and towns and sides may be first names
 * too ("Chester 2 Preston 1").
 */
function looksLikePerson(c: Candidate): boolean {
  const first = c.tokens[c.first];
  if (size(c) > 1 && (classOf(first.lower) === 'firstName' || /^\p{Lu}\.$/u.test(first.text))) return true;
  return size(c) === 2 && nameClass(c) === undefined && !isTown(first.lower);
}

/** Forms of address written before a name, outside its run of capitals ("Mr Sears", "Sir Elton John"). */
const ADDRESS = /^(?:mr|mrs|ms|dr|sir|dame|messrs)\.?$/;

/** The form of address before a candidate, lowercase, or null ("Mr Putin" -> "mr"). */
export function addressOf(c: Candidate): string | null {
  const t = before(c);
  return t && t.shape === 'cap' && ADDRESS.test(t.lower) ? t.lower : null;
}

/** Words of time that may follow a place ("in Taber, Alberta yesterday"). */
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'last', 'this', 'next', 'earlier', 'later']);

/** Prepositions whose object is no speaker even before "said" ("a spokesman for Yukos said"). */
const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'at']);

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
  // "Mr Sears", "Ms Druyun", "Sir Elton John"
  { id: 'addressed', vote: (c) => (addressOf(c) ? { label: 'person', weight: 5 } : null) },
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
  // "the film Sideways", "the comedy The Aviator", "his latest play Blackbird": the title of a work
  {
    id: 'work-title',
    vote: (c) => {
      const skip = before(c)?.text === 'The' || before(c)?.text === 'A' ? 1 : 0;
      const noun = before(c, 1 + skip);
      if (noun?.shape !== 'lower') return null;
      const determined = ['the', 'a', 'his', 'her', 'their', 'its', 'new', 'latest', 'last', 'first'].includes(
        before(c, 2 + skip)?.lower ?? '',
      );
      return WORK_NOUNS.has(noun.lower) || (WORK_VERBS.has(noun.lower) && determined)
        ? { label: 'misc', weight: 4 }
        : null;
    },
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
  // "George W Bush", "Charles A. Blixt"
  {
    id: 'middle-initial',
    vote: (c) =>
      c.tokens.slice(c.first + 1, c.last - 1).some((t) => /^\p{Lu}\.?$/u.test(t.text))
        ? { label: 'person', weight: 2 }
        : null,
  },
  // "G Easterby, D Humphreys": an initial without its full stop before a family name
  {
    id: 'initial-before',
    vote: (c) => {
      const t = before(c);
      // not "I", nor "England V Wales"
      const initial = t !== undefined && /^\p{Lu}$/u.test(t.text) && !['I', 'V'].includes(t.text) && !t.caseless;
      return initial && !opensClause(c.tokens, c.first - 1) ? { label: 'person', weight: 3 } : null;
    },
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
      // "carmaker Rover", "operator Vodafone": nouns for a business are left to the organization rules
      if (t?.shape !== 'lower' || COMPANY_NOUNS.has(t.lower)) return null;
      return PERSON_TITLES.has(t.lower) || isRoleNoun(t.lower) ? { label: 'person', weight: 4 } : null;
    },
  },
  // "Kerry said", "said Michael Ancell,"
  {
    id: 'speaker',
    vote: (c) => {
      const next = nextWord(c);
      const previous = before(c);
      // "a spokesman for Yukos said", "chief executive of Balmforth, said": the speaker is someone else
      const object = previous?.shape === 'lower' && OBJECT_PREPOSITIONS.has(previous.lower);
      const speaks =
        (next && SPEECH_VERBS.has(next.lower) && !object) || (previous && SPEECH_VERBS.has(previous.lower));
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
  // "the town of Wiarton", "the state of Victoria"
  {
    id: 'place-of',
    vote: (c) =>
      before(c)?.lower === 'of' && PLACE_OF.has(before(c, 2)?.lower ?? '') && c.title === null
        ? { label: 'place', weight: 4 }
        : null,
  },
  // "Wiarton, Ontario, cheered", "Amman, Jordan.": a name followed by the region or country it lies in
  {
    id: 'place-comma-region',
    vote: (c) => {
      const next = after(c, 1);
      if (after(c)?.text !== ',' || !next || next.shape === 'lower' || looksLikePerson(c)) return null;
      const known = nameClass(c);
      if (known === 'person' || known === 'lastName' || opensClause(c.tokens, c.first)) return null;
      for (const words of [1, 2]) {
        const region = classOf(keyOfTokens(c.tokens, c.last + 1, c.last + 1 + words));
        if (region === 'region' || region === 'country') {
          // not "Bangladesh Lamps", "Ontario's", "U.S. agency": the region closes the phrase
          const rest = after(c, 1 + words);
          const closes =
            !rest || rest.shape === 'punct'
              ? rest?.text !== "'"
              : isGrammarWord(rest.lower) || TIME_WORDS.has(rest.lower);
          return closes ? { label: 'place', weight: 2 } : null;
        }
      }
      return null;
    },
  },
  // "Steffi Graf (Germany) beat Natasha Zvereva (Belarus)": a bracketed name after a name is where they are from
  {
    id: 'bracketed-origin',
    vote: (c) => {
      const open = before(c);
      const name = before(c, 2);
      if (open?.text !== '(' || after(c)?.text !== ')' || !name) return null;
      // "high-definition TV (HDTV)": an unknown acronym in brackets abbreviates the name before it
      const known = nameClass(c);
      if (c.tokens[c.first].shape === 'upper' && !(known && PLACE_CLASSES.has(known))) return null;
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
  // what marks a business or a side rather than a person: see organization-rules.ts
  ...ORGANIZATION_RULES,
];
