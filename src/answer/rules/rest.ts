import type { Question } from '../question/types.js';
import type { RankedSentence } from '../rank.js';
import { distanceToAnchors, draft, trimPhrase, verbPositions } from './helpers.js';
import { ROLE_WORDS } from '../text/lexicon.js';
import type { TaggedWord } from '../text/tagged.js';
import type { ParsedSentence } from './parse.js';
import { answersAnotherClause } from './when.js';
import { asksForHolder } from './who.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const EDGE_WORDS =
  /^(?:and|but|or|so|that|which|who|the|a|an|of|to|in|on|at|for|with|by|as|is|was|are|were|has|have|had|said|says)$/i;

/** Verbs of saying that end a run: what comes after them is what was said. */
const REPORTING = new Set(['said', 'says', 'told', 'added', 'reported', 'announced', 'stated']);

/**
 * A rest of fewer content words than this says little beyond the question ("Tuesday", "gate"): as the answer
 * to "what" or "why" it keeps only part of its strength (three quarters for a single word: `THIN_SHARE` plus
 * a share per word), so that a sentence adding more to the question can win.
 */
const SUBSTANTIAL = 2;
const THIN_SHARE = 0.5;

/** The share of its strength a rest of `content` content words keeps. */
const substance = (content: number): number =>
  THIN_SHARE + ((1 - THIN_SHARE) * Math.min(content, SUBSTANTIAL)) / SUBSTANTIAL;

/** Words that say when, besides those of a time phrase: "Later today", "earlier this week". */
const WHEN_WORD = /^(?:later|earlier|soon|recently|now)$/i;

/** Whether every content word of a run says when: "Later today" answers no "how", "what" or "why". */
function onlyTime(sentence: ParsedSentence, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = sentence.words[i];
    if (w.term === null || WHEN_WORD.test(w.raw)) continue;
    if (!sentence.times.some((t) => t.first <= i && i <= t.last)) return false;
  }
  return true;
}

/**
 * The part of the sentence the question does not already say: the run of words between the question's
 * words (and clause breaks) with the most new content, nearest the question's words. The answer of last
 * resort for "what" and "why" questions; with `typed`, for a typed answer that the caller checks itself, its
 * strength does not depend on how much it says ("in Moscow"). Untyped, a run that only says when is no answer.
 */
