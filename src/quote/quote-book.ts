import type { Library } from '../library.js';
import type { KnownSpeaker, QuoteOptions, QuoteResult } from './types.js';

/** Every quote of the corpus by speaker, shown once with all its sources. */
export interface QuoteBook {
  quote(speaker: string, options?: QuoteOptions): QuoteResult;
  /** Known speakers, most quoted first. */
  speakers(): KnownSpeaker[];
}

export function createQuoteBook(_library: Library): QuoteBook {
  return {
    quote: () => ({ speaker: null, quotes: [] }),
    speakers: () => [],
  };
}
