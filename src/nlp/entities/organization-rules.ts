import type { Candidate } from './candidate.js';
import { classOf, isGrammarWord, isOrgEnding, isPlaceEnding } from './gazetteer.js';
import {
  after,
  before,
  isTown,
  knownOtherwise,
  lastWord,
  nameClass,
  opensWithFirstName,
  type Rule,
  size,
  wordAfter,
} from './rule-kit.js';
import { opensClause } from './spans.js';
import {
  ARABIC_ORG_HEADS,
  ARABIC_PLACE_HEADS,
  COMPANY_AFTER,
  COMPANY_AFTER_BARE,
  COMPANY_NOUNS,
  COMPANY_OF,
  MISC_ENDINGS,
  ORGANIZATION_NOUNS,
  PERSON_TITLES,
  PLACE_ENDINGS,
  SPEECH_VERBS,
} from './words.js';

/** Prepositions: a name right after one is no subject of the verb after it. */
const PREPOSITIONS = new Set(
  `in on at of to from for with by into onto over against about near outside inside across through via behind
   beside among between beyond under after before like without within`.split(/\s+/),
);

const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** A business or a side can be named like a person: these rules speak only for names a person title does not claim. */
const mayBeCompany = (c: Candidate): boolean => c.title === null && !knownOtherwise(c) && !opensWithFirstName(c);

/**
 * "Rockets", "Grads", "Springboks": a plural, not "Jones" or "Davis" (family names are listed as such), nor a
 * family or a people ("the Clintons", "the North Africans").
 */
