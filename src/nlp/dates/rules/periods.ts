import { addDays, type Day, formatWeek, isValidDay, parseDay, weekdayOf } from '../calendar.js';
import {
  COUNT,
  countValue,
  MONTH_ANY,
  MONTH_FULL,
  monthNumber,
  SEASON,
  seasonCode,
  UNIT,
  unitInfo,
} from '../lexicon.js';
import { fixed, monthDayValue, monthValue, type Reading, type ResolveContext, shiftedPeriod } from '../resolve.js';
import { SPOKEN_YEAR, spokenYear, YEAR } from './calendar-dates.js';
import {
  followsCapitalisedWord,
  group,
  isCapitalised,
  isLowercase,
  isMidSentence,
  type TimeRule,
  words,
} from './rule.js';

/** Words before a bare month that make it a time ("in May", "since March", "from May to June"). */
const TIME_CUE =
  /\b(?:in|since|until|till|by|through|throughout|during|of|from|before|after|between|and|or|to|early|late|mid|last|next|this|that|each|every|for|the|a|around|over|on)\s*-?\s*$/i;
/** Seasons are verbs and nouns more often still ("prices fall", "a hot spring"): fewer words will do. */
const SEASON_CUE = /\b(?:in|since|until|by|through|throughout|during|early|late|mid|this|last|next|over)\s*-?\s*$/i;

const PERIOD_UNIT = '(?<unit>week|month|year|quarter|decade|century|weekend)';

function shift(word: string): number {
  const w = word.toLowerCase();
  if (/^(?:last|the last|this past|past|the past|previous|the previous|prior|the prior)$/.test(w)) return -1;
  if (/^(?:next|the next|coming|the coming|the following)$/.test(w)) return 1;
  return 0;
}

/**
 * The weekend of the week `n` weeks from the anchor. A bare "the weekend" (not `explicit` like "last
 * weekend") told on a weekday is the one just past, unless the clause looks ahead.
 */
function weekendValue({ anchor, tense }: ResolveContext, n: number, explicit: boolean): string {
  if (!anchor) return 'XXXX-WXX-WE';
  const back = !explicit && tense !== 'future' && weekdayOf(anchor) < 6 ? -1 : 0;
  return `${formatWeek(addDays(anchor, 7 * (n + back)))}-WE`;
}

/**
 * A period counted from the anchor: "this week" (0), "last month" (-1), "next year" (+1); "the past year"
 * and "the last week" name the period before this one (TimeML), unlike "the past two years", a duration.
 */
function periodReading(unitWord: string, n: number): Reading {
  const unit = unitWord.toLowerCase();
  if (unit === 'weekend') return { type: 'DATE', resolve: (ctx) => weekendValue(ctx, n, true) };
  return { type: 'DATE', resolve: ({ anchor }) => shiftedPeriod(anchor, unitInfo(unit).name, n) };
}

/** "a year ago" and "a year earlier" in a results story mean the same quarter of the year before. */
export function yearBefore(ctx: ResolveContext): string {
  const q = ctx.reference.quarter;
  if (q) return `${q.year - 1}-Q${q.quarter}`;
  return ctx.anchor ? String(ctx.anchor.year - 1) : 'XXXX';
}

/** Whether the text before a bare month or season makes it a time rather than a verb or a name. */
function hasTimeCue(m: RegExpExecArray, cue = TIME_CUE): boolean {
  return cue.test(m.input.slice(Math.max(0, m.index - 12), m.index));
}

/** Months and seasons also are verbs and names ("May", "March", "fall", "April"); these need a cue word. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'april', 'june', 'august']);

/** The month each season starts in; a winter is reckoned to the year of its December. */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The year of a season: "last fall" is the last one that has ended, "next spring" the first one still to
 * start, a bare one the latest that has started (or, in a future clause, the first that has not ended).
 */
function seasonValue(anchor: Day | null, code: string, modifier: string, tense: ResolveContext['tense']): string {
  if (!anchor) return `XXXX-${code}`;
  const start = SEASON_START[code] ?? 6;
  const { year, month } = anchor;
  const started = start <= month;
  const ended = start + 2 < month;
  switch (modifier.toLowerCase()) {
    case 'this':
      return `${year}-${code}`;
    case 'last':
    case 'this past':
      return `${ended ? year : year - 1}-${code}`;
    case 'next':
    case 'this coming':
      return `${started ? year + 1 : year}-${code}`;
    default:
      if (tense === 'future') return `${ended ? year + 1 : year}-${code}`;
      return `${started ? year : year - 1}-${code}`;
  }
}

