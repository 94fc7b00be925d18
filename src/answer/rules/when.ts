import { termsOf } from '../../index/terms.js';
import type { Question } from '../question/types.js';
import { NAME_PARTICLES } from '../text/lexicon.js';
import type { Phrase } from '../text/phrases.js';
import { distanceToAnchors, draft, novelty, trimPhrase, verbPositions } from './helpers.js';
import type { ParsedSentence } from './parse.js';
import { keyWordOf } from './subject.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const CLAUSE_OPENERS = /^(?:when|after|before|until|while|since|once)$/i;
/** A phrase that names its time ("1963", "March", "Friday"), not one that only points at it ("the year"). */
const NAMES_A_TIME =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|tonight)/i;
const VAGUE = /\b(?:now|soon|recently|currently|a few|several|some)\b/i;

function insideQuote(sentence: ParsedSentence, phrase: Phrase): boolean {
  return sentence.quotes.some((q) => q.start <= phrase.start && phrase.end <= q.end);
}

/** Words that open a clause: of time ("after Putin received Kerry"), or of what is said or described. */
const TIME_CLAUSE_WORDS = /^(?:after|before|when|while|since|until|once)$/i;
const OTHER_CLAUSE_WORDS = /^(?:because|although|though|unless|whereas|if|that|which|who)$/i;
/**
 * How near a clause word its verb stands, in words other than a name's: "since 1969" is a preposition and its
 * time, "since he left" and "after President Omar el-Rashid received" are clauses.
 */
const CLAUSE_VERB_REACH = 4;

/** Whether the word at a position opens a clause: a clause word with a verb of its own close after it. */
function opensClause(sentence: ParsedSentence, i: number): boolean {
  const { words } = sentence;
  if (!TIME_CLAUSE_WORDS.test(words[i].raw) && !OTHER_CLAUSE_WORDS.test(words[i].raw)) return false;
  let reach = CLAUSE_VERB_REACH;
  for (let k = i + 1; k < words.length && reach > 0; k++) {
    if (words[k].tags.has('Verb')) return true;
    if (/[,;:.!?]/.test(words[k].post)) return false;
    if (!/^\p{Lu}/u.test(words[k].raw) && !NAME_PARTICLES.has(words[k].raw)) reach--;
  }
  return false;
}

/** The clause around a phrase: from the clause word that opens it or a semicolon, to the next one after it. */
function clauseAround(sentence: ParsedSentence, phrase: Phrase): { first: number; last: number } {
  const { words } = sentence;
  const breaks = (i: number): boolean => /[;:]/.test(words[i].post);
  let first = phrase.first;
  while (first > 0 && !breaks(first - 1) && !opensClause(sentence, first)) first--;
  let last = phrase.last;
  while (last + 1 < words.length && !breaks(last) && !opensClause(sentence, last + 1)) last++;
  return { first, last };
}

/**
 * "...a planned meeting would take place in New York on Friday, after Putin received Kerry": the Friday is the
 * meeting's, not the day Putin received Kerry. A time phrase in a clause with a verb of its own answers for
 * that clause's verb: not for a clause that opens after it, and, when its own clause says what someone said
 * or describes something ("that...", "who..."), not for the rest of the sentence. A clause of time ("...pass
 * the law before school starts in September") dates the clause it hangs on, and commas do not end a clause
 * ("the Gardens, built in 1931").
 */
export function answersAnotherClause(sentence: ParsedSentence, time: Phrase): boolean {
  const named = sentence.names.filter((n) => n.inQuestion);
  if (named.length === 0) return false;
  const clause = clauseAround(sentence, time);
  const hasVerb = sentence.words
    .slice(clause.first, clause.last + 1)
    .some((w, k) => (clause.first + k < time.first || clause.first + k > time.last) && w.tags.has('Verb'));
  if (!hasVerb) return false;
  const reported = OTHER_CLAUSE_WORDS.test(sentence.words[clause.first].raw) && opensClause(sentence, clause.first);
  // "since 1992, when she was first selected": a "when" right after the time phrase is about that time
  const aboutTheTime = /^when$/i.test(sentence.words[clause.last + 1]?.raw ?? '') && clause.last === time.last;
  const elsewhere = (n: Phrase): boolean => {
    if (n.first >= clause.first && n.last <= clause.last) return false;
    return reported || (n.first > clause.last && !aboutTheTime);
  };
  return named.every(elsewhere);
}

