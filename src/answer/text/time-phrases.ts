import type { Span } from '../../corpus/article.js';
import { MONTHS } from './lexicon.js';

/** A time phrase found in a sentence; `value` only where the phrase alone fixes it ("March 2011" -> 2011-03). */
export interface TimePhrase extends Span {
  text: string;
  value: string | null;
  rule: string;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const NUMBER_WORD =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|many)';
const UNIT = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries?)';
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';

const pad = (n: number): string => String(n).padStart(2, '0');
const monthNumber = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3).toLowerCase())) + 1;

interface TimeRule {
  id: string;
  pattern: RegExp;
  value?: (m: RegExpExecArray) => string | null;
}

/**
 * A fallback for sentences whose time expressions extraction did not tag. Tried in this order, and an
 * earlier (longer, more explicit) match wins where two overlap: a full date before a month and year
 * before a bare year or weekday.
 */
const TIME_RULES: TimeRule[] = [
  // Friday, December 18, 2015 / Dec 18, 2015 / December 18
  {
    id: 'month-day-year',
    pattern: new RegExp(`\\b(?:${WEEKDAY},? )?(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (${YEAR}))?`, 'g'),
    value: (m) => (m[3] ? `${m[3]}-${pad(monthNumber(m[1]))}-${pad(Number(m[2]))}` : null),
  },
  // 18 December 2015
  {
    id: 'day-month-year',
    pattern: new RegExp(`\\b(\\d{1,2}) (${MONTH})(?:,? (${YEAR}))?\\b`, 'g'),
    value: (m) => (m[3] ? `${m[3]}-${pad(monthNumber(m[2]))}-${pad(Number(m[1]))}` : null),
  },
  // March 2011 / March, 1923 / from 1929 to 1937
  {
    id: 'month-year',
    pattern: new RegExp(`\\b(${MONTH}),? (${YEAR})\\b`, 'g'),
    value: (m) => `${m[2]}-${pad(monthNumber(m[1]))}`,
  },
  { id: 'year-range', pattern: new RegExp(`\\b(?:from|between) ${YEAR} (?:to|and|until) ${YEAR}\\b`, 'g') },
  // the 1950s / the early 19th century
  {
    id: 'decade-century',
    pattern: /\b(?:the )?(?:early |mid-|late )?(?:1[5-9]\d0s|20\d0s|\d{1,2}(?:st|nd|rd|th) century)\b/g,
  },
  // six years ago / two weeks ago / 75 million years ago
  {
    id: 'ago',
    pattern: new RegExp(
      `\\b(?:about |around |some |nearly |almost )?${NUMBER_WORD}(?: (?:million|billion|thousand))? ${UNIT} ago\\b`,
      'g',
    ),
  },
  // last week / next March / this spring / last Friday
  {
    id: 'relative',
    pattern: new RegExp(
      `\\b(?:last|next|this|early|late|mid-)(?: |)(?:${WEEKDAY}|${MONTH}|${SEASON}|week|month|year|weekend|${PART_OF_DAY})\\b`,
      'gi',
    ),
  },
  // yesterday / today / tonight / tomorrow
  { id: 'deictic', pattern: /\b(?:yesterday|today|tonight|tomorrow)(?: (?:morning|afternoon|evening|night))?\b/gi },
  // Friday afternoon / on Tuesday
  { id: 'weekday', pattern: new RegExp(`\\b${WEEKDAY}(?: ${PART_OF_DAY})?\\b`, 'g') },
  // in 1997
  { id: 'year', pattern: new RegExp(`\\b${YEAR}\\b(?!\\s*(?:%|per ?cent|people|dollars))`, 'g'), value: (m) => m[0] },
  // in March (a capitalised month; "may" the verb is lowercase)
  {
    id: 'month',
    pattern: /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g,
  },
  // the spring / in the summer
  { id: 'season', pattern: new RegExp(`\\b(?:the )?${SEASON}\\b`, 'gi') },
  // in 60 days / within a week
  { id: 'within', pattern: new RegExp(`\\b(?:in|within) (?:less than |more than )?${NUMBER_WORD} ${UNIT}\\b`, 'g') },
  // recently / soon
  { id: 'vague', pattern: /\b(?:recently|soon|now|currently|nowadays|weeknights|weekends)\b/g },
];

/** Time phrases of a sentence by the fallback rules, without overlaps; offsets are shifted by `offset`. */
export function timePhrases(sentence: string, offset = 0): TimePhrase[] {
  const found: TimePhrase[] = [];
  // a hard-wrapped line break is a space ("March 31,\n1949"); one character for one keeps the offsets
  const flat = sentence.replace(/\s/g, ' ');
  for (const rule of TIME_RULES) {
    for (const m of flat.matchAll(rule.pattern)) {
      const start = offset + (m.index as number);
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, text: m[0], value: rule.value?.(m as RegExpExecArray) ?? null, rule: rule.id });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
