import { classOf, isRoleNoun } from '../entities/gazetteer.js';
import { PERSON_TITLES } from '../entities/words.js';

/** Offices, which a description may give someone not named before ("the minister"), unlike "the 30-year-old". */
export const OFFICES = new Set(
  `president minister secretary spokesman spokeswoman spokesperson chancellor premier governor senator mayor
ambassador envoy commissioner chairman chairwoman director official officer judge prosecutor lawyer`.split(/\s+/),
);

/** The last word of a description, lowercased ("the Liverpool striker" -> "striker"). */
export function headOf(description: string): string {
  return description.toLowerCase().split(/\s+/).pop() ?? '';
}

/**
 * A noun naming one person by what they are: a role, an office, an age or a nationality ("spokesman", "striker",
 * "30-year-old", "American", "Dutchman"); not a plural ("the authors").
 */
export function isPersonHead(head: string): boolean {
  if (/[^s]s$/.test(head)) return false;
  return (
    head.endsWith('-year-old') ||
    classOf(head) === 'demonym' ||
    /[a-z](?:man|woman)$/.test(head) ||
    isRoleNoun(head) ||
    PERSON_TITLES.has(head) ||
    OFFICES.has(head)
  );
}