/**
 * Whether the sentence speaks of one of the people a question names, itself or through a name or a pronoun
 * extraction resolved: "when did Kerry meet Putin" is not answered by the date of a meeting Lavrov announces.
 */
function aboutTheNamed(question: Question, sentence: ParsedSentence): boolean {
  const { entities } = sentence.view.doc.facts;
  const people = question.names.filter((name) =>
    entities.some((e) => e.type === 'person' && keyWordOf(e.canonical) === keyWordOf(name)),
  );
  // one party alone is often referred to by a description instead ("the minister says he hopes...")
  if (people.length < 2) return true;
  return people.some((n) => termsOf(n).some((t) => sentence.ranked.matched.has(t)));
}

/** A question asking for a day, not a year or a month: "What date was the vote?", "On which day...". */
const ASKS_FOR_DAY = /\b(?:what|which) (?:date|day)\b/i;

/**
 * A time phrase of the sentence first: extraction's, with a calendar value, then the fallback phrases; a
 * clause ("after he slipped in the shower") only when the sentence has no time phrase the question lacks.
 */
export const WHEN_RULES: AnswerRule[] = [
  // "When is the New York meeting?" <- "...a meeting ... this Friday, Dec 18"
  {
    id: 'when-time-phrase',
    extract(question, sentence) {
      if (!aboutTheNamed(question, sentence)) return [];
      const verbs = verbPositions(question, sentence);
      const asksForDay = ASKS_FOR_DAY.test(question.text);
      return sentence.times.flatMap((t): CandidateDraft[] => {
        if (novelty(sentence, t) === 0 && t.value === null) return [];
        if (question.words.some((w) => w.raw.toLowerCase() === t.text.toLowerCase())) return [];
        if (answersAnotherClause(sentence, t)) return [];
        const nearVerb = verbs.some((v) => Math.abs(v - t.first) <= 6 || Math.abs(v - t.last) <= 6) ? 1 : 0.85;
        // explicit and dated beats resolved against an inferred date beats unresolved beats vague ("soon")
        // a range ("from 1929 to 1937") says more than either end
        const explicit =
          t.source === 'range'
            ? 1.1
            : VAGUE.test(t.text)
              ? 0.6
              : t.value && NAMES_A_TIME.test(t.text)
                ? t.inferred
                  ? 0.95
                  : 1
                : 0.85;
        // the narration's dates answer "when" more often than those inside a quote
        const narrated = insideQuote(sentence, t) ? 0.8 : 1;
        // "what date was the vote": "in 1948" names no day, "on July 22, 1948" does
        const precise = asksForDay && t.value !== null && t.value.length < 10 ? 0.7 : 1;
        const near = 1 / (1 + distanceToAnchors(sentence, t) / 15);
        const strength = 0.85 * nearVerb * explicit * narrated * precise * (Number.isFinite(near) ? near : 0.6);
        const candidate = draft('when-time-phrase', t, strength);
        return [t.value ? { ...candidate, value: t.value, inferred: t.inferred } : candidate];
      });
    },
  },
  // "When did Tyrell find the lump?" <- "...after he slipped in the shower."
  {
    id: 'when-clause',
    extract(question, sentence) {
      if (sentence.times.some((t) => novelty(sentence, t) > 0)) return [];
      const verbs = verbPositions(question, sentence);
      return sentence.words.flatMap((w, i): CandidateDraft[] => {
        // "As he left the arena, ..." opens the sentence; "when" and the rest may stand anywhere
        const opener = CLAUSE_OPENERS.test(w.raw) ? i > 0 || /,/.test(sentence.text) : i === 0 && /^as$/i.test(w.raw);
        if (!opener) return [];
        let last = i;
        while (last + 1 < sentence.words.length && !/[,;:.!?]/.test(sentence.words[last].post)) last++;
        const phrase = trimPhrase(sentence, sentence.phrase(i, last), (k) =>
          /^(?:and|but|or)$/i.test(sentence.words[k].raw),
        );
        const short = phrase && phrase.last - phrase.first <= 4;
        // "after a meeting between Putin and Kerry" is the event asked about (its verb, its names), not its time
        const inside = (first: number, last: number): boolean =>
          phrase !== null && first >= phrase.first && last <= phrase.last;
        const named =
          question.names.length === 0 || sentence.names.some((n) => n.inQuestion && inside(n.first, n.last));
        if (named && verbs.some((v) => inside(v, v))) return [];
        return phrase && (short || novelty(sentence, phrase) > 0.5) ? [draft('when-clause', phrase, 0.3)] : [];
      });
    },
  },
];
