import {
  COUNT,
  countValue,
  MONTH_FULL,
  monthNumber,
  NUMBER_WORD,
  PART_OF_DAY,
  partOfDayCode,
  SEASON,
  seasonCode,
  UNIT,
  unitInfo,
  WEEKDAY,
  weekdayNumber,
} from '../lexicon.js';
import { fixed } from '../resolve.js';
import { durationValue } from './durations.js';
import { group, isLowercase, type TimeRule, words } from './rule.js';

const SET_ADVERBS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
};

/** The SET value of "every <what>": a unit, a weekday, a month, a season or a part of the day. */
function everyValue(what: string, countWord: string): string | null {
  const weekday = /day$/i.test(what) && what.toLowerCase() !== 'day' ? weekdayNumber(what) : null;
  if (weekday) return `XXXX-WXX-${weekday}`;
  const month = monthNumber(what);
  if (month && /^[A-Z]/.test(what) && what.length > 3) return `XXXX-${String(month).padStart(2, '0')}`;
  if (new RegExp(`^${SEASON}$`, 'i').test(what)) return `XXXX-${seasonCode(what)}`;
  if (new RegExp(`^${PART_OF_DAY}$`, 'i').test(what)) return `XXXX-XX-XXT${partOfDayCode(what)}`;
  const count = countWord ? countValue(countWord) : 1;
  return count === null ? null : durationValue(count, unitInfo(what));
}

/**
 * Times relative to the speaker's present (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF) and recurring
 * times (SET). Only words that mark a time in most of their uses are here: "soon", "once" and "earlier"
 * are left out, being tagged in too few of their occurrences to pay for the false ones.
 */
export const REFERENCE_RULES: TimeRule[] = [
  // "The company now has 80 stores." / "currently" / "the current system" / "these days" (not the "current
  // account" of a balance of payments)
  {
    id: 'present-ref',
    pattern: words(
      '(?:right )?now|currently|current(?! accounts?\\b)|these days|nowadays|at present|at the moment|presently',
    ),
    extract: () => fixed('DATE', 'PRESENT_REF'),
  },
  // "Prices have risen recently." / "recent declines" / "in the past" (not "the past three elections")
  {
    id: 'past-ref',
    pattern: words(
      `recently|recent|lately|the past(?! (?:\\d|(?:a )?few|several|(?:a )?couple|${NUMBER_WORD}))|more recently`,
    ),
    extract: () => fixed('DATE', 'PAST_REF'),
  },
  // "worried about the future" / "in the near future" / "for the near term" (not "the future of the
  // company", its fate)
  {
    id: 'future-ref',
    pattern: words('the (?:near |distant )?future(?! of\\b)|the (?:near|short) term'),
    extract: () => fixed('DATE', 'FUTURE_REF'),
  },
  // "The ministry gives a daily tally." / "weekly"; not in a title: "The Daily Telegraph"
  {
    id: 'set-adverb',
    pattern: words('hourly|daily|nightly|weekly|monthly|yearly'),
    extract: (m) => (isLowercase(m[0]) ? fixed('SET', SET_ADVERBS[m[0].toLowerCase()]) : null),
  },
  // "They rally every day." / "each Thursday" / "every other week" / "every three years" / "each July"
  {
    id: 'every',
    pattern: words(
      `(?:every|each)(?: other)? (?:(?<count>${COUNT}) )?(?<what>${UNIT}|${WEEKDAY}|${MONTH_FULL}|${SEASON}|${PART_OF_DAY})`,
    ),
    extract: (m) => {
      const other = /other/i.test(m[0]);
      const value = everyValue(group(m, 'what'), other ? '2' : group(m, 'count'));
      return value ? fixed('SET', value) : null;
    },
  },
  // "twice a week" / "once a year" / "three times a day"
  {
    id: 'times-per',
    pattern: words(`(?:once|twice|${COUNT} times) (?:a|an|per|each) (?<unit>${UNIT})`),
    extract: (m) => fixed('SET', durationValue(1, unitInfo(group(m, 'unit')))),
  },
];
