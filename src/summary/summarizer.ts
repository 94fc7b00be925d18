import type { Library } from '../library.js';
import type { SummaryOptions, SummaryResult } from './types.js';

export type Summarizer = (options?: SummaryOptions) => SummaryResult;

/** Extractive summaries of the whole corpus or of one article. */
export function createSummarizer(_library: Library): Summarizer {
  return () => ({ sentences: [] });
}
