import type { Span } from '../../corpus/article.js';
import { classOf } from '../entities/gazetteer.js';

/** A word or a punctuation mark, with its offsets in the article's text. */
export interface Token extends Span {
  text: string;
  lower: string;
  /** A word (letters, digits, @handles), as opposed to punctuation. */
  word: boolean;
  /** Starts with a capital letter (or is an @handle). */
  capitalised: boolean;
  /** Ends in 's or s' ("Washington's"). */
  possessive: boolean;
  /**
   * A participle or adverb capitalised only because it opens its sentence, before a comma or a preposition
   * ("Speaking in Leeds, ...", "Turning to the economy", "Essentially, ..."): never part of a name.
   */
  opener: boolean;
}

/** Abbreviations whose full stop belongs to the word ("Sen.", "Jr.", "U.S."). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col capt sgt maj adm cmdr st jr sr rev prof pres supt det insp hon mt ft ave no vs'.split(
    ' ',
  ),
);

// Dotted acronyms first ("U.S."), then capitals joined by "&" ("B&Q", "AT&T"), then words with inner
// apostrophes/hyphens/dots ("al-Assad", "can't", "Ph.D"), then any other single non-space character.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}+&\p{Lu}+|[@#]?[\p{L}\p{N}][\p{L}\p{N}_]*(?:[’'\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** The tokens of `text.slice(span.start, span.end)`, with offsets into `text`. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    let value = m[0];
    const start = span.start + (m.index as number);
    const word = /[\p{L}\p{N}]/u.test(value[value.length - 1]);
    if (word && text[start + value.length] === '.' && start + value.length < span.end) {
      const bare = value.toLowerCase();
      if (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(value)) value += '.';
    }
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      word,
      capitalised: /^[@\p{Lu}]/u.test(value),
      possessive: /['’]s$|s['’]$/u.test(value),
      opener: false,
    });
  }
  const kept = dropSwallowedStops(tokens);
  kept.forEach((t, i) => {
    t.opener =
      INFLECTED.test(t.text) && opensSentence(text, t.start) && leadsAdverbial(kept[i + 1]) && !isName(t.lower);
  });
  return kept;
}

/** A capitalised word shaped like a participle or an adverb ("Speaking", "Pressed", "Essentially"). */
const INFLECTED = /^\p{Lu}\p{Ll}{2,}(?:ing|ed|ly)$/u;
const BEFORE_SENTENCE = /[\s"“”'‘’([]/;

/** Nothing but space, quotation marks or brackets stands between the offset and a sentence end or line start. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && BEFORE_SENTENCE.test(text[i]) && text[i] !== '\n') i--;
  return i < 0 || text[i] === '\n' || /[.!?…:]/.test(text[i]);
}

/** What follows an opening participle or adverb: a comma or a preposition ("Speaking in", "Turning to"). */
function leadsAdverbial(next: Token | undefined): boolean {
  return next !== undefined && (next.text === ',' || (!next.capitalised && ADVERBIAL_PREPOSITIONS.has(next.lower)));
}

const ADVERBIAL_PREPOSITIONS = new Set(
  'to in on at about after before by for from with into over during since as against under of'.split(' '),
);

/** Known as a name of a person or place ("Kelly", "Reading"), which keeps its capital wherever it stands. */
function isName(word: string): boolean {
  const known = classOf(word);
  return known !== undefined && known !== 'common';
}

/** An abbreviation that took its full stop leaves that stop as a separate token too; drop the duplicate. */
function dropSwallowedStops(tokens: Token[]): Token[] {
  return tokens.filter((t, i) => !(t.text === '.' && i > 0 && tokens[i - 1].end > t.start));
}

/** The word without a possessive ending ("Washington's" -> "washington"). */
export function bareWord(token: Token): string {
  return token.lower.replace(/['’]s$|['’]$/u, '');
}
