/**
 * Who a clause is about: the person, description or organisation it opens with. Attribution rules use these for
 * quotations with no speech verb of their own; the discourse uses them for what pronouns refer to.
 */

import { isRoleNoun } from '../entities/gazetteer.js';
import { TITLE_MODIFIERS } from '../entities/words.js';
import { PREPOSITIONS, PRONOUNS, SPEECH_VERBS, TIME_WORDS, TITLE_WORDS, VERB_MODIFIERS } from './lexicon.js';
import { joinText, nameWord } from './names.js';
import { headOf, isPersonHead } from './person-nouns.js';
import { parsePhrase, type SpeakerMention } from './speaker-phrase.js';
import type { Token } from './tokens.js';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
const ARTICLES = new Set(['a', 'an', 'the']);
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'however', 'meanwhile', 'yet', 'so']);
/** Nouns for a body that speaks as one ("the company said", "the committee added"). */
const ORGANIZATION_NOUNS = new Set(
  `company firm group bank business agency organisation organization government ministry department council
committee union party club association commission board network broadcaster airline carrier retailer insurer
regulator watchdog body authority institute charity campaign`.split(/\s+/),
);

/** Where a clause's subject can start: after an opening adverbial ("At a talk hosted by X on Friday, he said"). */
function leadingAdverbialEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (!first) return 0;
  // a prepositional phrase may run long ("At a conference hosted by ..."); "Now," or "Later on," is short
  const reach =
    PREPOSITIONS.has(first.lower) || first.lower === 'despite'
      ? 20
      : TIME_WORDS.has(first.lower) || /^[a-z]+ly$/i.test(first.text)
        ? 4
        : 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > 0 && comma < reach ? comma + 1 : 0;
}

/** Where a run of lowercase role words starting at `i` ends ("shadow education secretary"); `i` when none. */
function roleWordsEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 5 && tokens[j].word && !tokens[j].capitalised && isRoleWord(tokens[j].lower)) j++;
  return tokens.slice(i, j).some((t) => TITLE_WORDS.has(t.lower) || isRoleNoun(t.lower)) ? j : i;
}

/** A word of a role: a title, a role noun or a word qualifying one ("shadow", "education", "affairs"). */
const isRoleWord = (word: string): boolean =>
  TITLE_WORDS.has(word) ||
  isRoleNoun(word) ||
  (TITLE_MODIFIERS.has(word) && word !== 'of' && word !== 'the') ||
  word === 'affairs';

/** The first person-like mention of a clause, not inside a prepositional phrase: its subject, roughly. */
export function clauseSubject(
  tokens: Token[],
  isPerson: (m: SpeakerMention) => boolean,
  limit = 20,
): SpeakerMention | null {
  const from = leadingAdverbialEnd(tokens);
  for (let i = from; i < Math.min(tokens.length, from + limit); i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (prev && PREPOSITIONS.has(prev.lower)) continue;
    if (!t.capitalised && PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you') {
      return { kind: 'pronoun', text: t.lower, start: t.start, end: t.end, role: null };
    }
    if (t.lower === 'i' && t.text === 'I')
      return { kind: 'pronoun', text: 'i', start: t.start, end: t.end, role: null };
    if (!nameWord(t)) continue;
    let end = i + 1;
    while (end < tokens.length && nameWord(tokens[end]) && !tokens[end - 1].possessive) end++;
    if (tokens[end - 1].possessive) {
      i = end - 1;
      continue;
    }
    // "Chelsea chief executive Peter Kenyon", "Tory shadow education secretary Tim Collins": the name before the
    // role words only says where the person is from
    const roleEnd = roleWordsEnd(tokens, end);
    if (roleEnd > end && tokens[roleEnd] && nameWord(tokens[roleEnd])) {
      i = roleEnd - 1;
      continue;
    }
    const mention = parsePhrase(tokens.slice(i, end));
    if (mention?.kind === 'name' && isPerson(mention)) return mention;
    i = end - 1;
  }
  return null;
}

/** "He then defended the remark, saying, ...": the pronoun opening the clause. */
export function openingPronoun(tokens: Token[]): SpeakerMention | null {
  const first = tokens[0];
  if (!first || !SUBJECT_PRONOUNS.has(first.lower)) return null;
  return { kind: 'pronoun', text: first.lower, start: first.start, end: first.end, role: null };
}

/**
 * A description of a person opening a clause as its subject: "But a spokesman for the ministry defended the
 * plan" -> "a spokesman". The phrase ends at the first word that is not part of a noun phrase: a preposition, a
 * verb form, an auxiliary or punctuation. Null when the clause does not open with an article.
 */
export function descriptionSubject(tokens: Token[]): SpeakerMention | null {
  let i = leadingAdverbialEnd(tokens);
  while (i < tokens.length && (OPENING_CONJUNCTIONS.has(tokens[i].lower) || tokens[i].text === ',')) i++;
  if (!ARTICLES.has(tokens[i]?.lower ?? '')) return null;
  let end = i + 1;
  while (end < tokens.length && end - i < 8 && nounPhraseWord(tokens[end])) end++;
  // "The Attorney General, Lord Hale, said": the name in the apposition is the subject
  if (tokens[end]?.text === ',' && tokens[end + 1] && nameWord(tokens[end + 1])) return null;
  const mention = end - i > 1 ? parsePhrase(tokens.slice(i, end)) : null;
  return mention?.kind === 'description' && isPersonHead(headOf(mention.text)) ? mention : null;
}

/**
 * The organisation a clause opens with, for "it said" to refer to: "The WTO said ...", "But the firm denied ...".
 * Null when the clause opens with anything else.
 */
export function organizationSubject(
  tokens: Token[],
  isOrganization: (m: SpeakerMention) => boolean,
): SpeakerMention | null {
  let i = leadingAdverbialEnd(tokens);
  while (i < tokens.length && (OPENING_CONJUNCTIONS.has(tokens[i].lower) || tokens[i].text === ',')) i++;
  const article = tokens[i]?.lower === 'the' ? tokens[i++] : null;
  const t = tokens[i];
  if (!t?.word) return null;
  if (article && !t.capitalised && ORGANIZATION_NOUNS.has(t.lower)) {
    return { kind: 'description', text: joinText([article, t]), start: article.start, end: t.end, role: null };
  }
  let end = i;
  while (end < tokens.length && nameWord(tokens[end]) && !tokens[end].possessive) end++;
  const mention = end > i ? parsePhrase(tokens.slice(i, end)) : null;
  return mention?.kind === 'name' && isOrganization(mention) ? mention : null;
}

/** A word that may sit inside a noun phrase: not punctuation, a preposition, an auxiliary or a verb form. */
function nounPhraseWord(t: Token): boolean {
  if (!t.word) return t.text === '-';
  if (t.capitalised) return true;
  if (PREPOSITIONS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return false;
  return !/[a-z](?:ed|s)$/.test(t.lower) || /(?:man|woman|ss|ous|us|is)$/.test(t.lower);
}
