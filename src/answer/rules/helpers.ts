import type { Question } from '../question/types.js';
import type { Phrase } from '../text/phrases.js';
import { synonymsOf } from '../text/synonyms.js';
import type { ParsedSentence } from './parse.js';
import type { CandidateDraft } from './types.js';

/** Share of the phrase's content words that the question does not already have (0 = nothing new). */
export function novelty(sentence: ParsedSentence, phrase: Phrase): number {
  let content = 0;
  let fresh = 0;
  for (let i = phrase.first; i <= phrase.last; i++) {
    if (sentence.words[i].term === null) continue;
    content++;
    if (!sentence.inQuestion[i]) fresh++;
  }
  return content === 0 ? 0 : fresh / content;
}

/** Words between the phrase and the nearest word the question shares (Infinity when none). */
export function distanceToAnchors(sentence: ParsedSentence, phrase: Phrase): number {
  let best = Number.POSITIVE_INFINITY;
  for (const a of sentence.anchors) {
    if (a >= phrase.first && a <= phrase.last) continue;
    best = Math.min(best, a < phrase.first ? phrase.first - a : a - phrase.last);
  }
  return best;
}

/** 1 right next to the question's words, falling off with distance; 0.5 when the sentence shares none. */
export function proximity(sentence: ParsedSentence, phrase: Phrase): number {
  const d = distanceToAnchors(sentence, phrase);
  return Number.isFinite(d) ? 1 / (1 + Math.max(0, d - 1) / 6) : 0.5;
}

/** Positions of the words that are the question's main verb (or a synonym of it). */
export function verbPositions(question: Question, sentence: ParsedSentence): number[] {
  if (!question.verb) return [];
  const forms = new Set([question.verb, ...synonymsOf(question.verb)]);
  return sentence.words.flatMap((w, i) => (w.term && forms.has(w.term) ? [i] : []));
}

/** Whether the word at a position is used as a noun ("a planned meeting", "the talks"), not as a verb. */
export function isNounUse(sentence: ParsedSentence, position: number): boolean {
  const before = sentence.words[position - 1];
  const word = sentence.words[position];
  const determined =
    before !== undefined &&
    (before.tags.has('Determiner') || before.tags.has('Adjective') || before.tags.has('Possessive'));
  return determined || (word.tags.has('Noun') && !word.tags.has('Verb'));
}

/** Whether a clause boundary (a comma, a dash, a semicolon...) lies between two word positions. */
export function boundaryBetween(sentence: ParsedSentence, from: number, to: number): boolean {
  for (let i = Math.min(from, to); i < Math.max(from, to); i++) {
    if (/[,;:—–()]|\s-\s/.test(sentence.words[i].post)) return true;
  }
  return false;
}

/** What "who is the top US diplomat" asks to name: the description's terms, and its head noun. */
export interface Description {
  terms: string[];
  head: string;
}

const DESCRIPTION_QUESTION = /^who (?:is|was|are|were) (?:the|a|an) /i;

/**
 * The description a question asks to name ("the US Secretary of State": head "secretari", the last term before
 * a preposition); null for any other question, and for one with a verb of its own ("who is the man arrested").
 */
export function descriptionOf(question: Question): Description | null {
  const match = DESCRIPTION_QUESTION.exec(question.text);
  if (!match || question.verb !== null) return null;
  const words = question.words.filter((w) => w.start >= match[0].length);
  const preposition = words.findIndex((w) => w.tags.has('Preposition'));
  const terms = words.flatMap((w) => (w.term === null ? [] : [w.term]));
  const head = (preposition < 0 ? words : words.slice(0, preposition)).filter((w) => w.term !== null).pop()?.term;
  return head ? { terms, head } : null;
}

/** Whether a main verb (not an auxiliary) stands strictly between two word positions: "Lavrov said the talks would lead". */
export function verbBetween(sentence: ParsedSentence, from: number, to: number): boolean {
  for (let i = Math.min(from, to) + 1; i < Math.max(from, to); i++) {
    const { tags } = sentence.words[i];
    if (tags.has('Verb') && !['Auxiliary', 'Modal', 'Copula'].some((t) => tags.has(t))) return true;
  }
  return false;
}

export function draft(rule: string, phrase: Phrase, strength: number, text = phrase.text): CandidateDraft {
  return { rule, text, start: phrase.start, end: phrase.end, strength };
}

/**
 * A candidate whose words are not in the sentence (a speaker resolved from a pronoun or another line): it has
 * no place to highlight, so its span is empty, at the sentence's start.
 */
export function unplaced(rule: string, sentence: ParsedSentence, strength: number, text: string): CandidateDraft {
  return { rule, text, start: sentence.offset, end: sentence.offset, strength };
}

/** Leading and trailing words dropped from a phrase while `drop` holds (stop words, conjunctions). */
export function trimPhrase(sentence: ParsedSentence, phrase: Phrase, drop: (i: number) => boolean): Phrase | null {
  let { first, last } = phrase;
  while (first <= last && drop(first)) first++;
  while (last >= first && drop(last)) last--;
  return first <= last ? sentence.phrase(first, last) : null;
}
