import type { EntityType } from '../../nlp/facts.js';
import { isCapitalised, type TaggedWord } from './tagged.js';

/** A phrase of a sentence: a run of its words. Offsets index the article's text. */
export interface Phrase {
  text: string;
  start: number;
  end: number;
  /** Positions of its first and last word in the sentence's word list. */
  first: number;
  last: number;
}

export interface NamePhrase extends Phrase {
  /** The entity type when tags or extraction tell it, else null (an unknown proper name). */
  type: EntityType | null;
}

/** Words that join the capitalised words of one name ("Council of Canadians", "Bashar al-Assad"). */
const NAME_PARTICLES = new Set(['of', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'la', 'le', 'du']);

/**
 * Capitalised words that never start a name, known without tagging the sentence: what opens sentences ("The",
 * "In", "But", "When") and the pronouns capitalised anywhere ("I", "He" after a quote).
 */
const NEVER_NAME_STARTS = new Set(
  (
    'The A An This That These Those There Here It Its He She They We I You His Her Their Our My Your Him Them ' +
    'In On At For With By From To Of As If But And Or So Yet Nor When While After Before Since Although Though ' +
    'Because Once Until Unless Where Who What Which Why How Whose Whom Some Many Most All Both Each Every No ' +
    'Not Any Several Such Other Another More Less Few Only Also Even Still However Meanwhile Instead Then Now'
  ).split(' '),
);

/** Punctuation after a word that ends a phrase (a hyphen or an apostrophe does not). */
const breaksAfter = (word: TaggedWord): boolean => /[,;:.!?"“”()[\]—–]|\s-\s/.test(word.post);
/** Whether a phrase ends between word `i` and the next: punctuation after it, or an opening mark before the next. */
const breaksAt = (words: TaggedWord[], i: number): boolean =>
  breaksAfter(words[i]) || /["“([]/.test(words[i + 1]?.pre ?? '');

export function phraseOf(words: TaggedWord[], first: number, last: number, text: string, offset: number): Phrase {
  const start = words[first].start;
  const end = words[last].end;
  return { text: text.slice(start - offset, end - offset), start, end, first, last };
}

function typeOfTags(words: TaggedWord[]): EntityType | null {
  const has = (tag: string): boolean => words.some((w) => w.tags.has(tag));
  if (has('Person') && !has('Organization')) return 'person';
  if (has('Place')) return 'place';
  if (has('Organization')) return 'organization';
  return null;
}

/**
 * Where a name starting at word `i` ends: over capitalised words, particles ("Bank of Montreal", "Bashar
 * al-Assad") and "of the" ("The OCN Blizzards of the Opaskwayak Cree Nation"), up to punctuation or a possessive.
 * Reads no tags: a name starting at any word of the run ends at the same word.
 */
function nameEnd(words: TaggedWord[], i: number): number {
  let last = i;
  while (last + 1 < words.length && !breaksAt(words, last) && !/['’]s$/.test(words[last].raw)) {
    const next = words[last + 1];
    if (isCapitalised(next)) last++;
    else if (
      NAME_PARTICLES.has(next.raw.toLowerCase()) &&
      last + 2 < words.length &&
      isCapitalised(words[last + 2]) &&
      !breaksAt(words, last + 1)
    )
      last += 2;
    else if (
      next.raw.toLowerCase() === 'of' &&
      words[last + 2]?.raw.toLowerCase() === 'the' &&
      last + 3 < words.length &&
      isCapitalised(words[last + 3]) &&
      !breaksAt(words, last + 1) &&
      !breaksAt(words, last + 2)
    )
      last += 3;
    else break;
  }
  return last;
}

/**
 * Proper names: runs of capitalised words, with particles inside ("Bank of Montreal"); the sentence's first
 * word only when it is tagged a proper noun (else "The" or "Police" would start a name). `known`: the word
 * ranges of names the caller has already (the extraction's); a run ending inside one is left out before any
 * tag is read, as reading a word's tags tags its whole sentence.
 */
export function properNames(
  words: TaggedWord[],
  text: string,
  offset: number,
  known: readonly { first: number; last: number }[] = [],
): NamePhrase[] {
  const names: NamePhrase[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!isCapitalised(w)) {
      i++;
      continue;
    }
    const last = nameEnd(words, i);
    if (known.some((k) => k.first <= last && last <= k.last)) {
      i = last + 1;
      continue;
    }
    const starts = !NEVER_NAME_STARTS.has(w.raw) && (i > 0 || w.tags.has('ProperNoun')) && !w.tags.has('Pronoun');
    if (!starts || w.tags.has('QuestionWord')) {
      i++;
      continue;
    }
    const run = words.slice(i, last + 1);
    names.push({ ...phraseOf(words, i, last, text, offset), type: typeOfTags(run) });
    i = last + 1;
  }
  return names;
}

const NOUN_PHRASE_TAGS = ['Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Value', 'Possessive', 'Acronym'];
const isNounPhraseWord = (w: TaggedWord): boolean =>
  NOUN_PHRASE_TAGS.some((t) => w.tags.has(t)) &&
  !w.tags.has('Pronoun') &&
  !(w.tags.has('Verb') && !w.tags.has('Noun')) &&
  !w.tags.has('QuestionWord');
const isHead = (w: TaggedWord): boolean =>
  (w.tags.has('Noun') || w.tags.has('ProperNoun') || w.tags.has('Value')) && !w.tags.has('Pronoun');

/**
 * Noun phrases: determiners, adjectives and nouns ending in a noun, with one "of ..." phrase attached
 * ("a member of the Computer Emergency Response Team").
 */
export function nounPhrases(words: TaggedWord[], text: string, offset: number): Phrase[] {
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNounPhraseWord(words[i])) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < words.length && !breaksAt(words, last) && isNounPhraseWord(words[last + 1])) last++;
    while (last > i && !isHead(words[last])) last--;
    if (!isHead(words[last])) {
      i = last + 1;
      continue;
    }
    const of = words[last + 1];
    if (of && of.raw.toLowerCase() === 'of' && !breaksAt(words, last) && !breaksAt(words, last + 1)) {
      let end = last + 2;
      while (end < words.length && isNounPhraseWord(words[end]) && !breaksAt(words, end - 1)) end++;
      while (end - 1 > last + 1 && !isHead(words[end - 1])) end--;
      if (end - 1 > last + 1 && isHead(words[end - 1])) last = end - 1;
    }
    phrases.push(phraseOf(words, i, last, text, offset));
    i = last + 1;
  }
  return phrases;
}

