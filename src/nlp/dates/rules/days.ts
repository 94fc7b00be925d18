import { addDays, type Day, easterSunday, formatDay, nthWeekday } from '../calendar.js';
import { MONTH_ANY, monthNumber, ORDINAL, PART_OF_DAY, partOfDayCode, WEEKDAY, weekdayNumber } from '../lexicon.js';
import { directionOf, fixed, monthDayValue, type ResolveContext, weekdayValue, withTime, yearFor } from '../resolve.js';
import { referenceDay } from './anaphoric.js';
import { followsCapitalisedWord, group, isCapitalised, isLowercase, type TimeRule, words } from './rule.js';

/**
 * Words before a capitalised weekday that make it a name ("Sgt. Joe Friday", "Man Friday") or the name of
 * a Sunday paper ("The Mail on Sunday", "the Independent on Sunday").
 */
const NAME_BEFORE =
  /\b(?:(?:Mr|Mrs|Ms|Dr|Sgt|Sergeant|Detective|Officer|Man|Girl)\.?(?: [A-Z][a-z]+)?|(?:Mail|Independent) on)\s*$/;
/** Words after a weekday that make it the name of a paper or a programme: "Sunday Telegraph", "Sunday Live". */
const TITLE_AFTER =
  /^\s+(?:Telegraph|Times|Mirror|Express|Herald|Post|Mail|Independent|Observer|Tribune|Sport|People|Star|Business|Live|Night|Morning|Evening|Programme|Show|Special|Bloody)\b/;

/** Whether the words around a capitalised weekday make it part of a title ("the Sunday Times alleged"). */
function isTitle(before: string, after: string): boolean {
  return TITLE_AFTER.test(after) || (/\bthe\s+$/i.test(before) && /^\s+[A-Z]/.test(after));
}
/**
 * Where a capitalised "Today" or "Tonight" may stand and still be a day: at the start of a sentence or
 * quote, after a colon or dash. Anywhere else it is a programme: "told Radio 4's Today programme".
 */