function isPlural(word: string): boolean {
  if (!/[^su']s$/.test(word)) return false;
  const known = classOf(word);
  const singular = classOf(word.slice(0, -1));
  return known !== 'lastName' && known !== 'firstName' && singular !== 'lastName' && singular !== 'demonym';
}

/**
 * What marks a name as an organization, or a side, rather than the person a name of one or two unknown words is
 * taken for ("Wimpey said", "Aston Martin"). Every rule votes, so the order is only for reading: what the name
 * is made of first, then the words around it.
 */
export const ORGANIZATION_RULES: Rule[] = [
  // "Procter & Gamble", "Douglas & Lomason"
  {
    id: 'ampersand',
    vote: (c) =>
      c.tokens.slice(c.first, c.last).some((t) => t.text === '&') ? { label: 'organization', weight: 3 } : null,
  },
  // "Bank of Canada", "University of the Arts", "Gulf of Aden": the word before "of" heads the name
  {
    id: 'of-head',
    vote: (c) => {
      for (let i = c.first + 1; i < c.last - 1; i++) {
        if (c.tokens[i].lower !== 'of') continue;
        const head = c.tokens[i - 1].lower;
        if (isOrgEnding(head)) return { label: 'organization', weight: 4 };
        // our own list: compromise's place words hold "house" ("House of Commons")
        return PLACE_ENDINGS.has(head) ? { label: 'place', weight: 2.5 } : null;
      }
      return null;
    },
  },
  // "U.S. Treasury", "Scottish Parliament": a known place or people, then a known organization
  {
    id: 'organization-tail',
    vote: (c) => {
      if (size(c) < 2 || nameClass(c) !== undefined || classOf(lastWord(c)) !== 'organization') return null;
      // "South Carolina Gov." is a title left without its name
      if (PERSON_TITLES.has(lastWord(c))) return null;
      const head = classOf(c.tokens[c.first].lower);
      return head === 'demonym' || head === 'country' || head === 'region' || head === 'city'
        ? { label: 'organization', weight: 3 }
        : null;
    },
  },
  // "Jabhat Al-Nusra", "Hizb ut-Tahrir", "Harakat Nour al-Din", "Al-Shabab": Arabic names of movements and groups
  {
    id: 'arabic-organization',
    vote: (c) => {
      const first = c.tokens[c.first];
      if (size(c) > 1 && ARABIC_ORG_HEADS.has(first.lower)) return { label: 'organization', weight: 5 };
      return size(c) === 1 && /^Al-\p{Lu}/u.test(first.text) && nameClass(c) === undefined
        ? { label: 'organization', weight: 2 }
        : null;
    },
  },
  // "Wadi Rum", "Jebel al-Akhdar", "Ras Lanuf": Arabic names of places
  {
    id: 'arabic-place',
    vote: (c) =>
      size(c) > 1 && ARABIC_PLACE_HEADS.has(c.tokens[c.first].lower) ? { label: 'place', weight: 4 } : null,
  },
  // "the Rockets", "the Edmonton Grads", "Calgary Blades": a plural after "the" or a town names a side or a group
  {
    id: 'team-plural',
    vote: (c) => {
      const word = lastWord(c);
      const known = nameClass(c);
      if (!isPlural(word) || (known !== undefined && known !== 'common') || MISC_ENDINGS.has(word)) return null;
      if (isPlaceEnding(word) || isOrgEnding(word)) return null;
      const afterThe = before(c)?.lower === 'the' || (size(c) > 1 && c.tokens[c.first].lower === 'the');
      const afterTown = size(c) === 2 && isTown(c.tokens[c.first].lower);
      return afterThe || afterTown ? { label: 'organization', weight: 3 } : null;
    },
  },
  // "Manchester United", "Standard Liege": in a sports report, a town and one more word name a side
  {
    id: 'town-side',
    vote: (c, context) => {
      if (!context.sports || size(c) !== 2 || nameClass(c) !== undefined) return null;
      const [first, second] = [c.tokens[c.first].lower, c.tokens[c.first + 1].lower];
      const named = [first, second].some((w) => classOf(w) === 'firstName') || /^\p{L}\.?$/u.test(first);
      if (isPlaceEnding(second) || isOrgEnding(second) || named) return null;
      // "MaliVai Washington" is a player: a region second follows a common word ("Standard Liege")
      const side = isTown(first) || classOf(second) === 'city' || (isTown(second) && classOf(first) === 'common');
      return side ? { label: 'organization', weight: 2.5 } : null;
    },
  },
  // "a try for Wasps", "Saracens won": in a sports report, a plural name is a side
  {
    id: 'plural-side',
    vote: (c, context) => {
      if (!context.sports || size(c) !== 1 || opensClause(c.tokens, c.first) || nameClass(c) !== undefined) return null;
      // "Miller, Humphreys, Dempsey": a list of a side's players
      if ([before(c)?.text, after(c)?.text].some((t) => t === ',' || t === '(' || t === ')')) return null;
      // "Kenteris", "Charisteas" are no plurals
      return isPlural(c.key) && !/[aio]s$/.test(c.key) ? { label: 'organization', weight: 2 } : null;
    },
  },
  // "electronics firm Hitachi", "Premiership side Bolton", "rock band Keane"
  {
    id: 'company-before',
    vote: (c) => {
      const t = before(c);
      // "the aircraft carrier Enterprise" is a ship
      if (before(c, 2)?.lower === 'aircraft') return null;
      return t?.shape === 'lower' && COMPANY_NOUNS.has(t.lower) && mayBeCompany(c)
        ? { label: 'organization', weight: 4 }
        : null;
    },
  },
  // "Yukos shares", "BP's chairman", "Euronext chief Jean-Francois Theodore", "Chelsea striker Adrian Mutu"
  {
    id: 'company-after',
    vote: (c) => {
      const { word, possessive } = wordAfter(c);
      if (word?.shape !== 'lower' || !mayBeCompany(c)) return null;
      const business = COMPANY_AFTER.has(word.lower) || (!possessive && COMPANY_AFTER_BARE.has(word.lower));
      return business ? { label: 'organization', weight: 4 } : null;
    },
  },
  // "Wimpey said its profits rose", "Yukos has its own lawyers", "Wimpey said profits rose": what the name
  // owns is "its", or a business's figures
  {
    id: 'its-after',
    vote: (c) => {
      const [first, second] = [after(c), after(c, 1)];
      if (first?.shape !== 'lower' || !mayBeCompany(c)) return null;
      if (first.lower === 'its' || (second?.lower === 'its' && !PREPOSITIONS.has(first.lower))) {
        return { label: 'organization', weight: 2.5 };
      }
      return SPEECH_VERBS.has(first.lower) && COMPANY_AFTER.has(second?.lower ?? '')
        ? { label: 'organization', weight: 2.5 }
        : null;
    },
  },
  // "Parmalat, the Italian dairy company, ...", "Unosat, the UN satellite mapping organisation": a description
  // after the name that ends in a noun for a business or a body
  {
    id: 'company-apposition',
    vote: (c) => {
      if (after(c)?.text !== ',' || !['the', 'a', 'an', 'one'].includes(after(c, 1)?.lower ?? '') || !mayBeCompany(c)) {
        return null;
      }
      for (let k = 2; k < 10; k++) {
        const t = after(c, k);
        // "Wang, a member of the banned group", "San, the man behind the group": the description's head comes
        // before its first preposition or relative pronoun
        if (!t || t.shape === 'punct' || PREPOSITIONS.has(t.lower) || RELATIVES.has(t.lower)) return null;
        const head = t.shape === 'lower' && (COMPANY_NOUNS.has(t.lower) || ORGANIZATION_NOUNS.has(t.lower));
        // the noun must end the description: not "Smith, the company's chairman", "Tsusaka, a telecoms analyst",
        // nor "Wang, the pressure group Human Rights in China said"
        const next = after(c, k + 1);
        const ends = !next || (next.shape === 'punct' && !/^['’]/.test(next.text)) || isGrammarWord(next.lower);
        if (head && ends) return { label: 'organization', weight: 3 };
      }
      return null;
    },
  },
  // "shares in Aston Martin", "chief executive of BP", "a takeover bid for Wimpey"
  {
    id: 'company-of',
    vote: (c) => {
      const preposition = before(c)?.lower;
      if (!preposition || !['in', 'of', 'for', 'with'].includes(preposition)) return null;
      return COMPANY_OF.has(before(c, 2)?.lower ?? '') && mayBeCompany(c) ? { label: 'organization', weight: 4 } : null;
    },
  },
  // "Rangers are top", "Microsoft have said": British English gives a side or a business a plural verb
  {
    id: 'plural-verb',
    vote: (c) => {
      const verb = after(c)?.lower;
      const previous = before(c)?.lower;
      if (!verb || !['are', 'were', 'have'].includes(verb) || !mayBeCompany(c)) return null;
      // "Eurodollars were down": a plural takes a plural verb anyway
      if (/s$/.test(lastWord(c))) return null;
      // "Smith and Jones are": the verb is the pair's; "the tanks advancing on Arbil were": the name is no subject
      if (previous && (['and', 'or', 'nor', '&', ',', 'both'].includes(previous) || PREPOSITIONS.has(previous)))
        return null;
      return { label: 'organization', weight: 2.5 };
    },
  },
  // "Chelsea's Damien Duff", "Labour's Yvette Cooper": a person of the side, party or business
  {
    id: 'member-after',
    vote: (c) => {
      const { word, possessive } = wordAfter(c);
      if (!possessive || !word || classOf(word.lower) !== 'firstName' || !mayBeCompany(c)) return null;
      const known = nameClass(c);
      if (known === 'person' || known === 'lastName' || after(c, 2)?.shape !== 'cap') return null;
      return { label: 'organization', weight: 2 };
    },
  },
];
