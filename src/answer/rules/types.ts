import type { Question } from '../question/types.js';
import type { RankedSentence } from '../rank.js';
import type { ParsedSentence } from './parse.js';

/** A possible answer: a phrase of an evidence sentence. Offsets index the article's text. */
export interface Candidate {
  /** The rule that proposed it (debug traces, test names). */
  rule: string;
  /** The answer as shown to the user. */
  text: string;
  /** For dates: the calendar value (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */
  value?: string;
  /** True when `value` was taken from another sentence that states the date in full. */
  borrowedValue?: boolean;
  /** True when `value` rests on an article date inferred from the text. */
  inferred?: boolean;
  start: number;
  end: number;
  /** How sure the rule is that the phrase answers the question (0..1), before the sentence's own score. */
  strength: number;
  /**
   * The sentence that ties the candidate to the question when it is not its own: the restatement right
   * before a sentence that gives the reason. Its score and coverage count instead.
   */
  via?: RankedSentence;
  sentence: RankedSentence;
  /** The same answer from other articles, one each; filled by the merge refiner. */
  support: Candidate[];
  /** The ranking score, set by the rank refiner. */
  score: number;
}

/**
 * What a rule proposes. Its phrase is in the sentence the rule reads, unless it names another `sentence`: the one
 * before a restatement that begins "That is why", which gives the reason.
 */
export type CandidateDraft = Omit<Candidate, 'sentence' | 'support' | 'score'> & { sentence?: RankedSentence };

/** One answer rule: proposes candidates from one sentence, or nothing. */
export interface AnswerRule {
  id: string;
  extract(question: Question, sentence: ParsedSentence): CandidateDraft[];
}
