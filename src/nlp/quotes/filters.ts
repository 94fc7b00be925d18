import { SHORT_QUOTE_WORDS, WORK_NOUNS } from './lexicon.js';
import { nameWord } from './names.js';
import type { Attribution } from './rules.js';
import { bareWord, type Token } from './tokens.js';

/** A quotation candidate with what the attribution rules made of it. */
export interface Candidate {
  /** The quoted words without their marks. */
  words: string[];
  /** Set off by single marks. */
  single: boolean;
  attribution: Attribution;
  /** The clause before the quotation and the one after it. */
  before: Token[];
  after: Token[];
  /** Whether the attribution found any speaker: a name, a description or at least a pronoun in the text. */
  hasSpeaker: boolean;
}

export interface QuoteFilter {
  id: string;
  rejects(candidate: Candidate): boolean;
}

const SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|vs)$/;
const titleCased = (words: string[]): boolean =>
  words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.test(w));
/** Attributed by its own speaker mention right next to it, not borrowed from a neighbouring quotation. */
const ownAdjacent = ({ attribution }: Candidate): boolean => attribution.adjacent && attribution.inherits === null;
const workNoun = (t: Token | undefined): boolean => t !== undefined && WORK_NOUNS.has(bareWord(t));

/**
 * Candidates that are not quotations of anyone. Order does not change the outcome (any rejection drops the
 * candidate); it only decides which id a trace shows.
 */
export const QUOTE_FILTERS: QuoteFilter[] = [
  // the film "Trainwreck" / a "Commander-in-Chief Forum" sponsored by NBC / on Fox News's "Fox and Friends."
  {
    id: 'title-of-work',
    rejects: (c) =>
      titleCased(c.words) &&
      (c.before.slice(-3).some(workNoun) ||
        c.after.slice(0, 2).some(workNoun) ||
        (!ownAdjacent(c) && c.words.length <= 8)),
  },
  // the "co-convenor" of the talks / several "terrorist" groups (short words no speech verb binds to a speaker)
  {
    id: 'scare-quote',
    rejects: (c) => c.words.length < SHORT_QUOTE_WORDS && !c.attribution.adjacent,
  },
  // Marcia "Cia" Price
  {
    id: 'nickname',
    rejects: ({ words, before, after }) =>
      words.length <= 2 &&
      before.length > 0 &&
      nameWord(before[before.length - 1]) &&
      after.length > 0 &&
      nameWord(after[0]),
  },
  // Sanders: Clinton needs to 'get away from all of this personality stuff' (single marks: headlines, inner quotes)
  {
    id: 'single-marks',
    rejects: (c) => c.single && !ownAdjacent(c),
  },
  // A quoted stretch no rule could give a speaker to, or whose speaker is a quotation without one.
  {
    id: 'no-speaker',
    rejects: ({ hasSpeaker }) => !hasSpeaker,
  },
];

/** The id of the first filter that rejects the candidate, or null to keep it. */
export function rejection(candidate: Candidate): string | null {
  return QUOTE_FILTERS.find((f) => f.rejects(candidate))?.id ?? null;
}
