import type { EntityType } from '../../nlp/facts.js';
import type { SentenceView } from '../context.js';
import type { Question } from '../question/types.js';
import type { RankedSentence } from '../rank.js';
import { NAME_PARTICLES } from '../text/lexicon.js';
import { type NamePhrase, nounPhrases, numberPhrases, type Phrase, phraseOf, properNames } from '../text/phrases.js';
import { synonymsOf } from '../text/synonyms.js';
import { type TaggedWord, tagText } from '../text/tagged.js';
import { timePhrases } from '../text/time-phrases.js';
import { CALENDAR_VALUE } from '../types.js';

export interface TimeMention extends Phrase {
  value: string | null;
  /** True when the value rests on an inferred article date. */
  inferred: boolean;
  /** Where it comes from: extraction (`facts`) or the answerer's fallback rule id. */
  source: string;
}

export interface NameMention extends NamePhrase {
  /** The entity's canonical name when extraction knows it. */
  canonical: string | null;
  /** Whether it names something the question names ("Noella MacLean" when the question says "Babe MacLean"). */
  inQuestion?: boolean;
}

export interface QuoteMention extends Phrase {
  /** The quoted words without their marks. */
  words: string;
  speaker: string | null;
}

/** An evidence sentence taken apart for the answer rules: words, names, times, numbers, quotes. */
export interface ParsedSentence {
  ranked: RankedSentence;
  view: SentenceView;
  text: string;
  /** Where the sentence starts in the article's text. */
  offset: number;
  words: TaggedWord[];
  /** For each word: whether it is one of the question's words (or a synonym of one). */
  inQuestion: boolean[];
  /** Positions of the words that match the question. */
  anchors: number[];
  names: NameMention[];
  nounPhrases: Phrase[];
  numbers: Phrase[];
  times: TimeMention[];
  quotes: QuoteMention[];
  /** A phrase from word `first` to word `last`. */
  phrase(first: number, last: number): Phrase;
  /** The words a span of the article's text covers, or null. */
  wordsOf(start: number, end: number): { first: number; last: number } | null;
}

function questionMatcher(question: Question): (word: TaggedWord) => boolean {
  const terms = new Set(question.terms.flatMap((t) => [t, ...synonymsOf(t)]));
  const prefixes = question.terms.filter((t) => t.length >= 5 && !/^\d/.test(t)).map((t) => t.slice(0, 5));
  const raw = new Set(question.words.map((w) => w.raw.toLowerCase()));
  return (word) =>
    word.term !== null &&
    (terms.has(word.term) || prefixes.some((p) => word.term?.startsWith(p)) || raw.has(word.raw.toLowerCase()));
}

/** Words of the question's names, lowercased, for telling whether a mention is of the same entity. */
function isQuestionEntity(question: Question, name: NameMention): boolean {
  // "al" of "Bashar al-Assad" does not make "Al-Nusra" the same entity
  const asked = new Set(
    question.names.flatMap((n) => n.toLowerCase().split(/[\s-]+/)).filter((w) => !NAME_PARTICLES.has(w)),
  );
  const words = [name.text, name.canonical ?? '']
    .join(' ')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/);
  return words.some((w) => w.length > 1 && asked.has(w));
}

/** "from 1929 to 1937", "between May and June": two time phrases joined into one range. */
function withRanges(
  times: TimeMention[],
  words: TaggedWord[],
  phrase: (first: number, last: number) => Phrase,
): TimeMention[] {
  const ranges: TimeMention[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const [a, b] = [times[i], times[i + 1]];
    const between = b.first - a.last === 2 ? words[a.last + 1].raw.toLowerCase() : '';
    const dash = b.first === a.last + 1 && /^\s*[-–]\s*$/.test(words[a.last].post);
    if (!dash && !['to', 'and', 'until', 'through'].includes(between)) continue;
    const opener = /^(?:from|between)$/i.test(words[a.first - 1]?.raw ?? '') ? a.first - 1 : a.first;
    ranges.push({ ...phrase(opener, b.last), value: null, inferred: false, source: 'range' });
  }
  return [...times, ...ranges].sort((x, y) => x.start - y.start);
}

/** A news agency credited in a dateline or after a caption: "(AFP)", "(Reuters)". */
const AGENCY_CREDIT = /\((?:AFP|AP|Reuters|CP|UPI|Xinhua|dpa|Bloomberg)\)/;

