import { addDays, addMonths, type Day, formatDay, formatMonth } from '../calendar.js';
import { PART_OF_DAY, partOfDayCode } from '../lexicon.js';
import type { ResolveContext } from '../resolve.js';
import { group, type TimeRule, words } from './rule.js';

/** The day the narration last named, else the anchor: the day "that day" and "the next morning" count from. */
export function referenceDay(ctx: ResolveContext): Day | null {
  return ctx.reference.day ?? ctx.anchor;
}

function dayAfter(ctx: ResolveContext, n: number): string {
  const day = referenceDay(ctx);
  return day ? formatDay(addDays(day, n)) : 'XXXX-XX-XX';
}

/** Times told from a time the narration gave before them, not from the article's date. */
export const ANAPHORIC_RULES: TimeRule[] = [
  // "He was shot on Oct. 23. Earlier that day, the family ..." / "that same day"
  {
    id: 'that-day',
    pattern: words('(?:that|the same)(?: same)? day'),
    extract: () => ({ type: 'DATE', resolve: (ctx) => dayAfter(ctx, 0) }),
  },
  // "He appeared in court the next morning." / "the following day"
  {
    id: 'next-day',
    pattern: words(`the (?:next|following) (?<unit>day|${PART_OF_DAY})`),
    extract: (m) => {
      const unit = group(m, 'unit').toLowerCase();
      return unit === 'day'
        ? { type: 'DATE', resolve: (ctx) => dayAfter(ctx, 1) }
        : { type: 'TIME', resolve: (ctx) => `${dayAfter(ctx, 1)}T${partOfDayCode(unit)}` };
    },
  },
  // "a day earlier" is a duration in TimeML; "the previous day" names the day before the one just told
  {
    id: 'previous-day',
    pattern: words('the (?:previous|preceding) day'),
    extract: () => ({ type: 'DATE', resolve: (ctx) => dayAfter(ctx, -1) }),
  },
  // "In March the company hired advisers. The following month, it put itself up for sale." / "that month"
  {
    id: 'that-month',
    pattern: words('(?:that|the same|the (?<which>following|previous|preceding)) month'),
    extract: (m) => {
      const shift = { following: 1, previous: -1, preceding: -1 }[group(m, 'which').toLowerCase()] ?? 0;
      return {
        type: 'DATE',
        resolve: ({ reference, anchor }) => {
          const month = reference.month ?? (anchor ? { year: anchor.year, month: anchor.month } : null);
          if (!month) return 'XXXX-XX';
          const moved = addMonths(month.year, month.month, shift);
          return formatMonth(moved.year, moved.month);
        },
      };
    },
  },
  // "He fled in June 1998 and returned later that year." / "the following year"
  {
    id: 'that-year',
    pattern: words('(?:that|the same|the (?<next>following)) year'),
    extract: (m) => {
      const shift = group(m, 'next') ? 1 : 0;
      return {
        type: 'DATE',
        resolve: ({ reference, anchor }) => {
          const year = reference.year ?? anchor?.year;
          return year === undefined ? 'XXXX' : String(year + shift);
        },
      };
    },
  },
];