const DEICTIC_START = /(?:^|[.:;!?"“(_—–-]|``|'')\s*$/;
/** Words before "Sunday's vote" that look ahead to the event rather than back. */
const LOOKING_AHEAD = /\b(?:ahead of|before|until|till|for|upcoming)\s+$/i;
/** A weekday followed straight away by a speech verb is the speaker's name ("Friday said ..."). */
const SPEECH_AFTER = /^(?:'s)?\s+(?:said|says|told|asked|added|wrote|replied)\b/;
/**
 * "today's" before these nouns is the present in general: "in today's world", "for today's youth", "today's
 * personal computers"; before others it is the day ("in today's editions", "today's vote").
 */
const GENERIC_TODAY_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:world|society|youth|young|generations?|children|kids|teenagers|students|families|consumers|standards|terms|money|dollars|prices|technolog(?:y|ies)|culture|climate|age|era|economy|workplace|computers|cars|media)\b/i;
/** ... unless a preposition puts it in time: "Bush on Tuesday said". */
const PREPOSITION_BEFORE = /\b(?:on|by|since|until|till|before|after|from|through|late|early|earlier|later)\s+$/i;

const DEICTIC_SHIFT: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

/** A day named by a word relative to now: "today", "yesterday", "tomorrow", "tonight". */
function deicticDay(anchor: Day | null, word: string): string {
  return anchor ? formatDay(addDays(anchor, DEICTIC_SHIFT[word.toLowerCase()] ?? 0)) : 'XXXX-XX-XX';
}

/** How a modifier before a weekday moves it: "last Friday", "next Friday", "this Friday". */
function weekdayDirection(modifier: string, ctx: ResolveContext): 'past' | 'future' | 'last' | 'next' {
  switch (modifier.toLowerCase()) {
    case 'last':
    case 'this past':
    case 'past':
    case 'the previous':
      return 'last';
    case 'next':
    case 'this coming':
    case 'coming':
    case 'the following':
      return 'next';
    case 'this':
      return ctx.tense === 'past' ? 'past' : 'future';
    default:
      return directionOf(ctx.tense);
  }
}

/** The value of a day given as a weekday, a deictic word or a month and day, as the clock rules take it. */
function dayWordValue(word: string, ctx: ResolveContext): string {
  const weekday = weekdayNumber(word);
  if (weekday && /day$/i.test(word) && !/^(?:to|yester)day$/i.test(word)) {
    return weekdayValue(ctx.anchor, weekday, directionOf(ctx.tense));
  }
  const monthDay = /^(\S+) (\d+)$/.exec(word);
  const dayMonth = /^(\d+) (\S+)$/.exec(word);
  const month = monthNumber(monthDay?.[1] ?? dayMonth?.[2] ?? '');
  const day = Number(monthDay?.[2] ?? dayMonth?.[1]);
  if (month) return monthDayValue(ctx.anchor, month, day, ctx.tense);
  return deicticDay(ctx.anchor, word);
}

function clockTime(hourWord: string, minuteWord: string, meridiem: string): string | null {
  let hour = Number(hourWord);
  const minute = minuteWord ? Number(minuteWord) : 0;
  if (hour > 23 || minute > 59) return null;
  const pm = /^p/i.test(meridiem);
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (pm && hour < 12) hour += 12;
  if (!pm && meridiem && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const NAMED_TIMES: Record<string, string> = { noon: '12:00', midday: '12:00', midnight: '24:00' };
/** A day a clock time may be given on: "noon Thursday", "9 p.m. EST Nov. 9", "midnight on 1 February". */
const DAY_WORD = `${WEEKDAY}|today|tonight|tomorrow|yesterday|${MONTH_ANY} \\d{1,2}|\\d{1,2} ${MONTH_ANY}`;
/** Time zones news writes after a clock time ("10:35 a.m. EST", "1400 GMT"). */
const ZONE = '(?:GMT|UTC|BST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT)';
/**
 * A 24-hour "HHMM" clock time without a zone after "at", as British news writes it ("kick-off at 1330",
 * "at about 1900 on Sundays"): only where what follows rules out a year ("at 1990 prices").
 */
export const AT_HHMM = `(?<=\\bat (?:about |around |approximately )?)(?<hourAt>[01]\\d|2[0-3])(?<minuteAt>[0-5]\\d)(?=[.,;:!?)]|$| (?:on|and|or|to|until|hours?|hrs|local|today|tonight|tomorrow|${WEEKDAY})\\b)`;
/** Words before a bare "H:MM" (no a.m., zone or day) that make it a time of day: "at 7:15", "by 10:30". */
const CLOCK_CUE =
  /\b(?:at|by|until|till|from|to|before|after|around|about|approximately|since|between|and|shortly|past)\s+$/i;
/** The short US zones ("10 a.m. ET"), taken only after a.m. or p.m.: alone they are other words too. */
const SHORT_ZONE = '(?<=m\\.?) (?:ET|CT|PT)';

/**
 * What a holiday's name may stand before as a thing rather than a time: "a Christmas tree", "a Christmas
 * present", "Easter eggs", and names ("Christmas Island", "the Easter Rising").
 */
const HOLIDAY_THING =
  /^(?:\s+(?:trees?|cards?|presents?|gifts?|messages?|carols?|cheer|decorations?|dinners?|lights|pudding|spirit|songs?|single|number one|stockings?|eggs?|bunny|parade)\b|\s+[A-Z][a-z])/;

/** Holidays on a fixed date, or computed from the year. */
const HOLIDAYS: Record<string, (year: number) => Day> = {
  christmas: (year) => ({ year, month: 12, day: 25 }),
  'christmas day': (year) => ({ year, month: 12, day: 25 }),
  'christmas eve': (year) => ({ year, month: 12, day: 24 }),
  "new year's day": (year) => ({ year, month: 1, day: 1 }),
  "new year's eve": (year) => ({ year, month: 12, day: 31 }),
  'independence day': (year) => ({ year, month: 7, day: 4 }),
  halloween: (year) => ({ year, month: 10, day: 31 }),
  "valentine's day": (year) => ({ year, month: 2, day: 14 }),
  'thanksgiving day': (year) => nthWeekday(year, 11, 4, 4),
  thanksgiving: (year) => nthWeekday(year, 11, 4, 4),
  'labor day': (year) => nthWeekday(year, 9, 1, 1),
  'memorial day': (year) => nthWeekday(year, 5, 1, -1),
  easter: (year) => easterSunday(year),
  'easter sunday': (year) => easterSunday(year),
  'good friday': (year) => addDays(easterSunday(year), -2),
  'election day': (year) => addDays(nthWeekday(year, 11, 1, 1), 1),
};

/**
 * Days: weekdays, today and its neighbours, clock times, holidays. A weekday with a date ("Friday, Dec.
 * 18") is a calendar-date rule; it is longer, so it wins over the bare weekday here.
 */
export const DAY_RULES: TimeRule[] = [
  // "Kerry met Putin on Tuesday." / "will meet next Friday" / "late Friday night" / "on Tuesday nights"
  {
    id: 'weekday',
    pattern: words(
      `(?:(?<modifier>last|next|this(?: coming| past)?|coming|past|the previous|the following) )?(?<weekday>${WEEKDAY})(?<plural>s)?(?:'s)?(?: (?<part>${PART_OF_DAY})s?)?`,
    ),
    extract: (m) => {
      const word = group(m, 'weekday');
      const weekday = weekdayNumber(word);
      if (!weekday || !isCapitalised(word)) return null;
      const before = m.input.slice(0, m.index);
      const after = m.input.slice(m.index + m[0].length);
      const named =
        NAME_BEFORE.test(before) ||
        isTitle(before, after) ||
        isCapitalised(group(m, 'part')) || // "Saturday Night Takeaway"
        (SPEECH_AFTER.test(after) && !PREPOSITION_BEFORE.test(before));
      if (!group(m, 'modifier') && named) return null;
      const part = group(m, 'part') ? partOfDayCode(group(m, 'part')) : '';
      if (group(m, 'plural')) return fixed('SET', `XXXX-WXX-${weekday}${part ? `T${part}` : ''}`);
      // "get around Wednesday's ruling": a weekday owning an event names one that has happened, unless the
      // words before look ahead to it ("ahead of Sunday's vote"), when the clause decides as usual
      const possessive = /'s$/.test(m[0]) && !group(m, 'modifier') && !LOOKING_AHEAD.test(before);
      // "down 4.5% from the previous Friday" after a story of Friday's trading, "the following Monday": counted
      // from the day the narration is on, as "the previous day" is, not from the article's date
      const anaphoric = /^the /i.test(group(m, 'modifier'));
      return {
        type: part ? 'TIME' : 'DATE',
        resolve: (ctx) => {
          const direction = possessive ? 'past' : weekdayDirection(group(m, 'modifier'), ctx);
          const day = weekdayValue(anaphoric ? referenceDay(ctx) : ctx.anchor, weekday, direction);
          return part ? withTime(day, part) : day;
        },
      };
    },
  },
  // "The ministers met today." / "yesterday afternoon" / "tonight"
  {
    id: 'deictic-day',
    pattern: words(`(?<word>today|tonight|tomorrow|yesterday)(?:'s)?(?: (?<part>${PART_OF_DAY}))?`),
    extract: (m) => {
      const word = group(m, 'word').toLowerCase();
      const before = m.input.slice(0, m.index);
      if (word === 'today' && /'s$/.test(m[0]) && GENERIC_TODAY_AFTER.test(m.input.slice(m.index + m[0].length)))
        return null;
      if (isCapitalised(group(m, 'word')) && !DEICTIC_START.test(before)) return null;
      const part = group(m, 'part') ? partOfDayCode(group(m, 'part')) : '';
      return {
        type: part ? 'TIME' : 'DATE',
        resolve: ({ anchor }) => (part ? withTime(deicticDay(anchor, word), part) : deicticDay(anchor, word)),
      };
    },
  },
  // "Police said this morning ..." / "last night's attack"
  {
    id: 'part-of-today',
    pattern: words(`(?<which>this|last) (?<part>${PART_OF_DAY})`),
    extract: (m) => {
      const part = partOfDayCode(group(m, 'part'));
      const shift = group(m, 'which').toLowerCase() === 'last' ? -1 : 0;
      return {
        type: 'TIME',
        resolve: ({ anchor }) => withTime(anchor ? formatDay(addDays(anchor, shift)) : 'XXXX-XX-XX', part),
      };
    },
  },
  // "Shares were up at mid-afternoon yesterday." / "late evening Friday": the part of the day put first
  {
    id: 'part-before-day',
    pattern: words(`(?<part>morning|afternoon|evening) (?<day>${WEEKDAY}|today|tomorrow|yesterday)`),
    extract: (m) => {
      const day = group(m, 'day');
      if (!isLowercase(group(m, 'part')) || (weekdayNumber(day) && !isCapitalised(day))) return null;
      const part = partOfDayCode(group(m, 'part'));
      return { type: 'TIME', resolve: (ctx) => withTime(dayWordValue(day, ctx), part) };
    },
  },
  // "the day before yesterday" / "the day after tomorrow"
  {
    id: 'day-before-yesterday',
    pattern: words('the day (?<which>before yesterday|after tomorrow)'),
    extract: (m) => {
      const shift = /^before/i.test(group(m, 'which')) ? -2 : 2;
      return { type: 'DATE', resolve: ({ anchor }) => (anchor ? formatDay(addDays(anchor, shift)) : 'XXXX-XX-XX') };
    },
  },
  // "It's the second day of the offensive." / "Today is the eighth day of the strike.": told in the present,
  // the day counted is the day of writing (not "it was the third day", which needs the day it counts from)
  {
    id: 'nth-day-now',
    pattern: words(`(?:the )?${ORDINAL} (?:straight |consecutive )?day`),
    extract: (m) =>
      /\b(?:is|it's|it’s)\s+$/i.test(m.input.slice(0, m.index)) && isLowercase(m[0])
        ? { type: 'DATE', resolve: ({ anchor }) => deicticDay(anchor, 'today') }
        : null,
  },
  // "The blast hit at 10:35 a.m. (0735 GMT) Friday." / "at noon Thursday" / "9 p.m. EST Nov. 9" / "at 10 a.m.
  // ET on Tuesday" / "by 1700 GMT" / "at 1330" (four digits only with a zone or after "at": alone they are a
  // year) / "by midnight on Monday"; a time without a day is on the day the narration last named
  {
    id: 'clock-time',
    pattern: words(
      `(?:(?<hour>[01]?\\d|2[0-3])(?::(?<minute>[0-5]\\d))? ?(?<meridiem>[ap](?:\\.m\\.|\\.? ?m\\b))|${AT_HHMM}|(?<hour24>[01]?\\d|2[0-3])(?::(?<minute24>[0-5]\\d)|(?<minuteZoned>[0-5]\\d)(?= ?(?:${ZONE}\\b|local time)))|(?<named>noon|midday|midnight))(?: (?:${ZONE}|local time)|${SHORT_ZONE})?(?:,? (?<day>${DAY_WORD}))?(?:(?=,? on (?<onDay>${DAY_WORD})\\b)|)`,
    ),
    extract: (m) => {
      if (!isLowercase(group(m, 'named'))) return null;
      // "won in 14:39.29": a race time, not a time of day
      if (/^[.:]\d/.test(m.input.slice(m.index + m[0].length))) return null;
      // "3:39 was his best": a bare "H:MM" is a time of day only after a word that places it in the day
      if (/^\d{1,2}:\d{2}$/.test(m[0]) && !CLOCK_CUE.test(m.input.slice(0, m.index))) return null;
      const named = group(m, 'named').toLowerCase();
      const time = named
        ? NAMED_TIMES[named]
        : group(m, 'hourAt')
          ? clockTime(group(m, 'hourAt'), group(m, 'minuteAt'), '')
          : group(m, 'hour24')
            ? clockTime(group(m, 'hour24'), group(m, 'minute24') || group(m, 'minuteZoned'), '')
            : clockTime(group(m, 'hour'), group(m, 'minute'), group(m, 'meridiem'));
      if (!time) return null;
      // "by midnight on Monday": the day after "on" is outside the span, but it is the time's day
      const day = group(m, 'day') || group(m, 'onDay');
      return {
        type: 'TIME',
        resolve: (ctx) => withTime(day ? dayWordValue(day, ctx) : deicticDay(referenceDay(ctx), 'today'), time),
      };
    },
  },
  // "shops closed for Christmas" / "on Thanksgiving Day" / "last Easter" (not "a Christmas tree")
  {
    id: 'holiday',
    pattern: words(
      `(?:(?<modifier>last|next|this) )?(?<name>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Halloween|Valentine's Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Easter(?: Sunday)?|Good Friday|Election Day)`,
    ),
    extract: (m) => {
      const name = group(m, 'name');
      const when = HOLIDAYS[name.toLowerCase()];
      if (!when || !isCapitalised(name) || HOLIDAY_THING.test(m.input.slice(m.index + m[0].length))) return null;
      // "National Holocaust Memorial Day", "Orthodox Christmas": another day of the same name
      if (!group(m, 'modifier') && followsCapitalisedWord(m.input.slice(0, m.index))) return null;
      const modifier = group(m, 'modifier').toLowerCase();
      return {
        type: 'DATE',
        resolve: ({ anchor, tense }) => {
          if (!anchor) return 'XXXX-XX-XX';
          const thisYear = when(anchor.year);
          const shift = modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0;
          const year = shift
            ? anchor.year + shift
            : yearFor(anchor, thisYear.month, thisYear.day, modifier === 'this' ? 'future' : tense);
          return formatDay(when(year));
        },
      };
    },
  },
];