export function restOfSentence(
  rule: string,
  _question: Question,
  sentence: ParsedSentence,
  strength: number,
  { typed = false }: { typed?: boolean } = {},
): CandidateDraft[] {
  const { words, inQuestion } = sentence;
  const runs: { first: number; last: number; content: number }[] = [];
  let first = -1;
  let content = 0;
  const close = (last: number): void => {
    if (first >= 0 && last >= first) runs.push({ first, last, content });
    first = -1;
    content = 0;
  };
  words.forEach((w, i) => {
    // "a monitoring group said suspected Russian air strikes killed...": who said it is not part of what
    if (inQuestion[i] || REPORTING.has(w.raw.toLowerCase())) {
      close(i - 1);
      return;
    }
    if (first < 0) first = i;
    if (w.term) content++;
    if (/[;:.!?"“”()—]|--/.test(w.post)) close(i);
  });
  close(words.length - 1);
  const scored = runs
    .filter((r) => r.content > 0 && (typed || !onlyTime(sentence, r.first, r.last)))
    .map((r) => {
      const phrase = sentence.phrase(r.first, r.last);
      const d = distanceToAnchors(sentence, phrase);
      return { r, phrase, score: Math.min(r.content, 8) / (1 + (Number.isFinite(d) ? d : 4) / 3) };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return [];
  const phrase = trimPhrase(sentence, best.phrase, (k) => EDGE_WORDS.test(words[k].raw) || words[k].term === null);
  return phrase ? [draft(rule, phrase, typed ? strength : strength * substance(best.r.content))] : [];
}

/** A sentence that matches this much of the question restates it: what else it says is likely the answer. */
const RESTATED = 0.75;

/**
 * The answer of last resort for every kind of question: "Where have offers for tickets been common?" <-
 * "Offers for tickets have been common on the Internet." The typed rules run first and are surer.
 */
export const RESTATED_RULE: AnswerRule = {
  id: 'rest-of-restatement',
  extract: (question, sentence) => {
    // names alone do not restate a question: its focus ("located", "husband") must be there too
    const restates =
      sentence.ranked.coverage >= RESTATED &&
      question.focus.every((t) => sentence.ranked.matched.has(t)) &&
      // "where is the Kremlin": a sentence that names it does not say where it is for that
      !(question.expects === 'place' && question.focus.length === 0);
    // "who is the US envoy": the rest of the sentence cannot tell which of its names the description is
    if (!restates || asksForHolder(question)) return [];
    return restOfSentence('rest-of-restatement', question, sentence, 0.25, { typed: true }).filter((c) =>
      fitsExpectation(question, sentence, c),
    );
  },
};

/** Words that make a phrase about time: "1997", "after", "ago", "Monday", "weeks". */
const TIME_WORD =
  /^(?:\d.*|after|before|until|since|during|when|while|ago|last|next|early|late|recently|soon|now|today|yesterday|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|(?:day|week|month|year|decade|centur|hour|minute|night|weekend)\w*)$/i;

/**
 * The rest of a restatement still has to look like the answer asked for: who -> it holds a name or a word for
 * people; when -> a word about time; where -> a place preposition or a name; how many -> a number; the other
 * kinds take what there is.
 */
function fitsExpectation(question: Question, sentence: ParsedSentence, candidate: CandidateDraft): boolean {
  const span = sentence.wordsOf(candidate.start, candidate.end);
  if (!span) return false;
  const words = sentence.words.slice(span.first, span.last + 1);
  if (question.expects === 'date') {
    // "lasted for nearly three hours" is a duration; "...on Friday, after Putin received Kerry" is not when
    // Putin received him (see `answersAnotherClause`)
    const { facts } = sentence.view.doc;
    const duration = (w: TaggedWord): boolean =>
      facts.dates.some((d) => (d.type === 'DURATION' || d.type === 'SET') && d.start < w.end && w.start < d.end);
    const times = sentence.times.filter((t) => t.first >= span.first && t.last <= span.last);
    if (times.length && times.every((t) => answersAnotherClause(sentence, t))) return false;
    return words.some((w) => TIME_WORD.test(w.raw) && !duration(w));
  }
  if (question.expects === 'number') return words.some((w) => w.tags.has('Value') || /\d/.test(w.raw));
  // "Tuesday" is capitalised but names no place
  const nameOfPlace = (w: TaggedWord, i: number): boolean => i > 0 && /^\p{Lu}/u.test(w.raw) && !w.tags.has('Date');
  if (question.expects === 'place')
    return words.some((w, i) => /^(?:in|at|on|near|inside|outside|from)$/i.test(w.raw) || nameOfPlace(w, i));
  if (question.expects === 'person') {
    // "who leads Syria" asks for the doer, before the verb: "...would lead quickly to a UN resolution" is not it
    const verbs = verbPositions(question, sentence);
    if (question.gap === 'subject' && verbs.length && verbs.every((v) => v < span.first)) return false;
    return words.some(
      (w, i) =>
        ['Person', 'Organization', 'Actor'].some((t) => w.tags.has(t)) ||
        ROLE_WORDS.has(w.raw.toLowerCase()) ||
        (i > 0 && w.tags.has('ProperNoun')),
    );
  }
  return true;
}

/** A sentence matching this much of the question, with no reason of its own, may be answered by the next. */
const LEADS_IN = 0.6;
const MAX_NEW_TERMS = 3;
const GIVES_REASON = /\b(?:because|since|so that|in order to|due to|thanks to)\b/i;

/**
 * The rest of a sentence whose previous one, matching at least `coverage` of the question and scored higher,
 * `leadsIn` to it: an answer that follows its lead-in.
 */
function followingLeadIn(
  rule: string,
  strength: number,
  coverage: number,
  leadsIn: (previous: RankedSentence, question: Question) => boolean,
): AnswerRule {
  return {
    id: rule,
    extract(question, sentence) {
      const previous = sentence.ranked.previous;
      if (!previous || previous.coverage < coverage || previous.score <= sentence.ranked.score) return [];
      if (!leadsIn(previous, question)) return [];
      return restOfSentence(rule, question, sentence, strength).map((c) => ({ ...c, via: previous }));
    },
  };
}

/**
 * The sentence after a restatement of the question: "Some members of the public are opposed to gun control
 * for another reason." <- "They believe people should decide for themselves..."
 */
export function followingRestatement(rule: string, strength: number): AnswerRule {
  return followingLeadIn(rule, strength, LEADS_IN, (previous, question) => {
    if (GIVES_REASON.test(previous.view.text)) return false;
    // the restatement must say little beyond the question, else its own words are the answer
    const asked = new Set(question.terms);
    const beyond = [...previous.view.terms].filter((t) => !asked.has(t) && !previous.matched.has(t)).length;
    return beyond <= MAX_NEW_TERMS;
  });
}

/** An announcement says it has the answer: it need match less of the question than a bare restatement. */
const ANNOUNCER_COVERAGE = 0.4;

/**
 * A sentence that announces what the next one says: "Engineers say the town has two options.", "The plan has
 * three parts:".
 */
export const ANNOUNCES =
  /:\s*$|\b(?:two|three|four|five|several|a few|many) (?:options|ways|reasons|things|steps|choices|possibilities|solutions|problems|questions|goals|changes|ideas)\b/i;

/**
 * The sentence after one that restates the question and announces the answer: "How can the town stop the
 * flood?" <- "Engineers say the town has two options." "It can raise the dike, or it can move the houses."
 */
export function followingAnnouncement(rule: string, strength: number): AnswerRule {
  return followingLeadIn(rule, strength, ANNOUNCER_COVERAGE, (previous) => ANNOUNCES.test(previous.view.text.trim()));
}
