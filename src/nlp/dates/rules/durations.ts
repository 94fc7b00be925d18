import { COUNT, countValue, UNIT, type UnitInfo, unitInfo } from '../lexicon.js';
import { fixed, type Reading } from '../resolve.js';
import { group, isLowercase, type TimeRule, words } from './rule.js';

/** The next smaller unit, for writing a fraction ("2 1/2 years" is P2Y6M): its letter and how many make one. */
const SUB_UNITS: Partial<Record<UnitInfo['name'], { letter: string; time: boolean; per: number }>> = {
  year: { letter: 'M', time: false, per: 12 },
  day: { letter: 'H', time: true, per: 24 },
  hour: { letter: 'M', time: true, per: 60 },
  minute: { letter: 'S', time: true, per: 60 },
};

/** A TimeML duration: "three days" P3D, "several years" PXY, "five hours" PT5H, "2 1/2 years" P2Y6M. */
export function durationValue(count: number | 'X', unit: UnitInfo): string {
  const time = unit.time ? 'T' : '';
  if (count === 'X') return `P${time}X${unit.letter}`;
  const total = count * unit.times;
  const whole = Math.floor(total);
  const fraction = total - whole;
  const sub = SUB_UNITS[unit.name];
  if (fraction > 0 && sub && Number.isInteger(fraction * sub.per)) {
    const dateParts: string[] = [];
    const timeParts: string[] = [];
    if (whole) (unit.time ? timeParts : dateParts).push(`${whole}${unit.letter}`);
    (sub.time ? timeParts : dateParts).push(`${fraction * sub.per}${sub.letter}`);
    return `P${dateParts.join('')}${timeParts.length ? `T${timeParts.join('')}` : ''}`;
  }
  // seconds, the smallest unit, keep their fraction ("9.87 seconds" is PT9.87S)
  if (unit.name === 'second' && !Number.isInteger(total)) return `PT${total}S`;
  return `P${time}${Math.max(1, Math.round(total))}${unit.letter}`;
}

function durationReading(countWord: string, unitWord: string): Reading | null {
  const count = countValue(countWord);
  if (count === null || count === 0 || !isLowercase(unitWord)) return null;
  return fixed('DURATION', durationValue(count, unitInfo(unitWord)));
}

/**
 * Before "a year", "a week": an amount or a plural noun makes it a rate ("$5 million a year", "£1bn a
 * year", "four flights a week").
 */
const RATE_BEFORE = /(?:\d(?:%|bn|m|tn)?|\b(?:million|billion|trillion|percent|[a-z]+[^siu\W]s))\s+$/i;
/** Plural-looking words that are no count nouns. */
const NOT_PLURAL =
  /\b(?:was|has|is|its|his|this|hers|ours|yours|theirs|thus|perhaps|always|sometimes|less|unless|across|as|does)\s+$/i;

/** Whether "a"/"an" and a unit are a rate or an ordinal ("a second group") rather than a duration. */
function isRateOrOrdinal(m: RegExpExecArray): boolean {
  if (!/^an?$/i.test(group(m, 'count'))) return false;
  if (/^seconds?$/i.test(group(m, 'unit'))) return true;
  const before = m.input.slice(Math.max(0, m.index - 30), m.index);
  return RATE_BEFORE.test(before) && !NOT_PLURAL.test(before);
}

/** What follows a fraction "a quarter": "of", a unit, or the verb of the people it counts ("a quarter said"). */
const FRACTION_AFTER =
  /^ (?:of|percentage|point|said|say|says|were|are|was|is|have|had|think|thought|believe|want|wanted|voted|backed|supported|opposed)\b/;
/** What comes before a fraction "a quarter": a change by it ("fell by nearly a quarter"). */
const FRACTION_BEFORE =
  /\bby\s+(?:(?:nearly|almost|about|around|roughly|over|under|more than|less than|just over|just under)\s+)?$/i;

/**
 * Whether a "quarter" is a fraction ("a quarter of a point", "a quarter percentage point", "sales fell by a
 * quarter") or the idiom "in some quarters" (some circles) rather than three months.
 */
function isFractionOrIdiom(m: RegExpExecArray, after: string): boolean {
  if (!/^quarters?$/i.test(group(m, 'unit'))) return false;
  const count = group(m, 'count');
  if (/^some$/i.test(count)) return true;
  return (
    /^(?:an?|one)$/i.test(count) && (FRACTION_AFTER.test(after) || FRACTION_BEFORE.test(m.input.slice(0, m.index)))
  );
}

/**
 * What may stand between "the" and a count: "the past two months", "the first nine months", "the next few
 * days"; "last" only after "the", as without it it is the verb ("expected to last five months").
 */
const WHICH = '(?:past|(?<=\\bthe )last|next|first|coming|previous|preceding|final|following|latest|remaining|initial)';
/** What may stand between a count and its unit: "two more weeks", "eight trading days". */
const BETWEEN = '(?:more|additional|full|straight|consecutive|trading|business|working|calendar)';

/** Spans of time. A unit after a count is a duration unless it says how old someone is ("37 years old"). */
export const DURATION_RULES: TimeRule[] = [
  // "The talks lasted three hours." / "the past two months" / "several years" / "5 1/2 hours" / "two to three weeks"
  {
    id: 'duration',
    pattern: words(
      `(?:(?:the|another|an additional) )?(?:${WHICH} )?(?<count>${COUNT})(?:(?: to| or) ${COUNT})?(?: ${BETWEEN})? (?<unit>${UNIT})(?! (?:old|of age)\\b)`,
    ),
    extract: (m) => {
      const after = m.input.slice(m.index + m[0].length);
      if (/^(?: ago|-old| old)/.test(after) || isRateOrOrdinal(m) || isFractionOrIdiom(m, after)) return null;
      return durationReading(group(m, 'count'), group(m, 'unit'));
    },
  },
  // "a five-year plan" / "the 30-day waiting period" / "a 16-hour flight"
  {
    id: 'hyphen-duration',
    pattern: words(
      `(?<count>\\d+|${COUNT})-(?<unit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?(?!-old)`,
    ),
    extract: (m) => durationReading(group(m, 'count'), group(m, 'unit')),
  },
  // "a minute and a half"
  {
    id: 'unit-and-a-half',
    pattern: words(`(?:a|an|one) (?<unit>${UNIT}) and a half`),
    extract: (m) => durationReading('1 1/2', group(m, 'unit')),
  },
  // "It has been troubled for years." / "within weeks": a bare plural after a preposition of extent
  {
    id: 'bare-plural-duration',
    pattern:
      /(?<=\b(?:[Ff]or|[Ww]ithin|[Oo]ver|[Ii]n) )(?<unit>centuries|decades|years|months|weeks)\b(?! (?:of|ago|later|earlier|old|before|after)\b)/g,
    extract: (m) => fixed('DURATION', durationValue('X', unitInfo(group(m, 'unit')))),
  },
  // "in recent years": TimeML reads it as the past in general, unlike "recent weeks", a span
  {
    id: 'recent-years',
    pattern: words('recent years'),
    extract: () => fixed('DATE', 'PAST_REF'),
  },
  // "in recent weeks" / "the coming weeks" / "the weeks ahead": a span of unknown length
  {
    id: 'vague-duration',
    pattern: words(
      '(?:(?:the )?(?:recent|coming|past few|last few) (?<unit>days|weeks|months|years|decades)|the (?<unitAhead>days|weeks|months|years) ahead)',
    ),
    extract: (m) => fixed('DURATION', durationValue('X', unitInfo(group(m, 'unit') || group(m, 'unitAhead')))),
  },
];
