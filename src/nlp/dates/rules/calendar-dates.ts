import { formatDay, isValidDay, weekdayOf } from '../calendar.js';
import {
  COUNT,
  countValue,
  MONTH_ANY,
  MONTH_FULL,
  monthNumber,
  ORDINAL,
  ordinalNumber,
  WEEKDAY,
  weekdayNumber,
} from '../lexicon.js';
import { fixed, monthDayValue, type Reading, yearFor } from '../resolve.js';
import { AT_HHMM } from './days.js';
import { group, isCapitalised, type TimeRule, words } from './rule.js';

/** A year as written in news: 1000-2099, not part of a bigger number or an amount ("$1990", "1,990"). */
export const YEAR = '(?<![\\d$£€#]|\\d[.,])(?:1\\d{3}|20\\d{2})(?![\\d%]|[.,]\\d)';
/** What makes a four-digit number a count, an amount or a clock time rather than a year. */
const NOT_YEAR_AFTER =
  'million|billion|tons?|tonnes?|people|shares|pence|pixels|metres|meters|miles|km|feet|points|votes|seats|copies|units|local time';
/** A clock time after "at" where a year might be read, tried at the place of the would-be year. */
const AT_CLOCK = new RegExp(AT_HHMM, 'iy');
/** A day of the month, not the start of a bigger number or an amount ("May 5,000", "Dec. 3 1/2%"). */
const DAY =
  '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d%]|[.,]\\d| ?\\d\\/| (?:million|billion|percent|points?|cents?|shares?)\\b)';
/** A weekday before a date belongs to it: "this Friday, Dec. 18". */
const OPTIONAL_WEEKDAY = `(?:(?:(?:this|next|last|coming) )?(?<weekday>${WEEKDAY}),? )?`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The day as a fixed reading, or null when the month and day do not exist ("Feb. 30"). */
function dayReading(year: number, monthWord: string, dayWord: string): Reading | null {
  const month = monthNumber(monthWord);
  const day = Number.parseInt(dayWord, 10);
  if (!month || !isCapitalised(monthWord) || !isValidDay(year, month, day)) return null;
  return fixed('DATE', formatDay({ year, month, day }));
}

/**
 * A month and day without a year: the year is the anchor's, moved by the tense, or, when a weekday is
 * given too, the year near the anchor in which that date falls on that weekday ("Friday, Dec. 18").
 */
function monthDayReading(monthWord: string, dayWord: string, weekdayWord: string): Reading | null {
  const month = monthNumber(monthWord);
  const day = Number.parseInt(dayWord, 10);
  if (!month || !isCapitalised(monthWord) || !isValidDay(2000, month, day)) return null;
  const weekday = weekdayWord ? weekdayNumber(weekdayWord) : null;
  return {
    type: 'DATE',
    resolve: ({ anchor, tense }) => {
      if (!anchor) return monthDayValue(null, month, day, tense);
      const year = yearFor(anchor, month, day, tense);
      const fitting = weekday
        ? [year, year + 1, year - 1].find(
            (y) => isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === weekday,
          )
        : undefined;
      return `${fitting ?? year}-${pad(month)}-${pad(day)}`;
    },
  };
}

const DECADES: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

const SPOKEN_CENTURIES: Record<string, number> = { eighteen: 18, nineteen: 19, twenty: 20 };
/** A year said in words, as broadcasts are transcribed: "nineteen ninety-six". */
export const SPOKEN_YEAR = `(?:eighteen|nineteen|twenty) ${COUNT}`;

/** The number of a SPOKEN_YEAR, or null when the words after the century are no two-digit number. */
export function spokenYear(text: string): number | null {
  const [century, ...rest] = text.toLowerCase().split(' ');
  const n = countValue(rest.join(' '));
  if (typeof n !== 'number' || n < 10 || n > 99 || !Number.isInteger(n)) return null;
  return SPOKEN_CENTURIES[century] * 100 + n;
}

/**
 * Dates pinned to the calendar by the text itself. Full dates come before partial ones only for
 * readability: the tagger keeps the longest match whatever the order.
 */
