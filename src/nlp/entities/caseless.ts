import { type Candidate, candidateOf, keyOf } from './candidate.js';
import { classOf } from './gazetteer.js';
import type { Token } from './tokens.js';

/** The longest name read across words, in tokens ("UNITED STATES", "BOSNIA AND HERZEGOVINA"). */
const LONGEST = 5;

/** Classes a gazetteer must give a word read in a line of capitals before it counts as a name. */
const NAMING = new Set(['country', 'city', 'region', 'organization', 'team', 'person']);

const isWord = (t: Token): boolean => t.shape === 'upper' || t.shape === 'cap';

/**
 * Candidate names in the parts of a sentence whose capitals say nothing (headlines, datelines, table rows):
 * only names the article writes elsewhere in normal case (`known` keys) or that a gazetteer knows,
 * longest first ("SHEARER NAMED AS ENGLAND CAPTAIN": "Shearer" from the body, "England" from the list).
 */
export function findCaselessCandidates(
  text: string,
  sentence: number,
  tokens: Token[],
  known: Set<string>,
): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].caseless || !isWord(tokens[i])) {
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(LONGEST, tokens.length - i); n > 0 && !matched; n--) {
      const last = tokens[i + n - 1];
      if (!isWord(last) || !last.caseless) continue;
      const key = keyOf(text.slice(tokens[i].start, last.end));
      const nameClass = classOf(key);
      if (known.has(key) || (nameClass !== undefined && NAMING.has(nameClass))) matched = n;
      // "ROBERTO DURAN" where the body has "Duran": a first name before a known family name
      else if (n === 2 && classOf(tokens[i].lower) === 'firstName' && known.has(last.lower)) matched = n;
    }
    if (matched) found.push(candidateOf(text, sentence, tokens, i, i + matched));
    i += matched || 1;
  }
  return found;
}
