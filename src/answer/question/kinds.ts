import {
  COURTESY_TITLES,
  MEASURE_ADJECTIVES,
  NAME_PARTICLES,
  NUMBER_NOUNS,
  PLACE_NOUNS,
  ROLE_WORDS,
  TIME_NOUNS,
} from '../text/lexicon.js';
import type { QuestionKind } from '../types.js';
import type { Expectation, Gap } from './types.js';

/** What a classifier rule decides about a question. */
export interface Classification {
  kind: QuestionKind;
  expects: Expectation;
  /** Left out: decided from the question's word order (see `gapOf` in analyze.ts). */
  gap?: Gap;
  unit?: string | null;
  subject?: string | null;
  topic?: string | null;
}

export interface KindRule {
  id: string;
  /** Matched against the question from its first wh-word on, without the final question mark. */
  pattern: RegExp;
  classify(match: RegExpMatchArray): Classification | null;
}

const AUX = '(?:did|does|do|has|have|had|will|would|is|was|are|were|can|could|should|might|may)';
const SAY_VERB =
  '(?:say|says|said|saying|tell|tells|told|think|thinks|thought|claim|claimed|write|wrote|argue|argued|warn|warned|add|added|predict|predicted|announce|announced)';

/** Words that open a clause of time or condition: "where was Ann when the storm hit". */
const SUBORDINATOR = '(?:when|while|before|after|since|until|if|as)';

