import type { Span } from '../../corpus/article.js';
import {
  CLAUSE_BOUNDARIES,
  DETERMINERS,
  PARTICLES,
  PREPOSITIONS,
  PRONOUNS,
  SPEECH_VERBS,
  TEXT_NOUNS,
  TIME_WORDS,
  TITLE_WORDS,
  VERB_MODIFIERS,
} from './lexicon.js';
import { joinText, nameWord, runEndingAt, stripTitles } from './names.js';
import type { Token } from './tokens.js';

export type MentionKind = 'name' | 'pronoun' | 'description';

/** The words that name a speaker next to a speech verb. */
export interface SpeakerMention extends Span {
  kind: MentionKind;
  /** The name without titles ("Barack Obama"), the pronoun, or the description ("the top US diplomat"). */
  text: string;
  /** Role words said with it ("President", "State Department spokesman", "a State Department spokesman"). */
  role: string | null;
}

/** Longest speaker phrase read from a verb, in tokens. */
const MAX_PHRASE = 10;

const isAdverb = (t: Token): boolean => !t.capitalised && /^[a-z]+ly$/.test(t.lower) && t.lower !== 'only';
const isOpen = (t: Token): boolean => t.text === '(' || t.text === '[';
const isClose = (t: Token): boolean => t.text === ')' || t.text === ']';

/** Cuts a phrase at an appositive comma, a bracket, a relative word or a preposition after a common noun. */
function headPhrase(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word && t.text !== '.' && !t.text.startsWith('-') && t.text !== '&') return tokens.slice(0, i);
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that') return tokens.slice(0, i);
    if (i > 0 && PREPOSITIONS.has(t.lower) && !tokens[i - 1].capitalised) return tokens.slice(0, i);
    if (i > 0 && PREPOSITIONS.has(t.lower) && tokens[i + 1] && !tokens[i + 1].capitalised && t.lower !== 'of')
      return tokens.slice(0, i);
    if (i > 0 && t.lower === 'of' && tokens[i + 1] && DETERMINERS.has(tokens[i + 1].lower)) return tokens.slice(0, i);
    // "Jason Gilbert of Cheyenne", but "Secretary of State John Kerry"
    const previous = tokens[i - 1];
    if (i > 0 && PREPOSITIONS.has(t.lower) && nameWord(previous) && !TITLE_WORDS.has(previous.lower.replace(/\.$/, '')))
      return tokens.slice(0, i);
  }
  return tokens;
}

/**
 * Reads a speaker phrase: a pronoun, a name (the last capitalised run, without its titles: "State Department
 * spokesman John Kirby" -> John Kirby), or a description ending in a common noun ("the top US diplomat").
 */
