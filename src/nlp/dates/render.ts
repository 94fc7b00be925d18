import { addDays, type Day, isValidDay, mondayOfWeek, weekdayOf } from './calendar.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const REFERENCES: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'in the past', FUTURE_REF: 'in the future' };
const DURATION_UNITS: Record<string, string> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  Q: 'quarter',
  E: 'decade',
  C: 'century',
  L: 'millennium',
  TH: 'hour',
  TM: 'minute',
  TS: 'second',
};
const PLURALS: Record<string, string> = { century: 'centuries', millennium: 'millennia' };

function fullDay(d: Day): string {
  return `${WEEKDAYS[weekdayOf(d) - 1]}, ${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

function plainDay(d: Day): string {
  return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function clock(time: string): string {
  if (PARTS_OF_DAY[time]) return PARTS_OF_DAY[time];
  const m = /^(\d{2}):?(\d{2})?/.exec(time);
  if (!m) return time;
  const hour = Number(m[1]);
  const minute = m[2] ?? '00';
  if (hour === 24 || (hour === 0 && minute === '00')) return 'midnight';
  if (hour === 12 && minute === '00') return 'noon';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute === '00' ? '' : `:${minute}`} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

function amount(n: string, unit: string): string {
  if (n === 'X') return `several ${PLURALS[unit] ?? `${unit}s`}`;
  return `${n} ${n === '1' ? unit : (PLURALS[unit] ?? `${unit}s`)}`;
}

/** "P3D" -> "3 days", "PT5H30M" -> "5 hours 30 minutes", "PXY" -> "several years". */
function duration(value: string): string | null {
  const m = /^P(?:((?:\d+|X)[YMWDQECL])*)(?:T((?:\d+|X)[HMS])+)?$/.exec(value);
  if (!m) return null;
  const [datePart, timePart = ''] = value.slice(1).split('T');
  const parts = [
    ...[...datePart.matchAll(/(\d+|X)([YMWDQECL])/g)].map((p) => amount(p[1], DURATION_UNITS[p[2]])),
    ...[...timePart.matchAll(/(\d+|X)([HMS])/g)].map((p) => amount(p[1], DURATION_UNITS[`T${p[2]}`])),
  ];
  return parts.length ? parts.join(' ') : null;
}

interface Shape {
  pattern: RegExp;
  render: (m: RegExpExecArray) => string | null;
}

/** Value shapes, most specific first (a day with a time before a bare day). */
const SHAPES: Shape[] = [
  // 2015-12-18T14:00, 2015-12-18TMO
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})T(.+)$/,
    render: (m) => {
      const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      if (!isValidDay(d.year, d.month, d.day)) return null;
      const part = PARTS_OF_DAY[m[4]];
      return part ? `${fullDay(d)}, in the ${part}` : `${fullDay(d)}, ${clock(m[4])}`;
    },
  },
  // 2015-12-18
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})$/,
    render: (m) => {
      const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      return isValidDay(d.year, d.month, d.day) ? fullDay(d) : null;
    },
  },
  // 2015-W50, 2015-W50-WE
  {
    pattern: /^(\d{4})-W(\d{2})(-WE)?$/,
    render: (m) => {
      const monday = mondayOfWeek(Number(m[1]), Number(m[2]));
      return m[3] ? `the weekend of ${plainDay(addDays(monday, 5))}` : `the week of ${plainDay(monday)}`;
    },
  },
  // 2011-03
  { pattern: /^(\d{4})-(\d{2})$/, render: (m) => `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` },
  // 1998-Q1
  { pattern: /^(\d{4})-Q([1-4])$/, render: (m) => `the ${ORDINALS[Number(m[2]) - 1]} quarter of ${m[1]}` },
  // 1990-H1
  { pattern: /^(\d{4})-H([12])$/, render: (m) => `the ${ORDINALS[Number(m[2]) - 1]} half of ${m[1]}` },
  // 1998-SU
  { pattern: /^(\d{4})-(SP|SU|FA|WI)$/, render: (m) => `${SEASONS[m[2]]} ${m[1]}` },
  // 2015
  { pattern: /^(\d{4})$/, render: (m) => m[1] },
  // 199 (the 1990s)
  { pattern: /^(\d{3})$/, render: (m) => `the ${m[1]}0s` },
  // 19 (the 20th century)
  { pattern: /^(\d{2})$/, render: (m) => `the ${ordinalSuffix(Number(m[1]) + 1)} century` },
  // XXXX-WXX-5: a weekday whose week is unknown
  {
    pattern: /^XXXX-WXX-([1-7])(?:T(\w+))?$/,
    render: (m) => WEEKDAYS[Number(m[1]) - 1] + (m[2] ? ` ${clock(m[2])}` : ''),
  },
  // XXXX-12-18, XXXX-12
  { pattern: /^XXXX-(\d{2})-(\d{2})$/, render: (m) => `${MONTHS[Number(m[1]) - 1] ?? m[1]} ${Number(m[2])}` },
  { pattern: /^XXXX-(\d{2})$/, render: (m) => MONTHS[Number(m[1]) - 1] ?? null },
  // PRESENT_REF, PAST_REF, FUTURE_REF
  { pattern: /^(PRESENT|PAST|FUTURE)_REF$/, render: (m) => REFERENCES[m[0]] },
  // P3D, PT5H30M, PXY
  { pattern: /^P/, render: (m) => duration(m.input) },
];

/**
 * A TimeML value as a person would say it in a reply: "2015-12-18" -> "Friday, December 18, 2015",
 * "2011-03" -> "March 2011", "2015-W50" -> "the week of December 7, 2015", "P3D" -> "3 days". A value of
 * a shape it does not know (or not a real date) comes back as it is.
 */
export function renderTimeValue(value: string): string {
  for (const shape of SHAPES) {
    const m = shape.pattern.exec(value);
    if (!m) continue;
    const rendered = shape.render(m);
    if (rendered) return rendered;
  }
  return value;
}
