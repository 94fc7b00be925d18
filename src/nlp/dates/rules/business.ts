import { addMonths, isValidDay, quarterOf } from '../calendar.js';
import { MONTH_ANY, monthNumber, ordinalNumber } from '../lexicon.js';
import { fixed, type ResolveContext, yearFor } from '../resolve.js';
import { YEAR } from './calendar-dates.js';
import { yearBefore } from './periods.js';
import { group, isCapitalised, isLowercase, type TimeRule, words } from './rule.js';

const QUARTER_ORDINAL = '(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)';
const HALF_ORDINAL = '(?<ordinal>first|second|1st|2nd|last)';
/** The year a quarter or half is placed in, when the text gives one: "1988", "this year's", "of 1990". */
const YEAR_BEFORE = `(?:(?<year>${YEAR})(?:'s)? |(?<which>this|last|next) year's |(?<fiscalYear>fiscal ${YEAR})(?:'s)? )`;
const YEAR_AFTER = `(?: (?:of |in )?(?:(?<yearAfter>${YEAR})|(?<whichAfter>this|last|next) year|fiscal (?<fiscalAfter>${YEAR})))`;
/** "the" and "its" belong to a quarter named as a noun ("the third quarter"), not to "the third-quarter loss". */
const ARTICLE = `(?:(?:the|its|a) (?=(?:\\w+ )?(?:fiscal )?\\w+ (?:fiscal )?(?:quarter|half)\\b))?`;

const RELATIVE_YEAR: Record<string, number> = { this: 0, last: -1, next: 1 };

/** What makes "the year" twelve months up to a day rather than a calendar year: "ended Sept. 30", "to March 2005". */
const YEAR_SPAN_END = ` end(?:ed|ing)\\b| to (?:(?:${MONTH_ANY}|the end)\\b|\\d)`;

/**
 * What an award "of the year" is given to, or follows from: "player of the year", "record of the year",
 * "the best film of the year accolade", "voted newcomer of the year". Its year is the award's name, not a
 * time of the story.
 */
const AWARD_HOLDER =
  /\b(?:(?:player|team|coach|manager|record|album|song|single|film|movie|book|goal|try|personality|athlete|sportsman|sportswoman|footballer|cricketer|golfer|driver|rider|newcomer|rookie|artist|act|band|singer|actor|actress|writer|journalist|photographer|person|man|woman|comeback|breakthrough|company|business|entrepreneur|employer)s?|(?:named|voted|crowned) (?:[a-z]+ ){0,3}?[a-z]+) of\s+$/i;
const AWARD_AFTER = /^\s+(?:awards?|prizes?|titles?|accolades?|honou?rs?|troph(?:y|ies)|gongs?|nominations?)\b/i;

/** Whether "the year" at `m` names an award rather than a year. */
function isAward(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 60), m.index);
  return AWARD_HOLDER.test(before) || AWARD_AFTER.test(m.input.slice(m.index + m[0].length));
}

/** Words of a match report: its "first half" and "fourth quarter" are parts of a game, not of a year. */
const GAME_WORDS =
  /\b(?:goals?|scored|scoring|penalty|penalties|half-time|kick-off|free-kick|touchdowns?|quarterback|innings|striker|goalkeeper|keeper|equali[sz]er|referee|fixture)\b/i;

/** Whether a quarter or half given without a year is a part of a game, told by the words of its sentence. */
function isPartOfGame(m: RegExpExecArray): boolean {
  const given = group(m, 'year') || group(m, 'yearAfter') || group(m, 'which') || group(m, 'whichAfter');
  return !given && !/fiscal/i.test(m[0]) && GAME_WORDS.test(m.input);
}

/** The year a quarter or half lies in: the one given, or the anchor's, moved back when it has not begun yet. */
function periodYear(m: RegExpExecArray, ctx: ResolveContext, firstMonth: number): number | null {
  const given =
    group(m, 'year') || group(m, 'yearAfter') || (group(m, 'fiscalYear') || group(m, 'fiscalAfter')).replace(/\D/g, '');
  if (given) return Number(given);
  const which = (group(m, 'which') || group(m, 'whichAfter')).toLowerCase();
  if (!ctx.anchor) return null;
  if (which) return ctx.anchor.year + RELATIVE_YEAR[which];
  return firstMonth > ctx.anchor.month && ctx.tense !== 'future' ? ctx.anchor.year - 1 : ctx.anchor.year;
}

/** The quarter a story of results is about: the last one named, else the last one ended before the anchor. */
function currentQuarter(ctx: ResolveContext): string {
  const q = ctx.reference.quarter;
  if (q) return `${q.year}-Q${q.quarter}`;
  if (!ctx.anchor) return 'XXXX-QX';
  const before = addMonths(ctx.anchor.year, ctx.anchor.month, -3);
  return `${before.year}-Q${quarterOf(before.month)}`;
}

/**
 * The calendar quarter a fiscal quarter ending on a day mostly lies in: the quarter of its middle month
 * ("ended Sept. 30" is July to September, Q3; "ended July 31" is May to July, Q2; "ended Oct. 1", Q3).
 */
function quarterEndingOn(year: number, month: number, day: number): string {
  const middle = addMonths(year, month, day >= 15 ? -1 : -2);
  return `${middle.year}-Q${quarterOf(middle.month)}`;
}

