import { monthNumber } from '../nlp/dates/lexicon.js';

/**
 * Reads the publication date of a header or JSON field into `YYYY-MM-DD`.
 * Shapes seen in news feeds: `2013-03-22`, `2015-12-17T01:00:00Z`, `Thursday, December 17, 2015 - 01:00`,
 * `January 8, 1999`, `8 Jan 1999`, `Fri, 18 Dec 2015 10:00:00 GMT`, `2015/12/17`, `12/17/2015`.
 * A date without a year, or one that does not exist, is no date.
 */

interface HeaderDateRule {
  id: string;
  pattern: RegExp;
  extract: (m: RegExpMatchArray) => [year: number, month: number | null, day: number] | null;
}

const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Tried in order; the first rule whose pattern matches decides. ISO first: it is the only unambiguous shape. */
const RULES: HeaderDateRule[] = [
  {
    // 2015-12-17, 2015-12-17T01:00:00Z, 2015/12/17, 20151217
    id: 'iso',
    pattern: /^\s*(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:$|[T\s])/,
    extract: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // Thursday, December 17, 2015 - 01:00 / Dec. 17 2015
    id: 'month-day-year',
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    extract: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  {
    // Fri, 18 Dec 2015 10:00:00 GMT / 8 January 1999
    id: 'day-month-year',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i'),
    extract: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  {
    // 12/17/2015 (US order; a first number above 12 means day first: 17/12/2015)
    id: 'numeric-us',
    pattern: /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/,
    extract: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a > 12 ? [Number(m[3]), b, a] : [Number(m[3]), a, b];
    },
  },
];

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD`, or null when the string holds no complete, valid calendar date. */
export function parseHeaderDate(raw: string): string | null {
  for (const rule of RULES) {
    const m = raw.match(rule.pattern);
    if (!m) continue;
    const parts = rule.extract(m);
    if (!parts) continue;
    const [year, month, day] = parts;
    if (month === null || year < 1000) continue;
    return isoDate(year, month, day);
  }
  return null;
}