const PARTICLE = `(?:of|${[...NAME_PARTICLES].join('|')})`;
/** A name as a question writes it: capitalised words, with initials and particles ("Bashar al-Assad", "van Gogh"). */
const NAME_WORD = `(?:[A-Z][\\w.'’-]*|${PARTICLE}(?:-[A-Z][\\w.'’-]*|(?= [A-Z])))`;
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,5}`;

/** The word of "what X" or "what ADJECTIVE X" found in `nouns`, singular ("which Canadian cities" -> "city"). */
function nounOf(match: RegExpMatchArray, nouns: ReadonlySet<string>): string | null {
  for (const word of [match[1], match[2]]) {
    const lower = (word ?? '').toLowerCase();
    const singular = lower.replace(/ies$/, 'y').replace(/s$/, '');
    if (nouns.has(lower)) return lower;
    if (nouns.has(singular)) return singular;
  }
  return null;
}

const firstWord = (text: string | undefined): string => (text ?? '').toLowerCase().split(/\s+/)[0] ?? '';

/** "what are the whales breathing": a noun phrase, then a verb in -ing (a progressive, not a thing to define). */
const endsInGerund = (phrase: string): boolean => /\s\p{Ll}+ing$/u.test(phrase);

/** A bare name, not a role: no possessive and no role word ("Sergei Lavrov", not "Canada's Minister of Health"). */
function isBareName(name: string): boolean {
  const parts = name.toLowerCase().replace(/\.$/, '').split(/\s+/);
  if (/['’]s\b/.test(name)) return false;
  return !parts.some((p) => ROLE_WORDS.has(p.replace(/\.$/, ''))) && !COURTESY_TITLES.has(parts.join(' '));
}

/**
 * Ordered from the most specific pattern to the most general, because the first rule that matches decides:
 * "what did Lavrov say about X" must be a quote question before it is a "what" question, "what year" a date
 * before "what", and "who is Lavrov" (asking for a role) before "who" (asking for a name).
 */
export const KIND_RULES: KindRule[] = [
  // what did Lavrov say about terrorist groups
  {
    id: 'quote-what-did-x-say',
    pattern: new RegExp(
      `^what ${AUX} (.+?) ${SAY_VERB}(?: to [\\w ]+?)?(?: (?:about|on|of|regarding|concerning|after) (.+))?$`,
      'i',
    ),
    classify: (m) => ({ kind: 'quote', expects: 'quotation', gap: 'object', subject: m[1], topic: m[2] ?? null }),
  },
  // whose ball did McFarlane buy
  { id: 'whose', pattern: /^whose\b/i, classify: () => ({ kind: 'who', expects: 'person' }) },
  // who is Sergei Lavrov
  {
    id: 'who-is-name',
    pattern: new RegExp(`^[Ww]ho (?:is|was|are|were) (${NAME})$`),
    classify: (m) =>
      isBareName(m[1]) ? { kind: 'who', expects: 'role', gap: 'identity', subject: m[1].replace(/\.$/, '') } : null,
  },
  // who is the principal of the school / who did Kerry meet / who won
  { id: 'who', pattern: /^(?:who|whom)\b/i, classify: () => ({ kind: 'who', expects: 'person' }) },
  // what year did Clarke climb Everest / which day
  {
    id: 'what-time-noun',
    pattern: /^(?:what|which) (\w+)(?: (\w+))?/i,
    classify: (m) => (nounOf(m, TIME_NOUNS) ? { kind: 'when', expects: 'date', gap: 'adjunct' } : null),
  },
  // when is the New York meeting
  { id: 'when', pattern: /^when\b/i, classify: () => ({ kind: 'when', expects: 'date', gap: 'adjunct' }) },
  // what city hosts the games / which country
  {
    id: 'what-place-noun',
    pattern: /^(?:what|which) (\w+)(?: (\w+))?/i,
    classify: (m) => {
      const noun = nounOf(m, PLACE_NOUNS);
      return noun ? { kind: 'where', expects: 'place', unit: noun } : null;
    },
  },
  // where is the Maple Leaf Gardens (located) / where was Ann when the storm hit (the clause is not the subject)
  {
    id: 'where-is-x',
    pattern: new RegExp(
      `^where (?:is|are|was|were) (?:the |a |an )?([\\w'’. -]+?)(?: (?:located|based|situated|found))?(?: ${SUBORDINATOR} .*)?$`,
      'i',
    ),
    classify: (m) => ({ kind: 'where', expects: 'place', gap: 'adjunct', subject: m[1] }),
  },
  // where did Kerry meet Putin
  { id: 'where', pattern: /^where\b/i, classify: () => ({ kind: 'where', expects: 'place', gap: 'adjunct' }) },
  // how many nations are in the group / how much does a membership cost
  {
    id: 'how-many',
    pattern: /^how (many|much)\b(?: (\w+))?/i,
    classify: (m) => {
      const unit = m[2] && !/^(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)$/i.test(m[2]);
      return { kind: 'howmany', expects: 'number', gap: 'adjunct', unit: unit ? m[2] : null };
    },
  },
  // how long ago did the mammoth live
  { id: 'how-long-ago', pattern: /^how long ago\b/i, classify: () => ({ kind: 'when', expects: 'date' }) },
  // how big is the club / how old is he
  {
    id: 'how-measure',
    pattern: /^how (\w+)\b/i,
    classify: (m) => {
      const adjective = m[1].toLowerCase();
      if (!MEASURE_ADJECTIVES.has(adjective)) return null;
      return { kind: 'other', expects: 'number', gap: 'adjunct', unit: adjective };
    },
  },
  // what percentage of voters / what price
  {
    id: 'what-number-noun',
    pattern: /^(?:what|which) (\w+)\b/i,
    classify: (m) =>
      NUMBER_NOUNS.has(m[1].toLowerCase()) ? { kind: 'what', expects: 'number', unit: m[1].toLowerCase() } : null,
  },
  // why did the school open a club
  { id: 'why', pattern: /^why\b/i, classify: () => ({ kind: 'why', expects: 'reason', gap: 'adjunct' }) },
  // what is a mosasaur / what is NATO (not "what are the whales breathing")
  {
    id: 'what-is-x',
    pattern: /^what (?:is|are|was|were) ((?:an?|the) )?([\w'’ -]+)$/i,
    classify: (m) =>
      /\b(?:of|for|in|on|at|to|by|with)\b/i.test(m[2]) || firstWord(m[2]) === 'the' || endsInGerund(m[2])
        ? null
        : { kind: 'what', expects: 'thing', gap: 'identity', subject: m[2] },
  },
  // what did McFarlane buy / which team won
  { id: 'what', pattern: /^(?:what|which)\b/i, classify: () => ({ kind: 'what', expects: 'thing' }) },
  // how did the fire start
  { id: 'how', pattern: /^how\b/i, classify: () => ({ kind: 'other', expects: 'thing', gap: 'adjunct' }) },
  // name the three players / is the meeting on Friday
  { id: 'other', pattern: /^/, classify: () => ({ kind: 'other', expects: 'thing' }) },
];