/**
 * Whether a season is part of a title or a name: capitalised mid-sentence after another capitalised word
 * or with its modifier ("Suddenly Last Summer"), or a capitalised one after "by", a surname ("a free kick
 * by Winter").
 */
function isTitleOrName(m: RegExpExecArray, modifier: string, season: string): boolean {
  const before = m.input.slice(0, m.index);
  if (isCapitalised(modifier) && modifier !== 'the') return isMidSentence(before);
  return isCapitalised(season) && !modifier && (followsCapitalisedWord(before) || /\bby\s+$/.test(before));
}

/** Periods counted from now: weeks, months, years, seasons, and bare month names. */
export const PERIOD_RULES: TimeRule[] = [
  // "Sales fell this year." / "the current quarter" / "earlier this month"
  {
    id: 'this-period',
    pattern: words(`(?:this|the current|the present)(?: fiscal)? ${PERIOD_UNIT}(?:'s)?`),
    extract: (m) => (isLowercase(group(m, 'unit')) ? periodReading(group(m, 'unit'), 0) : null),
  },
  // "Prices rose last year." / "the past year" / "the previous week" / "last weekend" / "this past weekend"
  {
    id: 'last-period',
    pattern: words(
      `(?<which>last|the last|this past|the past|past|the previous|previous|the prior|prior)(?: fiscal)? ${PERIOD_UNIT}(?:'s)?`,
    ),
    extract: (m) => (isLowercase(group(m, 'unit')) ? periodReading(group(m, 'unit'), shift(group(m, 'which'))) : null),
  },
  // "The law takes effect next year." / "the coming week"
  {
    id: 'next-period',
    pattern: words(`(?<which>next|the next|the coming|coming)(?: fiscal)? ${PERIOD_UNIT}(?:'s)?`),
    extract: (m) => (isLowercase(group(m, 'unit')) ? periodReading(group(m, 'unit'), shift(group(m, 'which'))) : null),
  },
  // "He will step down at the end of the month." / "later in the week": the month or week of the anchor
  {
    id: 'the-current-period',
    pattern:
      /(?<=\b(?:end|beginning|start|middle|rest|remainder) of |\b(?:[Ll]ater|[Ee]arlier) in )the (?<unit>week|month)\b/g,
    extract: (m) => periodReading(group(m, 'unit'), 0),
  },
  // "The rebels attacked over the weekend." (the last one, unless the clause looks ahead)
  {
    id: 'the-weekend',
    pattern: words('the weekend'),
    extract: () => ({ type: 'DATE', resolve: (ctx) => weekendValue(ctx, 0, false) }),
  },
  // "Talks are set for the week of March 6." / "on the weekend of 8/9 January"
  {
    id: 'week-of',
    pattern: words(
      `the (?<unit>week|weekend) of (?:(?<month>${MONTH_ANY}) (?<day>\\d{1,2})|(?<dayFirst>\\d{1,2})(?:[-/–]\\d{1,2})? (?<monthAfter>${MONTH_ANY}))(?!\\d)`,
    ),
    extract: (m) => {
      const monthWord = group(m, 'month') || group(m, 'monthAfter');
      const month = monthNumber(monthWord);
      const day = Number(group(m, 'day') || group(m, 'dayFirst'));
      if (!month || !isCapitalised(monthWord) || !isValidDay(2000, month, day)) return null;
      const weekend = group(m, 'unit').toLowerCase() === 'weekend';
      return {
        type: 'DATE',
        resolve: ({ anchor, tense }) => {
          const date = parseDay(monthDayValue(anchor, month, day, tense));
          if (!date) return weekend ? 'XXXX-WXX-WE' : 'XXXX-WXX';
          return weekend ? `${formatWeek(date)}-WE` : formatWeek(date);
        },
      };
    },
  },
  // "The company was founded five years ago." / "two weeks ago" / "a year ago" (see yearBefore)
  {
    id: 'units-ago',
    pattern: words(`(?<count>${COUNT})(?: more)? (?<unit>${UNIT})(?: or so)? ago`),
    extract: (m) => {
      const n = countValue(group(m, 'count'));
      const unit = unitInfo(group(m, 'unit'));
      if (n === null || !isLowercase(group(m, 'unit'))) return null;
      if (n === 'X') return fixed('DATE', 'PAST_REF');
      if (unit.name === 'year' && n === 1) return { type: 'DATE', resolve: yearBefore };
      // decades and centuries ago are told in years: "a decade ago" is 1989, not the 1980s
      const years = unit.name === 'decade' ? unit.times : unit.name === 'century' ? 100 * unit.times : 0;
      return {
        type: 'DATE',
        resolve: ({ anchor }) =>
          years
            ? shiftedPeriod(anchor, 'year', -Math.round(n * years))
            : shiftedPeriod(anchor, unit.name, -Math.round(n * unit.times)),
      };
    },
  },
  // "Net income fell from $5 million a year earlier."
  {
    id: 'a-year-earlier',
    pattern: words('(?:a|one) year (?:earlier|before)'),
    extract: () => ({ type: 'DATE', resolve: yearBefore }),
  },
  // "The plant opened in January this year." / "June last year"
  {
    id: 'month-relative-year',
    pattern: words(`(?<month>${MONTH_ANY}) (?:of )?(?<which>this|last|next) year`),
    extract: (m) => {
      const month = monthNumber(group(m, 'month'));
      if (!month || !isCapitalised(group(m, 'month'))) return null;
      const n = shift(group(m, 'which'));
      return {
        type: 'DATE',
        resolve: ({ anchor }) =>
          anchor ? `${anchor.year + n}-${String(month).padStart(2, '0')}` : `XXXX-${String(month).padStart(2, '0')}`,
      };
    },
  },
  // "The talks began in March." / "last December" / "next April"; "May" as a verb needs a cue word before it.
  {
    id: 'month',
    pattern: words(`(?:(?<modifier>last|next|this(?: past| coming)?) )?(?<month>${MONTH_FULL})(?!,? \\d)`),
    extract: (m) => {
      const word = group(m, 'month');
      const month = monthNumber(word);
      const modifier = group(m, 'modifier').toLowerCase();
      if (!month || !isCapitalised(word)) return null;
      if (!modifier && AMBIGUOUS_MONTHS.has(word.toLowerCase()) && !hasTimeCue(m)) return null;
      if (!modifier && /^\s+[A-Z][a-z]/.test(m.input.slice(m.index + m[0].length)) && !hasTimeCue(m)) return null;
      return {
        type: 'DATE',
        resolve: (ctx) => {
          if (!ctx.anchor || !modifier) return monthValue(ctx.anchor, month, modifier ? 'unmarked' : ctx.tense);
          const { year } = ctx.anchor;
          const pad = String(month).padStart(2, '0');
          // "last February" said in March is the year before: last month would have been "last month"
          if (modifier === 'last' || modifier === 'this past')
            return `${month < ctx.anchor.month - 1 ? year : year - 1}-${pad}`;
          if (modifier === 'next' || modifier === 'this coming')
            return `${month > ctx.anchor.month ? year : year + 1}-${pad}`;
          return `${year}-${pad}`;
        },
      };
    },
  },
  // "Elections are due this spring." / "last fall" / "the summer of 1994" / "winter 1998"
  {
    id: 'season',
    pattern: words(
      `(?:(?<modifier>last|next|this(?: past| coming)?|the) )?(?<season>${SEASON})(?:(?: of)? (?<year>${YEAR})| of (?<spoken>${SPOKEN_YEAR}))?`,
    ),
    extract: (m) => {
      const code = seasonCode(group(m, 'season'));
      const year = group(m, 'year') || spokenYear(group(m, 'spoken'));
      const modifier = group(m, 'modifier');
      if (year) return fixed('DATE', `${year}-${code}`);
      if ((!modifier || modifier.toLowerCase() === 'the') && !hasTimeCue(m, SEASON_CUE)) return null;
      if (isTitleOrName(m, modifier, group(m, 'season'))) return null;
      const which = modifier.toLowerCase() === 'the' ? '' : modifier;
      return { type: 'DATE', resolve: (ctx) => seasonValue(ctx.anchor, code, which, ctx.tense) };
    },
  },
];
