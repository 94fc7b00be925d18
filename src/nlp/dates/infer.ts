import type { Article } from '../../corpus/article.js';
import type { Sentence } from '../sentences.js';
import { addDays, type Day, daysBetween, formatDay, isValidDay, weekdayOf } from './calendar.js';
import { MONTH_ANY, monthNumber, WEEKDAY, weekdayNumber } from './lexicon.js';
import { isInside, quotedSpans } from './quoted.js';
import { emptyReference } from './resolve.js';
import { tagSentence } from './tagger.js';
import { type Tense, tenseAround } from './tense.js';

/** A weekday written next to a calendar date: "this Friday, Dec 18", "Friday, December 18, 2015". */
const WEEKDAY_DATE = new RegExp(
  `^(?:(?<modifier>this|next|last|coming) )?(?<weekday>${WEEKDAY}),? (?<month>${MONTH_ANY}) (?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>\\d{4}))?`,
  'i',
);
/** How many years after the latest year the text mentions a weekday-and-date pair is looked for in. */
const YEARS_AHEAD = 8;
/** How far from a corpus's own years a weekday-and-date pair is looked for. */
const YEARS_AROUND = 6;

interface Mention {
  text: string;
  rule: string;
  tense: Tense;
  quoted: boolean;
  /** The value with no anchor: a year-bearing value when the text states the year. */
  bare: string;
}

function mentionsOf(article: Article, sentences: Sentence[]): Mention[] {
  const quotes = quotedSpans(article.text, sentences);
  return sentences.flatMap((s) => {
    const text = article.text.slice(s.start, s.end);
    return tagSentence(text).map((c) => ({
      text: text.slice(c.start, c.end),
      rule: c.rule,
      tense: tenseAround(text, c.start, c.end),
      quoted: isInside(quotes, s.start + c.start, s.start + c.end),
      bare: c.reading.resolve({ anchor: null, tense: 'unmarked', reference: emptyReference() }),
    }));
  });
}

/**
 * The day a weekday-and-date mention pins down: the year it states, else the first year from `from` (the
 * latest year the text mentions) that fits, else the year nearest `nearYear` (the corpus's) that fits.
 */
function pinnedDay(text: string, from: number | null, nearYear: number | null): { day: Day; upcoming: boolean } | null {
  const m = WEEKDAY_DATE.exec(text);
  const month = m?.groups ? monthNumber(m.groups.month) : null;
  const weekday = m?.groups ? weekdayNumber(m.groups.weekday) : null;
  if (!m?.groups || !month || !weekday) return null;
  const day = Number(m.groups.day);
  const upcoming = /^(?:this|next|coming)$/i.test(m.groups.modifier ?? '');
  const around = (y: number) =>
    Array.from({ length: 2 * YEARS_AROUND + 1 }, (_, i) => y + (i % 2 ? (i + 1) / 2 : -i / 2));
  const years = m.groups.year
    ? [Number(m.groups.year)]
    : from !== null
      ? Array.from({ length: YEARS_AHEAD }, (_, i) => from + i)
      : nearYear !== null
        ? around(nearYear)
        : [];
  const year = years.find((y) => isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === weekday);
  return year === undefined ? null : { day: { year, month, day }, upcoming };
}

/**
 * The article's date where the text pins it down. A weekday next to a calendar date fixes the year (the
 * first year, from the latest one the text mentions, in which that date falls on that weekday); the
 * weekdays the narration tells in the past then fix the day: the article is taken to be written on the
 * latest of them, as news reports what happened "on Tuesday" from Tuesday or the day after. With no
 * such past weekday, a pinned date told in the past is the article's date, and an upcoming one pins
 * nothing down. A text that names no year at all leaves the year open, unless the caller knows the years
 * of the corpus the article came with (`nearYear`).
 */
export function inferArticleDate(
  article: Article,
  sentences: Sentence[],
  nearYear: number | null = null,
): string | null {
  const mentions = mentionsOf(article, sentences);
  const statedYears = mentions
    .filter((m) => m.tense !== 'future' && /^\d{4}/.test(m.bare))
    .map((m) => Number(m.bare.slice(0, 4)));
  const from = statedYears.length ? Math.max(...statedYears) : null;
  const pin = mentions.map((m) => pinnedDay(m.text, from, nearYear)).find((p) => p !== null);
  if (!pin) return null;
  const pastDays = mentions
    .filter((m) => m.rule === 'weekday' && !m.quoted && m.tense !== 'future' && /^[A-Z][a-z]+day$/.test(m.text))
    .map((m) => {
      const weekday = weekdayNumber(m.text) ?? 0;
      return addDays(pin.day, -((weekdayOf(pin.day) - weekday + 7) % 7));
    })
    .filter((d) => daysBetween(d, pin.day) > 0);
  if (pastDays.length) return formatDay(pastDays.reduce((a, b) => (daysBetween(a, b) > 0 ? b : a)));
  return pin.upcoming ? null : formatDay(pin.day);
}
