import type { Candidate, Label } from './candidate.js';
import { classOf, isFirstName, type NameClass, PLACE_CLASSES } from './gazetteer.js';
import type { Token } from './tokens.js';

/** What the rules know about the article as a whole. */
export interface RuleContext {
  /** A sports report: place names there often stand for teams ("Leicestershire beat Somerset"). */
  sports: boolean;
  /** A business or technology report: a lone name there is most often a company's ("Airbus", "Yahoo"). */
  business: boolean;
}

/** One rule: an opinion on what a candidate names, or null when the rule has nothing to say. */
export interface Rule {
  id: string;
  /** The rule speaks about one mention's position, not about the name (see document.ts). */
  local?: boolean;
  vote(c: Candidate, context: RuleContext): { label: Label; weight: number } | null;
}

/** The token `n` places before the candidate, and the one `n` places after its end. */
export const before = (c: Candidate, n = 1): Token | undefined => c.tokens[c.first - n];
export const after = (c: Candidate, n = 0): Token | undefined => c.tokens[c.last + n];
export const lastWord = (c: Candidate): string => c.tokens[c.last - 1].lower.replace(/\.$/, '');
export const size = (c: Candidate): number => c.last - c.first;

/** The class of the whole name, as written or without a leading "The". */
export function nameClass(c: Candidate): NameClass | undefined {
  return classOf(c.key) ?? (c.key.startsWith('the ') ? classOf(c.key.slice(4)) : undefined);
}

/**
 * Known as a place, a people or an event ("West Indian"): words about businesses or sides next to it do not
 * make it one.
 */
export function knownOtherwise(c: Candidate): boolean {
  const known = nameClass(c);
  if (size(c) > 1 && classOf(lastWord(c)) === 'demonym') return true;
  return known !== undefined && (PLACE_CLASSES.has(known) || known === 'demonym' || known === 'event');
}

/** A lowercase word naming a town or region and no person ("manchester", "calgary"; not "austin"). */
export function isTown(word: string): boolean {
  const known = classOf(word);
  return (known === 'city' || known === 'region') && !isFirstName(word);
}

/** A name of several words opening with a first name ("John Lewis"): a person unless its own words say otherwise. */
export const opensWithFirstName = (c: Candidate): boolean =>
  size(c) > 1 && classOf(c.tokens[c.first].lower) === 'firstName';

/** The word after the candidate, past a possessive ("BP's chairman"), and whether there was one. */
export function wordAfter(c: Candidate): { word: Token | undefined; possessive: boolean } {
  const next = after(c);
  const possessive = next !== undefined && /^['’]s?$/.test(next.lower);
  return { word: possessive ? after(c, 1) : next, possessive };
}