export const CALENDAR_DATE_RULES: TimeRule[] = [
  // "The report is dated 1998-02-13."
  {
    id: 'iso-date',
    pattern: /(?<![\d-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\d-])/g,
    extract: (m) => {
      const [year, month, day] = ['year', 'month', 'day'].map((k) => Number(group(m, k)));
      return isValidDay(year, month, day) ? fixed('DATE', formatDay({ year, month, day })) : null;
    },
  },
  // "The embassies were bombed on Friday, Aug. 7, 1998."
  {
    id: 'month-day-year',
    pattern: words(`${OPTIONAL_WEEKDAY}(?<month>${MONTH_ANY}) (?<day>${DAY}),? (?<year>${YEAR})`),
    extract: (m) => dayReading(Number(group(m, 'year')), group(m, 'month'), group(m, 'day')),
  },
  // "He was born on 7 August 1948."
  {
    id: 'day-month-year',
    pattern: words(`${OPTIONAL_WEEKDAY}(?:the )?(?<day>${DAY}) (?:of )?(?<month>${MONTH_ANY}),? (?<year>${YEAR})`),
    extract: (m) => dayReading(Number(group(m, 'year')), group(m, 'month'), group(m, 'day')),
  },
  // "The meeting is set for Friday, Dec. 18." / "Payment is due Nov. 20."
  {
    id: 'month-day',
    pattern: words(`${OPTIONAL_WEEKDAY}(?<month>${MONTH_ANY}) (?<day>${DAY})`),
    extract: (m) => monthDayReading(group(m, 'month'), group(m, 'day'), group(m, 'weekday')),
  },
  // "Talks resume on 18 December." / "the 18th of December"
  {
    id: 'day-month',
    pattern: words(`${OPTIONAL_WEEKDAY}(?:the )?(?<day>${DAY}) (?:of )?(?<month>${MONTH_ANY})(?! \\d)`),
    extract: (m) => monthDayReading(group(m, 'month'), group(m, 'day'), group(m, 'weekday')),
  },
  // "The war began in March 2011." / "in January of 1998" / "January nineteen ninety-seven"
  {
    id: 'month-year',
    pattern: words(`(?<month>${MONTH_ANY}),? (?:of )?(?:(?<year>${YEAR})|(?<spoken>${SPOKEN_YEAR}))`),
    extract: (m) => {
      const month = monthNumber(group(m, 'month'));
      const year = group(m, 'year') || spokenYear(group(m, 'spoken'));
      return month && year && isCapitalised(group(m, 'month')) ? fixed('DATE', `${year}-${pad(month)}`) : null;
    },
  },
  // "The site was online between August and November 2001.": the first month of a range takes its year
  {
    id: 'month-range-start',
    pattern: words(
      `(?<month>${MONTH_FULL})(?= ?(?:and|to|through|until|till|-|–) ?${MONTH_ANY},? (?:of )?(?<year>${YEAR}))`,
    ),
    extract: (m) => {
      const month = monthNumber(group(m, 'month'));
      return month && isCapitalised(group(m, 'month')) ? fixed('DATE', `${group(m, 'year')}-${pad(month)}`) : null;
    },
  },
  // "Filed on 12/17/2015." (US order; two-digit years are too often fractions or scores to read)
  {
    id: 'numeric-date',
    pattern: /(?<![\d/.])(?<month>1[0-2]|0?[1-9])\/(?<day>3[01]|[12]\d|0?[1-9])\/(?<year>\d{4})(?![\d/])/g,
    extract: (m) => {
      const [year, month, day] = ['year', 'month', 'day'].map((k) => Number(group(m, k)));
      return isValidDay(year, month, day) ? fixed('DATE', formatDay({ year, month, day })) : null;
    },
  },
  // "Sales rose in 1998." / "profit for fiscal 1989" / "in the year 2050" (not "1,200 pence", "1080 pixels", "1700 local time",
  // nor the clock time of "kick-off at 1330")
  {
    id: 'year',
    pattern: new RegExp(
      `\\b(?:(?:fiscal|FY|calendar)(?: year)? ?|the year )?(?<year>${YEAR})\\b(?!-year|-old| ?(?:${NOT_YEAR_AFTER})\\b)`,
      'gi',
    ),
    extract: (m) => {
      AT_CLOCK.lastIndex = m.index;
      return AT_CLOCK.test(m.input) ? null : fixed('DATE', group(m, 'year'));
    },
  },
  // "He arrived in nineteen ninety-six." / "the year two thousand" (transcribed broadcasts)
  {
    id: 'spoken-year',
    pattern: words(`(?:the year )?(?<spoken>${SPOKEN_YEAR})|the year (?<thousands>two thousand(?: and ${COUNT})?)`),
    extract: (m) => {
      const thousands = group(m, 'thousands');
      const year = thousands ? countValue(thousands.replace(/ and /, ' ')) : spokenYear(group(m, 'spoken'));
      return typeof year === 'number' ? fixed('DATE', String(year)) : null;
    },
  },
  // "in the 1990s" / "the early '80s" / "the nineties": TimeML writes a decade as its first three digits.
  {
    id: 'decade',
    pattern: new RegExp(
      `(?:\\b(?:the )?(?:(?:early|mid|late)[- ])?(?:(?<digits>1\\d\\d|20\\d)0'?s|(?<words>${Object.keys(DECADES).join('|')}))\\b|(?<![\\w'])'(?<short>\\d)0s\\b)`,
      'gi',
    ),
    extract: (m) => {
      const digits = group(m, 'digits');
      if (digits) return fixed('DATE', digits);
      const short = group(m, 'short');
      const decade = short ? Number(short) : DECADES[group(m, 'words').toLowerCase()];
      return fixed('DATE', `19${decade}`);
    },
  },
  // "in the 20th century": TimeML writes a century as its first two digits.
  {
    id: 'century',
    pattern: words(`(?:the )?(?<ordinal>${ORDINAL}) century`),
    extract: (m) => {
      const n = ordinalNumber(group(m, 'ordinal'));
      return n && n <= 21 ? fixed('DATE', pad(n - 1)) : null;
    },
  },
];