/** Words that count without being numerals: "several Kennedy family members", "hundreds of years". */
const QUANTITY_WORDS = /^(?:several|dozens|hundreds|thousands|millions|billions|scores)$/i;
/** Nouns that label with a number rather than count: "grade twelve", "Episode 1", "ball no. 70". */
const LABELS =
  /^(?:grade|no\.?|number|episode|page|chapter|room|flight|highway|route|channel|level|stage|section|seat|seats|bill|article|category|size|apartment|model|version)$/i;

/** A word that states how many: a numeral (not a date, a year or an ordinal like "first"), or a quantity word. */
const isCount = (w: TaggedWord): boolean =>
  QUANTITY_WORDS.test(w.raw) ||
  ((w.tags.has('Value') || /\d/.test(w.raw)) &&
    !w.tags.has('Date') &&
    !w.tags.has('Year') &&
    !w.tags.has('Ordinal') &&
    w.raw.toLowerCase() !== 'few');

/** Numbers with what they count: "17 nations", "$135 a year", "more than 30 memberships", "12,000-square-foot". */
export function numberPhrases(words: TaggedWord[], text: string, offset: number): Phrase[] {
  const phrases: Phrase[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "the 19th century" measures a time, where "the first Grammy" counts nothing
    const century = w.tags.has('Ordinal') && /^centur/i.test(words[i + 1]?.raw ?? '');
    if (!(isCount(w) || century) || LABELS.test(words[i - 1]?.raw ?? '')) continue;
    if (
      /^(?:a|an|one)$/i.test(w.raw) &&
      !/^(?:hundred|thousand|million|billion|quarter|half)/i.test(words[i + 1]?.raw ?? '')
    )
      continue;
    let first = i;
    const before = words[i - 1];
    if (
      before &&
      /^(?:about|around|nearly|almost|over|under|some|roughly|approximately|than|only|just)$/i.test(before.raw)
    ) {
      first = i - 1;
      if (before.raw.toLowerCase() === 'than' && /^(?:more|less|fewer)$/i.test(words[i - 2]?.raw ?? '')) first = i - 2;
    }
    let last = i;
    while (
      last + 1 < words.length &&
      !breaksAt(words, last) &&
      (words[last + 1].tags.has('Value') || /^(?:per|percent|%)$/i.test(words[last + 1].raw))
    )
      last++;
    // "one quarter of a million"
    if (/^of$/i.test(words[last + 1]?.raw ?? '') && /^an?$/i.test(words[last + 2]?.raw ?? '')) {
      const large = words[last + 3];
      if (large && /^(?:hundred|thousand|million|billion)$/i.test(large.raw)) last += 3;
    }
    // the unit: up to two nouns or adjectives after the number ("square feet", "Syrian civilians")
    let unit = last;
    while (
      unit + 1 < words.length &&
      unit - last < 2 &&
      !breaksAt(words, unit) &&
      (words[unit + 1].tags.has('Noun') || words[unit + 1].tags.has('Adjective')) &&
      !words[unit + 1].tags.has('Pronoun') &&
      !isCapitalised(words[unit + 1])
    )
      unit++;
    while (unit > last && !words[unit].tags.has('Noun')) unit--;
    const perUnit = words[unit + 1];
    if (
      perUnit &&
      /^(?:a|per|an|each)$/i.test(perUnit.raw) &&
      words[unit + 2]?.tags.has('Noun') &&
      !breaksAt(words, unit)
    )
      unit += 2;
    phrases.push(phraseOf(words, first, unit, text, offset));
    i = unit;
  }
  return phrases;
}