/** The periods business news reports on: quarters, halves, fiscal years, and comparisons with a year before. */
export const BUSINESS_RULES: TimeRule[] = [
  // "Third-quarter profit rose." / "the fiscal first quarter" / "the third quarter of 1990" / "the 1988 second quarter"
  {
    id: 'quarter',
    pattern: words(`${ARTICLE}${YEAR_BEFORE}?(?:fiscal[- ])?${QUARTER_ORDINAL}[- ](?:fiscal )?quarter${YEAR_AFTER}?`),
    extract: (m) => {
      if (isPartOfGame(m)) return null;
      const quarter = ordinalNumber(group(m, 'ordinal')) ?? 1;
      return {
        type: 'DATE',
        resolve: (ctx) => {
          const year = periodYear(m, ctx, quarter * 3 - 2);
          return year === null ? `XXXX-Q${quarter}` : `${year}-Q${quarter}`;
        },
      };
    },
  },
  // "Profit rose in Q3 1998." / "Q4"
  {
    id: 'q-number',
    pattern: /\b(?<!-)Q(?<ordinal>[1-4])(?: (?<yearAfter>(?:1\d{3}|20\d{2})))?\b/g,
    extract: (m) => {
      const quarter = Number(group(m, 'ordinal'));
      return {
        type: 'DATE',
        resolve: (ctx) => {
          const year = periodYear(m, ctx, quarter * 3 - 2);
          return year === null ? `XXXX-Q${quarter}` : `${year}-Q${quarter}`;
        },
      };
    },
  },
  // "in the first half of 1990" / "second-half sales" (not "a second-half goal")
  {
    id: 'half-year',
    pattern: words(`${ARTICLE}${YEAR_BEFORE}?(?:fiscal[- ])?${HALF_ORDINAL}[- ]half${YEAR_AFTER}?`),
    extract: (m) => {
      if (isPartOfGame(m)) return null;
      const half = ordinalNumber(group(m, 'ordinal')) ?? 2;
      return {
        type: 'DATE',
        resolve: (ctx) => {
          const year = periodYear(m, ctx, half * 6 - 5);
          return year === null ? `XXXX-H${half}` : `${year}-H${half}`;
        },
      };
    },
  },
  // "a loss for the quarter ended Sept. 30": the quarter its end date places it in (the span stops at "quarter";
  // listed before the-quarter, which matches the same words and would take the story's quarter instead)
  {
    id: 'quarter-ended',
    pattern: words(
      `(?:the|its) (?:fiscal )?quarter(?= end(?:ed|ing) (?<month>${MONTH_ANY}) (?<day>\\d{1,2})\\b(?:,? (?<year>${YEAR}))?)`,
    ),
    extract: (m) => {
      const month = monthNumber(group(m, 'month'));
      const day = Number(group(m, 'day'));
      if (!month || !isCapitalised(group(m, 'month')) || !isValidDay(2000, month, day)) return null;
      return {
        type: 'DATE',
        resolve: ({ anchor }) => {
          const year = group(m, 'year') ? Number(group(m, 'year')) : anchor && yearFor(anchor, month, day, 'past');
          return year ? quarterEndingOn(year, month, day) : 'XXXX-QX';
        },
      };
    },
  },
  // "Sales rose in the quarter." / "the latest quarter" / "this quarter's loss" / "the latest period"
  {
    id: 'the-quarter',
    pattern: words(
      "(?:the|that|this|the latest|the most recent|the recent|the just-ended|the just-completed)(?: fiscal)? quarter(?:'s)?(?!-)|the latest period",
    ),
    extract: () => ({ type: 'DATE', resolve: currentQuarter }),
  },
  // "a gain of $18 million in the 1988 period": the quarter of the story, in the year given
  {
    id: 'year-period',
    pattern: words(`the (?<year>${YEAR}) (?:period|quarter)`),
    extract: (m) => ({
      type: 'DATE',
      resolve: ({ reference }) =>
        reference.quarter ? `${group(m, 'year')}-Q${reference.quarter.quarter}` : group(m, 'year'),
    }),
  },
  // "In the year-ago quarter, it earned $1 million." / "year-earlier profit" / "the comparable period last year"
  {
    id: 'year-ago-period',
    pattern: words(
      "(?:the )?(?:comparable |corresponding |same )?year-(?:ago|earlier)(?: (?:first|second|third|fourth) quarter| quarter| period)?|(?:the )?(?:quarter|period) a year (?:ago|earlier)|the (?:comparable|corresponding|same) (?:quarter|period)(?: of)? (?:last|a) year(?: ago| earlier)?|last year's (?:quarter|period)",
    ),
    extract: () => ({ type: 'DATE', resolve: yearBefore }),
  },
  // "revenue of $76 million for the year ended March 31" / "the year to March 2005": a twelve-month span,
  // not a calendar year
  {
    id: 'year-ended',
    pattern: words(`the (?:fiscal )?year(?=${YEAR_SPAN_END})`),
    extract: () => fixed('DURATION', 'P1Y'),
  },
  // "a high for the year" / "the full year" / "the current fiscal year": the year being reported (not
  // "Record Of The Year", a title, nor the award of "named player of the year")
  {
    id: 'the-year',
    pattern: words(`the (?:full |current |present )?(?:fiscal )?year(?!-|'s|${YEAR_SPAN_END})`),
    extract: (m) =>
      isLowercase(m[0].slice(m[0].lastIndexOf(' ') + 1)) && !isAward(m)
        ? { type: 'DATE', resolve: ({ anchor }) => (anchor ? String(anchor.year) : 'XXXX') }
        : null,
  },
  // "complete the sale by year-end" / "by year's end"
  {
    id: 'year-end',
    pattern: words("year[- ]end|year's end"),
    extract: () => ({ type: 'DATE', resolve: ({ anchor }) => (anchor ? String(anchor.year) : 'XXXX') }),
  },
  // "the year-earlier nine months" is a span of time, not a date
  {
    id: 'year-ago-months',
    pattern: words('the year-(?:ago|earlier) (?<count>six|nine) months'),
    extract: (m) => fixed('DURATION', group(m, 'count').toLowerCase() === 'six' ? 'P6M' : 'P9M'),
  },
];
