import type { ArticleCitation } from '../citation.js';

/** One sentence of a summary with its source. Offsets index the article's text. */
export interface SummarySentence extends ArticleCitation {
  text: string;
  start: number;
  end: number;
}

/** A topic of a large corpus: a label and the sentences that sum it up. */
export interface SummaryTopic {
  label: string;
  articles: number;
  sentences: SummarySentence[];
}

/** The answer to `newsbot summary` (interface.md, section 3). */
export interface SummaryResult {
  sentences: SummarySentence[];
  /** For a corpus of unrelated stories: its largest topics, each summed up. */
  topics?: SummaryTopic[];
  /** A sentence for the reader, e.g. no such article. */
  message?: string;
}

export interface SummaryOptions {
  /** Summarise this article alone. */
  article?: string;
  /** How many sentences, 1 to 15; default 5. */
  sentences?: number;
}
