import { nlp } from '../compromise.js';
import type { Gender } from './lexicon.js';

interface Lexicon {
  one: { lexicon: Record<string, string> };
}

let firstNames: Map<string, Gender> | null = null;

/** First names and their usual gender, from compromise's lexicon (read once, on first use). */
export function firstNameGender(word: string): Gender | null {
  if (!firstNames) {
    firstNames = new Map();
    const { lexicon } = (nlp.model() as Lexicon).one;
    for (const [w, tag] of Object.entries(lexicon)) {
      if (tag === 'MaleName') firstNames.set(w, 'male');
      else if (tag === 'FemaleName') firstNames.set(w, 'female');
      else if (tag === 'FirstName') firstNames.set(w, 'unknown');
    }
  }
  return firstNames.get(word) ?? null;
}

/** Whether the word is a first name (so a capitalised run starting with it names a person). */
export function isFirstName(word: string): boolean {
  return firstNameGender(word.toLowerCase()) !== null;
}