export function parsePhrase(tokens: Token[]): SpeakerMention | null {
  const head = headPhrase(tokens);
  if (!head.length) return null;
  const first = head[0];
  if (head.length === 1 && PRONOUNS.has(first.lower)) {
    return { kind: 'pronoun', text: first.lower, start: first.start, end: first.end, role: null };
  }
  const clausal = (t: Token) =>
    !t.capitalised &&
    (PRONOUNS.has(t.lower) || CLAUSE_BOUNDARIES.has(t.lower) || SPEECH_VERBS.get(t.lower)?.weak === false);
  if (head.some(clausal)) return null;
  const last = head[head.length - 1];
  if (nameWord(last) && !last.possessive) {
    const run = runEndingAt(head, head.length);
    const { name, titles } = stripTitles(run);
    const allTitles = name.length === 1 && TITLE_WORDS.has(name[0].lower.replace(/\.$/, ''));
    if (!allTitles) {
      const roleTokens = head.slice(0, head.indexOf(run[0])).concat(titles);
      const role = roleTokens.filter((t) => !DETERMINERS.has(t.lower));
      return {
        kind: 'name',
        text: joinText(name),
        start: name[0].start,
        end: name[name.length - 1].end,
        role: role.length ? joinText(role) : null,
      };
    }
  }
  if (!last.word || last.possessive || TIME_WORDS.has(last.lower)) return null;
  // "after the meeting the minister": a determiner starts the phrase again
  const from = Math.max(
    0,
    findLastIndex(head, (t) => DETERMINERS.has(t.lower) && t.lower !== 'one'),
  );
  const description = head.slice(from);
  const text = joinText(description);
  return { kind: 'description', text, start: description[0].start, end: last.end, role: text };
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

/** Skips adverbs and auxiliaries backwards from `i` ("Kerry also said", "he has said"); returns the new index. */
export function skipModifiersBack(tokens: Token[], i: number): number {
  let j = i;
  while (
    j >= 0 &&
    tokens[j].word &&
    !tokens[j].capitalised &&
    (VERB_MODIFIERS.has(tokens[j].lower) || isAdverb(tokens[j]))
  )
    j--;
  return j;
}

/**
 * The speaker phrase that ends right before the verb at `verb`, read backwards: "the top US diplomat said",
 * "Kerry, the top US diplomat, said" (the phrase before the appositive), "Sen. Ted Cruz (R-Texas) said".
 */
export function phraseBefore(tokens: Token[], verb: number): SpeakerMention | null {
  let end = skipModifiersBack(tokens, verb - 1);
  if (end < 0) return null;
  if (isClose(tokens[end])) {
    let open = end;
    while (open > 0 && !isOpen(tokens[open])) open--;
    if (!isOpen(tokens[open]) || end - open > 8) return null;
    end = open - 1;
  } else if (tokens[end].text === ',') {
    let comma = end - 1;
    while (comma > 0 && end - comma <= 14 && tokens[comma].text !== ',') comma--;
    if (comma <= 0 || tokens[comma].text !== ',') return null;
    end = comma - 1;
  }
  let start = end + 1;
  while (start > 0 && end - start + 1 < MAX_PHRASE) {
    const t = tokens[start - 1];
    if (!t.word && t.text !== '.' && t.text !== '&') break;
    if (CLAUSE_BOUNDARIES.has(t.lower) || TIME_WORDS.has(t.lower) || (!t.capitalised && SPEECH_VERBS.has(t.lower)))
      break;
    start--;
    if (PRONOUNS.has(t.lower)) break;
  }
  return start <= end ? parsePhrase(tokens.slice(start, end + 1)) : null;
}

/**
 * The speaker phrase that starts at `from`, right after an inverted verb: "said Kerry", "said the official",
 * "said Stephen Smith of the University" (cut before "of the"), "said a spokesman for the ministry".
 */
export function phraseAfter(tokens: Token[], from: number): SpeakerMention | null {
  let end = from;
  while (end < tokens.length && end - from < MAX_PHRASE) {
    const t = tokens[end];
    if (!t.word && t.text !== '.' && t.text !== '&') break;
    if (!t.capitalised && (CLAUSE_BOUNDARIES.has(t.lower) || TIME_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower)))
      break;
    if (t.capitalised && TIME_WORDS.has(t.lower) && end > from) break;
    end++;
  }
  const mention = parsePhrase(tokens.slice(from, end));
  // "said the group's leader, John Smith": the name in the appositive names the speaker better.
  if (mention?.kind === 'description' && tokens[end]?.text === ',') {
    const apposition = parsePhrase(tokens.slice(end + 1, end + 1 + MAX_PHRASE));
    if (apposition?.kind === 'name') return { ...apposition, role: mention.text };
  }
  return mention;
}

/**
 * Whether the token at `i` is a speech verb here: lowercase, with its particle when it needs one ("shot back"), and
 * for a word that is also a noun ("post", "smile") only first in its clause or right after a name, a pronoun or a
 * text (`"...," replied Obama`, "Trump posted", "the sign read").
 */
export function speechVerbAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word || t.capitalised) return false;
  const verb = SPEECH_VERBS.get(t.lower);
  if (!verb) return false;
  const particle = PARTICLES[verb.lemma];
  if (particle && tokens[i + 1]?.lower !== particle) return false;
  if (!verb.weak) return true;
  const subject = tokens[skipModifiersBack(tokens, i - 1)];
  if (!subject) return true;
  return nameWord(subject) || PRONOUNS.has(subject.lower) || TEXT_NOUNS.has(subject.lower) || subject.text === ',';
}

/** Index of the last token that is a speech verb in `tokens`, or -1. */
export function lastSpeechVerb(tokens: Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (speechVerbAt(tokens, i)) return i;
  return -1;
}
