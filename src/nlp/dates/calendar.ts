/** A calendar day (proleptic Gregorian); `month` is 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromUtc(ms: number): Day {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD` (a longer ISO string is cut to its date) as a Day, or null when it is no real date. */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * MS_PER_DAY);
}

/** Days from `a` to `b` (negative when `b` comes first). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** ISO weekday: 1 Monday ... 7 Sunday. */
export function weekdayOf(d: Day): number {
  return ((new Date(toUtc(d)).getUTCDay() + 6) % 7) + 1;
}

/** Month arithmetic: `addMonths(1998, 1, -1)` is December 1997. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

/** The ISO week a day falls in (the week's Thursday decides its year). */
function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const firstThursday = addDays(
    { year: thursday.year, month: 1, day: 4 },
    4 - weekdayOf({ year: thursday.year, month: 1, day: 4 }),
  );
  return { year: thursday.year, week: 1 + daysBetween(firstThursday, thursday) / 7 };
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The Monday of ISO week `week` of `year`. */
export function mondayOfWeek(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, (week - 1) * 7 - (weekdayOf(jan4) - 1));
}

/** Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The `n`th given weekday of a month (`n` = -1 for the last one). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
}
