import type { TimeType } from '../facts.js';
import {
  addDays,
  addMonths,
  type Day,
  daysBetween,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  isValidDay,
  quarterOf,
  weekdayOf,
} from './calendar.js';
import type { UnitInfo } from './lexicon.js';
import type { Tense } from './tense.js';

/** What earlier expressions named, that later ones lean on ("the quarter", "a year earlier", "that day"). */
export interface Reference {
  /** The last quarter named ("third-quarter profit"), as year and quarter. */
  quarter: { year: number; quarter: number } | null;
  /** The last day the narration named ("on Oct. 23"), for "that day", "the next morning", "at 10 p.m.". */
  day: Day | null;
  /** The last month the narration named, with or without a day, for "that month", "the following month". */
  month: { year: number; month: number } | null;
  /** The last year the narration named, with or without month and day, for "that year", "the following year". */
  year: number | null;
}

export function emptyReference(): Reference {
  return { quarter: null, day: null, month: null, year: null };
}

/** What a reading needs to become a value. */
export interface ResolveContext {
  /** "Now" for the expression: the article's date, or the day of the speech a quote reports; null if unknown. */
  anchor: Day | null;
  tense: Tense;
  reference: Reference;
}

/** What a rule found: the type of the expression and how to get its value once the context is known. */
export interface Reading {
  type: TimeType;
  resolve: (ctx: ResolveContext) => string;
}

export function fixed(type: TimeType, value: string): Reading {
  return { type, resolve: () => value };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The value of the period `n` units away from the anchor, at that unit's granularity ("last week" = -1 week). */
export function shiftedPeriod(anchor: Day | null, unit: UnitInfo['name'], n: number): string {
  if (!anchor) return unresolvedPeriod(unit);
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day':
      return formatDay(addDays(anchor, n));
    case 'week':
      return formatWeek(addDays(anchor, 7 * n));
    case 'month': {
      const m = addMonths(anchor.year, anchor.month, n);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const m = addMonths(anchor.year, anchor.month, 3 * n);
      return `${m.year}-Q${quarterOf(m.month)}`;
    }
    case 'year':
      return String(anchor.year + n);
    case 'decade':
      return String(Math.floor(anchor.year / 10) + n);
    case 'century':
      return String(Math.floor(anchor.year / 100) + n);
  }
}

/** The TimeML placeholder for a period of that unit whose place in time is unknown. */
function unresolvedPeriod(unit: UnitInfo['name']): string {
  switch (unit) {
    case 'week':
      return 'XXXX-WXX';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
    default:
      return 'XXXX-XX-XX';
  }
}

/**
 * The day a weekday names: the anchor itself when it is that weekday ("said Friday" in Friday's paper),
 * else the last one before it, or the next one after it in a future clause.
 */
function weekdayDay(anchor: Day, weekday: number, direction: 'past' | 'future' | 'last' | 'next'): Day {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  switch (direction) {
    case 'past':
      return addDays(anchor, -back);
    case 'future':
      return addDays(anchor, (7 - back) % 7);
    case 'last':
      return addDays(anchor, -(back || 7));
    case 'next':
      return addDays(anchor, 7 - back);
  }
}

export function weekdayValue(
  anchor: Day | null,
  weekday: number,
  direction: 'past' | 'future' | 'last' | 'next',
): string {
  return anchor ? formatDay(weekdayDay(anchor, weekday, direction)) : `XXXX-WXX-${weekday}`;
}

/** The tense-given direction of a bare weekday or month. */
export function directionOf(tense: Tense): 'past' | 'future' {
  return tense === 'future' ? 'future' : 'past';
}

/** How far (in days) a date given without a year may lie on the "wrong" side of the anchor for its tense. */
const SLACK_DAYS = 60;

/**
 * The year of a month (and day) given without one: the occurrence the tense points to. A future clause
 * means the next one from the anchor, a past one the last one up to it. The tense is read from nearby
 * verbs, which often belong to another clause ("declared a dividend, payable Dec. 15"), so a date within
 * two months on the other side still keeps the anchor's year. In an unmarked clause news leans to the
 * past: the coming occurrence is taken only when it is less than half as far as the last one.
 */
export function yearFor(anchor: Day, month: number, day: number | null, tense: Tense): number {
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1].filter((y) => isValidDay(y, month, day ?? 1));
  if (!candidates.length) return anchor.year;
  // a month alone is measured from its first day when it lies ahead, and to its last when behind
  const distance = (year: number) => {
    const start = daysBetween(anchor, { year, month, day: day ?? 1 });
    return day !== null || start >= 0
      ? start
      : Math.min(0, daysBetween(anchor, { year, month, day: daysInMonth(year, month) }));
  };
  if (tense === 'future') return candidates.find((y) => distance(y) >= -SLACK_DAYS) ?? anchor.year;
  if (tense === 'past') return candidates.filter((y) => distance(y) <= SLACK_DAYS).pop() ?? anchor.year;
  const ahead = candidates.find((y) => distance(y) >= 0);
  const behind = candidates.filter((y) => distance(y) < 0).pop();
  if (ahead === undefined || behind === undefined) return ahead ?? behind ?? anchor.year;
  return 2 * distance(ahead) < -distance(behind) ? ahead : behind;
}

export function monthValue(anchor: Day | null, month: number, tense: Tense): string {
  return anchor ? formatMonth(yearFor(anchor, month, null, tense), month) : `XXXX-${pad(month)}`;
}

export function monthDayValue(anchor: Day | null, month: number, day: number, tense: Tense): string {
  return anchor ? `${yearFor(anchor, month, day, tense)}-${pad(month)}-${pad(day)}` : `XXXX-${pad(month)}-${pad(day)}`;
}

/** Appends a time of day (`T14:00`, `TMO`) to a date value. */
export function withTime(value: string, time: string): string {
  return `${value}T${time}`;
}
