import type { Library } from '../library.js';
import type { Answer, AskOptions } from './types.js';

export type Answerer = (question: string, options?: AskOptions) => Answer;

/** Answers questions over the library's articles. */
export function createAnswerer(_library: Library, _cacheDir: string | null): Answerer {
  return (question) => ({ question, kind: 'other', answer: null, confidence: 0, evidence: [] });
}
