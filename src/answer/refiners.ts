import type { Question } from './question/types.js';
import type { Candidate } from './rules/types.js';

/** Where the answer is looked for. */
export interface Scope {
  /** True when the question is asked of one article (`--article`), false over the whole corpus. */
  article: boolean;
}

/** A refiner maps the candidate list to a new one (chrono-node's refiners). */
export interface Refiner {
  id: string;
  refine(candidates: Candidate[], question: Question, scope: Scope): Candidate[];
}

/**
 * Below this share of the question's weighted words, a sentence is not about the question. Asked of one
 * article, the reader has said where the answer is, so a looser paraphrase is accepted there.
 */
export const MIN_COVERAGE = 0.3;
export const MIN_COVERAGE_IN_ARTICLE = 0.2;
export const leastCoverage = (scope: Scope): number => (scope.article ? MIN_COVERAGE_IN_ARTICLE : MIN_COVERAGE);

/** What an answer looks like for comparing: lowercase words, no punctuation, no leading article. */
export function normalisedAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(?:the|a|an) /, '')
    .trim();
}

const WEEKDAY_ONLY = /^(?:(?:this|next|last|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Whether two candidates' articles are dated within a week of each other (an undated one counts as close). */
function withinAWeek(a: Candidate, b: Candidate): boolean {
  const dateOf = (c: Candidate): number | null => {
    const date = c.sentence.view.doc.article.date;
    return date ? Date.parse(date) : null;
  };
  const [x, y] = [dateOf(a), dateOf(b)];
  return x === null || y === null || Math.abs(x - y) <= 7 * 86_400_000;
}

/** How much a rule's certainty counts against the sentence's match with the question. */
const STRENGTH_WEIGHT = 0.8;

/**
 * How plainly a candidate states its answer: a date spelled out in the text of a dated article
 * ("December 18" on 2015-12-17) beats one resolved against an inferred date, which beats one borrowed.
 * Equal ones keep their order (by score).
 */
function explicitness(c: Candidate): number {
  if (!c.value) return 0;
  if (c.borrowedValue) return 1;
  if (c.inferred) return 2;
  return /\d|january|february|march|april|may|june|july|august|september|october|november|december/i.test(c.text)
    ? 4
    : 3;
}

/** A runner-up this close to the best answer, from another article, makes the two a conflict. */
const CONFLICT_SHARE = 0.85;

/**
 * Whether two candidates are competing answers from different articles: both well supported, of a kind
 * that is either right or wrong (a date, a number, a name, a place), and not one inside the other
 * ("December 2015" and "December 18, 2015" agree).
 */
export function conflicting(question: Question, a: Candidate, b: Candidate): boolean {
  if (!['date', 'number', 'person', 'place'].includes(question.expects)) return false;
  if (a.sentence.view.doc.article.id === b.sentence.view.doc.article.id) return false;
  if (Math.min(a.score, b.score) < CONFLICT_SHARE * Math.max(a.score, b.score)) return false;
  if (a.value && b.value) return !a.value.startsWith(b.value) && !b.value.startsWith(a.value);
  const [x, y] = [normalisedAnswer(a.text), normalisedAnswer(b.text)];
  return !` ${x} `.includes(` ${y} `) && !` ${y} `.includes(` ${x} `);
}

/** A fuller statement of the best role answer takes its place when it scores at least this share of it. */
const FULLER_ROLE_SHARE = 0.5;

/** Words before a role that make it another role: a "Vice President" is not the President. */
const OTHER_ROLE = /^(?:vice|deputy|former|acting|assistant|associate|interim|lieutenant|under|co|ex|junior|shadow)\b/i;

/**
 * Whether `fuller` is `role` with the place or body it belongs to before it ("Russian President", "State
 * Department spokesman"): capitalised words, none that makes it another role.
 */
export function statesRoleMoreFully(fuller: string, role: string): boolean {
  const [long, short] = [normalisedAnswer(fuller), normalisedAnswer(role)];
  if (short === '' || long === short || !long.endsWith(` ${short}`)) return false;
  const added = fuller
    .trim()
    .split(/\s+/)
    .slice(0, long.split(' ').length - short.split(' ').length);
  return added.every((w) => /^\p{Lu}/u.test(w) && !OTHER_ROLE.test(w));
}

/** The same answer from another sentence of the same article adds this much (up to three times). */
const REPEAT_BONUS = 0.1;

/** Each further article giving the same answer adds this much to its score. */
const CORROBORATION_BONUS = 0.1;

/**
 * In this order: first drop what cannot be an answer, then score what is left, then merge equal answers
 * (so their scores add up across articles), then sort.
 */
export const REFINERS: Refiner[] = [
  // "When did Putin visit Washington?" over a sentence that has "Putin" and "Tuesday" but is about something
  // else; "who is the mayor of Winnipeg?" over an article that never names Winnipeg
  {
    id: 'drop-without-evidence',
    refine: (candidates, _question, scope) => {
      const least = leastCoverage(scope);
      return candidates.filter(
        (c) => (c.via ?? c.sentence).coverage >= least && c.sentence.articleHasNames && c.strength > 0,
      );
    },
  },
  // "Who did Kerry meet?" must not answer "Kerry"
  {
    id: 'drop-question-echo',
    refine: (candidates, question) => {
      const asked = ` ${normalisedAnswer(question.text)} `;
      return candidates.filter((c) => {
        const answer = normalisedAnswer(c.text);
        return answer !== '' && !asked.includes(` ${answer} `);
      });
    },
  },
  // "Friday" in one article and "this Friday, December 18" in another a day apart: the same day
  {
    id: 'weekday-takes-date',
    refine: (candidates, question) => {
      if (question.expects !== 'date') return candidates;
      const dated = candidates.filter((c) => c.value && /^\d{4}-\d\d-\d\d$/.test(c.value));
      return candidates.map((c) => {
        if (c.value) return c;
        const day = WEEKDAY_ONLY.exec(normalisedAnswer(c.text))?.[1];
        const match = day && dated.find((d) => normalisedAnswer(d.text).includes(day) && withinAWeek(c, d));
        return match ? { ...c, value: match.value, borrowedValue: true } : c;
      });
    },
  },
  // a sentence that matches the question a little less but holds a phrase of the right kind wins over one
  // that matches it better but holds none: the rule's strength adds to the sentence's score
  {
    id: 'score',
    refine: (candidates) =>
      candidates.map((c) => ({ ...c, score: (c.via ?? c.sentence).score + STRENGTH_WEIGHT * c.strength })),
  },
  // the same date from two articles, or "Moscow" from three sentences: one answer, every article as evidence
  // (the one stating a date in full goes first, whatever its score)
  {
    id: 'merge-same-answer',
    refine: (candidates) => {
      const groups = new Map<string, Candidate[]>();
      for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
        const key = c.value ?? normalisedAnswer(c.text);
        groups.set(key, [...(groups.get(key) ?? []), c]);
      }
      return [...groups.values()].map((group) => {
        const first = [...group].sort((a, b) => explicitness(b) - explicitness(a))[0];
        const seen = new Set([first.sentence.view.doc.article.id]);
        const support = group.filter((c) => {
          const article = c.sentence.view.doc.article.id;
          if (seen.has(article)) return false;
          seen.add(article);
          return true;
        });
        const repeats = group.length - 1 - support.length;
        const score =
          group[0].score +
          CORROBORATION_BONUS * support.reduce((sum, c) => sum + c.score, 0) +
          REPEAT_BONUS * Math.min(repeats, 3);
        return { ...first, score, support };
      });
    },
  },
  { id: 'rank', refine: (candidates) => [...candidates].sort((a, b) => b.score - a.score) },
  // "who is Vladimir Putin": "President" in one article, "Russian President" in another — the same role,
  // shown as fully as a well-supported candidate states it, with the sources of both
  {
    id: 'fuller-role',
    refine: (candidates) => {
      const [first, ...rest] = candidates;
      if (!first?.rule.startsWith('role-')) return candidates;
      const fuller = rest.find(
        (c) =>
          c.rule.startsWith('role-') &&
          c.score >= FULLER_ROLE_SHARE * first.score &&
          statesRoleMoreFully(c.text, first.text),
      );
      if (!fuller) return candidates;
      const support = [first, ...first.support, ...fuller.support].filter(
        (c) => c.sentence.view.doc.article.id !== fuller.sentence.view.doc.article.id,
      );
      return [{ ...fuller, score: first.score, support }, ...rest.filter((c) => c !== fuller)];
    },
  },
  // "Friday" in one article, "Saturday" in another, both well supported: the explicit and dated one goes first
  {
    id: 'explicit-first-on-conflict',
    refine: (candidates, question) => {
      const [first, ...rest] = candidates;
      const rival = first && rest.find((c) => conflicting(question, first, c));
      if (!rival || explicitness(rival) <= explicitness(first)) return candidates;
      return [rival, first, ...rest.filter((c) => c !== rival)];
    },
  },
];