const QUOTE = /["“]([^"“”]{2,}?)["”]/g;

/** A value computed on first use only. */
function once<T>(compute: () => T): () => T {
  let value: { of: T } | null = null;
  return () => {
    value ??= { of: compute() };
    return value.of;
  };
}

/**
 * Takes a sentence apart for the rules. Names, noun phrases and numbers are found when a rule first asks for
 * them: they need the tagger, which the rules for dates and quotes can do without.
 */
export function parseSentence(question: Question, ranked: RankedSentence): ParsedSentence {
  const { view } = ranked;
  const offset = view.sentence.start;
  const text = view.text;
  const words = tagText(text, offset);
  const matches = questionMatcher(question);
  const inQuestion = words.map(matches);
  const anchors = inQuestion.flatMap((hit, i) => (hit ? [i] : []));

  const wordsOf = (start: number, end: number): { first: number; last: number } | null => {
    const first = words.findIndex((w) => w.end > start);
    let last = -1;
    for (let i = words.length - 1; i >= 0; i--) {
      if (words[i].start < end) {
        last = i;
        break;
      }
    }
    return first >= 0 && last >= first ? { first, last } : null;
  };
  const phrase = (first: number, last: number): Phrase => phraseOf(words, first, last, text, offset);

  const { facts } = view.doc;
  const index = view.sentence.index;

  const factTimes: TimeMention[] = facts.dates
    .filter((d) => d.sentence === index && d.type !== 'DURATION' && d.type !== 'SET')
    .flatMap((d) => {
      const span = wordsOf(d.start, d.end);
      const value = CALENDAR_VALUE.test(d.value) ? d.value : null;
      return span ? [{ ...phrase(span.first, span.last), value, inferred: d.inferred, source: 'facts' }] : [];
    });
  const fallbackTimes: TimeMention[] = timePhrases(text, offset)
    .filter((t) => !factTimes.some((f) => f.start < t.end && t.start < f.end))
    .flatMap((t) => {
      const span = wordsOf(t.start, t.end);
      return span ? [{ ...phrase(span.first, span.last), value: t.value, inferred: false, source: t.rule }] : [];
    });
  const times = withRanges(
    [...factTimes, ...fallbackTimes].sort((a, b) => a.start - b.start),
    words,
    phrase,
  );
  const names = once((): NameMention[] => {
    const factNames: NameMention[] = facts.entities
      .filter((e) => e.sentence === index)
      .flatMap((e) => {
        const span = wordsOf(e.start, e.end);
        return span ? [{ ...phrase(span.first, span.last), type: e.type as EntityType, canonical: e.canonical }] : [];
      });
    const tagNames: NameMention[] = properNames(words, text, offset, factNames)
      .filter((n) => !factNames.some((f) => f.start < n.end && n.start < f.end))
      .map((n) => ({ ...n, canonical: null }));
    // "Friday", "April" and "Dec" are times, whatever capitalisation made of them; "(AFP)" credits the agency
    const credit = AGENCY_CREDIT.exec(text);
    const creditEnd = credit ? offset + (credit.index as number) + credit[0].length : -1;
    return [...factNames, ...tagNames]
      .sort((a, b) => a.start - b.start)
      .filter(
        (n) =>
          !times.some((t) => t.start < n.end && n.start < t.end) &&
          !(n.start < creditEnd && n.start >= creditEnd - (credit?.[0].length ?? 0)),
      )
      .map((n) => ({ ...n, inQuestion: isQuestionEntity(question, n) }));
  });
  const nounPhrasesOf = once(() => nounPhrases(words, text, offset));
  const numbers = once(() => numberPhrases(words, text, offset));

  const factQuotes = facts.quotes.filter((q) => q.sentence === index);
  const quotes: QuoteMention[] = factQuotes.length
    ? factQuotes.flatMap((q) => {
        const span = wordsOf(q.start, q.end);
        const inner = q.text.replace(/^["“'‘]+|["”'’]+$/g, '');
        return span ? [{ ...phrase(span.first, span.last), words: inner, speaker: q.speaker }] : [];
      })
    : [...text.matchAll(QUOTE)].flatMap((m) => {
        const start = offset + (m.index as number);
        const span = wordsOf(start, start + m[0].length);
        return span ? [{ ...phrase(span.first, span.last), words: m[1].trim(), speaker: null }] : [];
      });

  return {
    ranked,
    view,
    text,
    offset,
    words,
    inQuestion,
    anchors,
    get names() {
      return names();
    },
    get nounPhrases() {
      return nounPhrasesOf();
    },
    get numbers() {
      return numbers();
    },
    times,
    quotes,
    phrase,
    wordsOf,
  };
}
