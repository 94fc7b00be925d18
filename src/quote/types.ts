import type { ArticleCitation } from '../citation.js';
import type { Span } from '../corpus/article.js';

/** Where a quote was reported. Offsets index the article's text and span the quoted words. */
export interface QuoteSource extends ArticleCitation {
  /** From the first quoted word to the last, without the quotation marks. */
  start: number;
  end: number;
  url?: string | null;
  /** For a quote split by its attribution (`"A," he said, "B."`): the quoted words of each segment. */
  parts?: Span[];
}

/** One quote, shown once however many articles report it. */
export interface SpeakerQuote {
  /** The quoted words without the quotation marks. */
  text: string;
  speaker: string;
  sources: QuoteSource[];
}

/** The answer to `newsbot quote SPEAKER` (interface.md, section 3). */
export interface QuoteResult {
  /** The canonical name the query resolved to; null if none. */
  speaker: string | null;
  quotes: SpeakerQuote[];
  /**
   * A sentence for the reader: why there is nothing to list ("no direct quotes from Vladimir Putin..."), or
   * that the topic asked for was left aside.
   */
  message?: string;
  /** The topic the quotes were narrowed to; absent when none was asked for or it had no words to look for. */
  topic?: string;
  /** The speakers an ambiguous query could mean ("John": John Kerry, John Kirby). */
  candidates?: string[];
  /** Known speakers close to an unknown name. */
  suggestions?: string[];
  /** The id of the rule that resolved the query ("surname", "misspelt"...), for debug traces. */
  resolvedBy?: string;
}

export interface QuoteOptions {
  /** Keep only the quotes about this topic (words and entities). */
  topic?: string;
}

/** A speaker for autocomplete: canonical name and number of distinct quotes. */
export interface KnownSpeaker {
  name: string;
  quotes: number;
}
