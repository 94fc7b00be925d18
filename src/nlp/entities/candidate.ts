import type { Span } from '../../corpus/article.js';
import type { EntityType } from '../facts.js';
import type { Token } from './tokens.js';

/** What a candidate name may turn out to be; 'misc' covers nationalities, events and the like, left out. */
export type Label = EntityType | 'misc';

/** One rule's opinion about a candidate, weighed against the others of the document. */
export interface Vote {
  label: Label;
  weight: number;
  rule: string;
  /** The vote is about this mention's position, not about the name wherever it stands. */
  local: boolean;
}

/** A stretch of one sentence that may name a person, place or organization. */
export interface Candidate extends Span {
  sentence: number;
  /** The tokens of the candidate's sentence, and the candidate's own as [first, last). */
  tokens: Token[];
  first: number;
  last: number;
  text: string;
  /** The lowercase name without full stops, the same for every mention written the same way. */
  key: string;
  /** The title written before the name in the same run of capitals ("Russian Foreign Minister"). */
  title: string | null;
  votes: Vote[];
}

/** The key of a name as written: lowercase, single spaces, no full stops ("U.S." and "US" share "us"). */
export function keyOf(text: string): string {
  return text.toLowerCase().replaceAll('.', '').replace(/\s+/g, ' ').replace(/[’]/g, "'").trim();
}

export function candidateOf(
  text: string,
  sentence: number,
  tokens: Token[],
  first: number,
  last: number,
  title: string | null = null,
): Candidate {
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  const name = text.slice(start, end);
  return { start, end, sentence, tokens, first, last, text: name, key: keyOf(name), title, votes: [] };
}
