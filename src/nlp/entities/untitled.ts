import type { Candidate } from './candidate.js';
import type { RuleContext } from './rule-kit.js';
import { addressOf } from './rules.js';
import { HONORIFICS } from './words.js';

/** Pronouns that stand for a person, never for a business. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'himself', 'herself']);

/**
 * A personal pronoun follows the name closely, with only words between ("Tyrell said he", not "Cofinec's
 * chief executive said he").
 */
function pronounFollows(c: Candidate): boolean {
  for (let i = c.last; i < Math.min(c.tokens.length, c.last + 3); i++) {
    const t = c.tokens[i];
    if (PERSONAL_PRONOUNS.has(t.lower)) return true;
    // another name, or a quotation's end ('... and Yahoo," he said')
    if (t.shape !== 'lower') return false;
  }
  return false;
}

/**
 * Single words never written after a title, in a business report or an article that writes people's family
 * names after "Mr" or "Ms" (as most British news does): such a word is seldom a person, unless something
 * other than a verb of saying says so ("Macrovision says", "Wimpey said" beside "Mr Ramos said"). Empty
 * for other articles.
 */
export function untitledNames(candidates: Candidate[], context: RuleContext): Set<string> {
  const addressed = candidates.filter((c) => c.last - c.first === 1 && HONORIFICS.has(addressOf(c) ?? ''));
  if (!context.business && new Set(addressed.map((c) => c.key)).size < 2) return new Set();
  // a title, any sign of a person but a verb of saying ("Anil, who is the company's chief"), or "he" or "she"
  // after it ("Tyrell's doctors said he was well")
  const personal = (c: Candidate) =>
    c.title !== null ||
    addressOf(c) !== null ||
    c.votes.some((v) => v.label === 'person' && v.rule !== 'speaker') ||
    pronounFollows(c);
  const titled = new Set(candidates.filter(personal).map((c) => c.key));
  return new Set(candidates.filter((c) => c.last - c.first === 1 && !titled.has(c.key)).map((c) => c.key));
}
