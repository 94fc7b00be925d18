import type { Span } from '../../corpus/article.js';
import { isFirstName } from './first-names.js';
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

/** Words after which a speech-verb form is a noun ("the report", "his remarks", "a statement"). */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

/**
 * Words that cannot end a description of a speaker: determiners and object pronouns ("himself", "them"), and
 * words for people in general, whose words are hypothetical ("people would say ...").
 */
const NOT_HEADS = new Set(
  `the a an his her their its our my your this that these those him them us me himself herself themselves itself
myself ourselves yourself people someone somebody everyone everybody anyone anybody nobody`.split(/\s+/),
);

/** Longest relative clause skipped between a subject and its verb, in tokens. */
const MAX_RELATIVE_CLAUSE = 25;
const RELATIVES = new Set(['who', 'whose', 'which']);

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
    // "one analyst quoted by AFP", "a trader based in London"
    if (i > 0 && !t.capitalised && /[a-z]ed$/.test(t.lower) && PREPOSITIONS.has(tokens[i + 1]?.lower ?? ''))
      return tokens.slice(0, i);
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
  const clausal = (t: Token, i: number) =>
    !t.capitalised &&
    !(t.lower === 'and' && joinsRoles(head, i)) &&
    (PRONOUNS.has(t.lower) || CLAUSE_BOUNDARIES.has(t.lower) || SPEECH_VERBS.get(t.lower)?.weak === false);
  if (head.some(clausal)) return null;
  // "Dr Jo Hale games director": a name with its role after it, the comma left out
  const named = nameBeforeRole(head);
  const last = head[named];
  if (nameWord(last) && !last.possessive) {
    const run = runEndingAt(head, named + 1);
    const { name, titles } = stripTitles(run);
    const allTitles = name.length === 1 && TITLE_WORDS.has(name[0].lower.replace(/\.$/, ''));
    if (!allTitles) {
      const roleTokens = head.slice(0, head.indexOf(run[0])).concat(titles, head.slice(named + 1));
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
  if (!last.word || last.possessive || TIME_WORDS.has(last.lower) || NOT_HEADS.has(last.lower)) return null;
  // "after the meeting the minister": a determiner starts the phrase again
  const from = Math.max(
    0,
    findLastIndex(head, (t) => DETERMINERS.has(t.lower) && t.lower !== 'one'),
  );
  const description = head.slice(from);
  const text = joinText(description);
  return { kind: 'description', text, start: description[0].start, end: last.end, role: text };
}

/**
 * The index of the phrase's last word, or of the last word of a name followed only by lowercase role words
 * ("Dr Jo Hale games systems director") when the name opens with a title or a first name.
 */
function nameBeforeRole(head: Token[]): number {
  const lastIndex = head.length - 1;
  if (!TITLE_WORDS.has(head[lastIndex].lower)) return lastIndex;
  let end = lastIndex;
  while (end >= 0 && head[end].word && !head[end].capitalised) end--;
  if (end < 0 || lastIndex - end > 4 || !nameWord(head[end])) return lastIndex;
  const run = runEndingAt(head, end + 1);
  const opener = head[head.indexOf(run[0]) - 1];
  const introduced =
    isFirstName(run[0].lower) || (opener !== undefined && TITLE_WORDS.has(opener.lower.replace(/\.$/, '')));
  return run.length > 1 && introduced ? end : lastIndex;
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
  // "the critic Jo Hale, who said": the phrase the relative pronoun stands for
  if (tokens[end].lower === 'who' && tokens[end - 1]?.text === ',') return phraseEndingAt(tokens, end - 2);
  if (isClose(tokens[end])) {
    let open = end;
    while (open > 0 && !isOpen(tokens[open])) open--;
    if (!isOpen(tokens[open]) || end - open > 8) return null;
    end = open - 1;
  } else if (tokens[end].text === ',') {
    // "The actor, whose films include A, B and C, said": the subject comes before the relative clause
    const relative = relativeClauseStart(tokens, end);
    if (relative > 0) return phraseEndingAt(tokens, relative - 1);
    let comma = end - 1;
    while (comma > 0 && end - comma <= 14 && tokens[comma].text !== ',') comma--;
    if (comma <= 0 || tokens[comma].text !== ',') return null;
    // "the shadow chief secretary, George Osborne, said": the name in the apposition names the speaker
    const apposition = parsePhrase(tokens.slice(comma + 1, end));
    if (apposition?.kind === 'name') {
      const described = phraseEndingAt(tokens, comma - 1);
      if (described?.kind === 'description') return { ...apposition, role: described.text };
    }
    end = comma - 1;
  }
  return phraseEndingAt(tokens, end);
}

/** The comma opening a relative clause ("..., who ...,", "..., whose ...,") that ends at `end`, or -1. */
function relativeClauseStart(tokens: Token[], end: number): number {
  for (let c = end - 2; c > 0 && end - c <= MAX_RELATIVE_CLAUSE; c--) {
    if (tokens[c].text === ',' && RELATIVES.has(tokens[c + 1].lower)) return c;
  }
  return -1;
}

/** The speaker phrase whose last token is at `end`, read backwards to a clause boundary. */
function phraseEndingAt(tokens: Token[], end: number): SpeakerMention | null {
  let start = end + 1;
  while (start > 0 && end - start + 1 < MAX_PHRASE) {
    const t = tokens[start - 1];
    if (!t.word && t.text !== '.' && t.text !== '&') break;
    if (CLAUSE_BOUNDARIES.has(t.lower) || TIME_WORDS.has(t.lower) || speechVerbAt(tokens, start - 1)) break;
    start--;
    if (PRONOUNS.has(t.lower)) break;
  }
  // "announcing the move to seek protection the company said": an article after a noun starts the subject again
  for (let k = end; k > start; k--) {
    if (NOUN_MARKERS.has(tokens[k].lower) && tokens[k - 1].word && !PREPOSITIONS.has(tokens[k - 1].lower)) {
      start = k;
      break;
    }
  }
  const mention = start <= end ? parsePhrase(tokens.slice(start, end + 1)) : null;
  // "Jo Hale, a strategist at the bank told Reuters": an apposition whose closing comma was left out
  // (a person's full name only: not "In London, a spokesman said")
  if (mention?.kind === 'description' && tokens[start - 1]?.text === ',' && start >= 2 && nameWord(tokens[start - 2])) {
    const run = runEndingAt(tokens, start - 1);
    const named = run.length > 1 && isFirstName(run[0].lower) ? parsePhrase(run) : null;
    if (named?.kind === 'name') return { ...named, role: mention.text };
  }
  return mention;
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
    if (t.lower === 'and' && joinsRoles(tokens, end)) {
      end++;
      continue;
    }
    if (!t.capitalised && (CLAUSE_BOUNDARIES.has(t.lower) || TIME_WORDS.has(t.lower))) break;
    if (!t.capitalised && SPEECH_VERBS.has(t.lower) && speechVerbAt(tokens, end)) break;
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

/** An "and" at `i` joins two role words of one title ("chairman and chief executive"). */
function joinsRoles(tokens: Token[], i: number): boolean {
  const role = (t: Token | undefined) => t !== undefined && TITLE_WORDS.has(t.lower.replace(/\.$/, ''));
  return role(tokens[i - 1]) && role(tokens[i + 1]);
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
  // "the report", "his remarks", "a statement": a noun after an article or a possessive
  if (NOUN_MARKERS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.possessive) return false;
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
