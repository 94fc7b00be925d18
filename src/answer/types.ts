import type { ArticleCitation } from '../citation.js';

/** The question kinds of interface.md (`quote` is "what did X say (about Y)"). */
export type QuestionKind = 'who' | 'when' | 'where' | 'quote' | 'howmany' | 'what' | 'why' | 'other';

/** A sentence an answer rests on. Offsets index the article's text. */
export interface Evidence extends ArticleCitation {
  sentence: string;
  start: number;
  end: number;
  url?: string | null;
  /** Where the answer phrase sits in the article's text, when it is inside this sentence (for bold). */
  answerStart?: number;
  answerEnd?: number;
}

/** The calendar values a `when` answer carries (interface.md): `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const CALENDAR_VALUE = /^\d{4}(?:-\d{2}){0,2}$/;

/** One answer object of `newsbot ask --json` (interface.md, section 3). */
export interface Answer {
  id?: string;
  question: string;
  kind: QuestionKind;
  /** The short answer phrase; null when the articles do not answer the question. */
  answer: string | null;
  /** For `when` answers: the resolved calendar value (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */
  value?: string;
  confidence: number;
  /** Best first, one sentence per supporting article. */
  evidence: Evidence[];
  /** A remark for the reader, e.g. that the sources differ or why there is no answer. */
  note?: string;
}

export interface AskOptions {
  /** Restrict the answer to this article id. */
  article?: string;
}
