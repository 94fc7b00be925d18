import type { Question } from './question/types.js';
import type { Candidate } from './rules/types.js';

/**
 * Logistic weights fitted on the development questions (CBC4Kids, both settings; right = word-overlap F of
 * at least 0.5): the answer's score, its lead over the runner-up, and whether the answer is a free phrase
 * ("what", "why"), which is right less often than a name, date, place or number of the same score.
 */
const WEIGHTS = { bias: -1.65, score: 1.4, margin: 1.1, phrase: -0.65 };
/** Each further article that gives the same answer adds this much (news corroborates; the fit had no such case). */
const PER_ARTICLE = 0.05;

/**
 * How likely the answer is right (0..1). On the development questions, answers above 0.5 were right 64% of the
 * time, those at or below 0.5 38-40%.
 */
export function confidenceOf(question: Question, best: Candidate, runnerUp: Candidate | undefined): number {
  const margin = runnerUp ? Math.max(0, (best.score - runnerUp.score) / Math.max(best.score, 1e-9)) : 1;
  const phrase = question.expects === 'thing' || question.expects === 'reason' ? 1 : 0;
  const z = WEIGHTS.bias + WEIGHTS.score * best.score + WEIGHTS.margin * margin + WEIGHTS.phrase * phrase;
  const corroborated = PER_ARTICLE * Math.min(best.support.length, 2);
  const p = 1 / (1 + Math.exp(-z)) + corroborated;
  return Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
}
