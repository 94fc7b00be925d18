import type { QuestionKind } from '../types.js';

/** The kind of phrase a question wants back. */
export type Expectation =
  /** who won / who is the principal of X: a name, or the group that did it */
  | 'person'
  /** who is Lavrov: the role or title the articles give him */
  | 'role'
  /** when / what year */
  | 'date'
  /** where / what city */
  | 'place'
  /** what did X say (about Y): the quoted words */
  | 'quotation'
  /** how many / how much / how old / how big: a number with its unit */
  | 'number'
  /** why: the reason clause */
  | 'reason'
  /** what / which / how: the phrase that fills the gap */
  | 'thing';

/** Which part of the answer sentence the wh-word stands for. */
export type Gap =
  /** "who won the game": the doer, before the verb */
  | 'subject'
  /** "who did Kerry meet": the other party, after the verb */
  | 'object'
  /** "who is Lavrov", "what is a mosasaur": a description of the named thing */
  | 'identity'
  /** anything else (adverbial: when, where, why, how) */
  | 'adjunct';

/** A word of the question with its index term and part-of-speech tags. */
export interface QuestionWord {
  raw: string;
  start: number;
  end: number;
  /** Index term (stemmed), null for a stop word. */
  term: string | null;
  tags: ReadonlySet<string>;
  /** Punctuation and space after the word. */
  post: string;
}

/** A question, analysed. */
export interface Question {
  /** The cleaned question text. */
  text: string;
  kind: QuestionKind;
  expects: Expectation;
  gap: Gap;
  /** The classifier rule that decided kind and expectation, for debug traces and tests. */
  rule: string;
  words: QuestionWord[];
  /** The distinct index terms of the question's content words (the focus). */
  terms: string[];
  /** Names in the question: runs of capitalised words ("South Queens Junior High School"). */
  names: string[];
  /**
   * The terms the question turns on: the noun it asks about ("goal" in "what is the goal of the bombing")
   * and its main verb ("refuse" in "what does Milosevic refuse to do").
   */
  focus: string[];
  /** The index term of the main verb ("meet" in "who did Kerry meet"), if any. */
  verb: string | null;
  /** The noun the question counts or picks ("nations" in "how many nations", "team" in "which team"). */
  unit: string | null;
  /** The thing asked about: "Lavrov" in "who is Lavrov", the speaker in "what did Lavrov say". */
  subject: string | null;
  /** "terrorist groups" in "what did Lavrov say about terrorist groups". */
  topic: string | null;
  /**
   * Whose statement the answer must be: "Mark Churchill" in "how did Mark Churchill describe the movie",
   * "political analysts" in "..., according to political analysts".
   */
  source: string | null;
}
