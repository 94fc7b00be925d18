import type { Document } from '../library.js';
import type { EntityMention } from '../nlp/facts.js';
import { firstNameGender } from '../nlp/quotes/first-names.js';

/** How many sentences back a pronoun may find what it stands for. */
const REACH = 3;

type Gender = 'male' | 'female';

/** A pronoun of a sentence that stands for something named before it. */
export interface ReferenceRule {
  id: string;
  pattern: RegExp;
  /** The name the pronoun at `offset` (an index into the article's text) refers to, or null. */
  resolve(document: Document, sentence: number, offset: number, pronoun: string): string | null;
}

const genderOf = (pronoun: string): Gender => (/^(?:he|him|his|himself)$/i.test(pronoun) ? 'male' : 'female');

/**
 * Whether a person's name may be the antecedent of a pronoun of this gender: its first name is not of the other
 * gender, and it looks like a person's name (a known first name, or a last word not ending like a team's
 * plural: extraction sometimes takes "Rockets" or "Edmonton Grads" for people).
 */
function fits(mention: EntityMention, gender: Gender): boolean {
  const words = mention.canonical.split(/\s+/);
  const known = firstNameGender(words[0]?.toLowerCase() ?? '');
  if (known !== null) return known === 'unknown' || known === gender;
  return !/s$/.test(words[words.length - 1]);
}

/** The last entity mention before `offset` (in this sentence or a body sentence within reach) that `accept` takes. */
function lastBefore(
  { facts }: Document,
  sentence: number,
  offset: number,
  accept: (mention: EntityMention) => boolean,
): EntityMention | null {
  const body = (index: number): boolean => facts.sentences[index]?.kind === 'body';
  for (let i = facts.entities.length - 1; i >= 0; i--) {
    const mention = facts.entities[i];
    if (mention.start >= offset || mention.sentence > sentence) continue;
    if (mention.sentence < sentence - REACH) break;
    if ((mention.sentence === sentence || body(mention.sentence)) && accept(mention)) return mention;
  }
  return null;
}

/**
 * Every rule runs on every pronoun it matches. Only people's pronouns are resolved: "he" and "she" point back
 * to a name far more often than "it" or "they", whose antecedent is mostly a common noun phrase.
 */
export const REFERENCE_RULES: ReferenceRule[] = [
  // "Babe Belanger played with the Grads. She was a forward." -> Babe Belanger
  {
    id: 'person-pronoun',
    pattern: /\b(?:he|him|his|himself|she|her|hers|herself)\b/gi,
    resolve(document, sentence, offset, pronoun) {
      const gender = genderOf(pronoun);
      return lastBefore(document, sentence, offset, (m) => m.type === 'person' && fits(m, gender))?.canonical ?? null;
    },
  },
];

/** The names a sentence's pronouns stand for. */
export function referencesOf(document: Document, sentence: number): string[] {
  const { start, end } = document.facts.sentences[sentence];
  const text = document.article.text.slice(start, end);
  const names = new Set<string>();
  for (const rule of REFERENCE_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const name = rule.resolve(document, sentence, start + (match.index as number), match[0]);
      if (name) names.add(name);
    }
  }
  return [...names];
}
