/**
 * The words time expressions are made of, as regex sources (every group non-capturing, so rules can wrap
 * them in named groups) and lookups from a matched word to its meaning.
 */

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month written out ("March"), capitalised: a bare month name needs the capital to be a month at all. */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A month written out or abbreviated ("Sept.", "Dec"), as it stands before a day or a year. */
export const MONTH_ANY =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

export function monthNumber(word: string): number | null {
  return MONTH_NUMBERS[word.toLowerCase().slice(0, 3)] ?? null;
}

export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAY_NUMBERS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** ISO weekday number (1 Monday ... 7 Sunday) of a weekday name. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAY_NUMBERS[word.toLowerCase().slice(0, 3)] ?? null;
}

export const SEASON = '(?:spring|summer|fall|autumn|winter)';
const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export function seasonCode(word: string): string {
  return SEASON_CODES[word.toLowerCase()] ?? 'XX';
}

export const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
const PART_OF_DAY_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
export function partOfDayCode(word: string): string {
  return PART_OF_DAY_CODES[word.toLowerCase().replace(/s$/, '')] ?? 'XX';
}

/** Calendar units of durations and relative dates, singular or plural. */
export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))';

/** What a unit counts in a TimeML duration: the letter and how many of it one unit is. */
export interface UnitInfo {
  name: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
  letter: string;
  /** Time units (hours, minutes, seconds) go after the `T` of a duration. */
  time: boolean;
  /** How many letters one unit is ("decade" is ten years, "fortnight" two weeks). */
  times: number;
}

const UNITS: Record<string, UnitInfo> = {
  second: { name: 'second', letter: 'S', time: true, times: 1 },
  minute: { name: 'minute', letter: 'M', time: true, times: 1 },
  hour: { name: 'hour', letter: 'H', time: true, times: 1 },
  day: { name: 'day', letter: 'D', time: false, times: 1 },
  week: { name: 'week', letter: 'W', time: false, times: 1 },
  fortnight: { name: 'week', letter: 'W', time: false, times: 2 },
  month: { name: 'month', letter: 'M', time: false, times: 1 },
  quarter: { name: 'quarter', letter: 'Q', time: false, times: 1 },
  year: { name: 'year', letter: 'Y', time: false, times: 1 },
  decade: { name: 'decade', letter: 'Y', time: false, times: 10 },
  century: { name: 'century', letter: 'C', time: false, times: 1 },
  centurie: { name: 'century', letter: 'C', time: false, times: 1 },
  millennium: { name: 'century', letter: 'C', time: false, times: 10 },
  millennia: { name: 'century', letter: 'C', time: false, times: 10 },
};

export function unitInfo(word: string): UnitInfo {
  const key = word.toLowerCase().replace(/-/g, '');
  return UNITS[key] ?? UNITS[key.replace(/s$/, '')] ?? UNITS.day;
}

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const SMALL_WORD = `(?:${SMALL_NUMBERS.slice(1).reverse().join('|')})`;
const TENS_WORD = `(?:${TENS.slice(2).join('|')})`;
/** A number as a word that can only be a number ("three", "twenty"; not "a", which is also an article). */
export const NUMBER_WORD = `(?:${SMALL_WORD}|${TENS_WORD})\\b`;
/** A number in words up to the thousands ("twenty-four", "a hundred", "two thousand"). */
const NUMBER_WORDS = `(?:(?:a|one|${SMALL_WORD}|${TENS_WORD}(?:[- ]${SMALL_WORD})?)(?:[- ](?:hundred|thousand)(?:(?: and)? (?:${TENS_WORD}(?:[- ]${SMALL_WORD})?|${SMALL_WORD}))?)?|${TENS_WORD}(?:[- ]${SMALL_WORD})?|${SMALL_WORD})`;
/** A count as it stands before a unit: digits (with a fraction), words, or a vague amount. */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?: 1\\/2| and a half)?|${NUMBER_WORDS}(?: and a half)?|a couple of|couple of|a few|few|several|some|many|a|an)`;
/** An ordinal ("third", "21st"). */
export const ORDINAL = `(?:${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;

export function ordinalNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number.parseInt(w, 10);
  return ORDINALS[w] ?? null;
}

function wordsValue(text: string): number | null {
  let total = 0;
  let current = 0;
  for (const word of text.toLowerCase().split(/[- ]+/)) {
    if (word === 'and') continue;
    const small = SMALL_NUMBERS.indexOf(word);
    const tens = TENS.indexOf(word);
    if (word === 'a' || word === 'an') current += 1;
    else if (small >= 0) current += small;
    else if (tens >= 2) current += tens * 10;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** A COUNT as a number, `'X'` for a vague one ("several", "a few"), or null. Halves come back as .5. */
export function countValue(text: string): number | 'X' | null {
  const t = text.toLowerCase().trim();
  if (/^(a few|few|several|some|many)$/.test(t)) return 'X';
  if (/^(a )?couple of$/.test(t)) return 2;
  const half = / 1\/2$| and a half$/.test(t) ? 0.5 : 0;
  const core = t.replace(/ 1\/2$| and a half$/, '');
  if (/^\d/.test(core)) return Number(core.replace(/,/g, '')) + half;
  const words = wordsValue(core);
  return words === null ? null : words + half;
}
