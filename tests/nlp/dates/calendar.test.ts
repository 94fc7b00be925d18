import { describe, expect, it } from 'vitest';
import {
  addMonths,
  easterSunday,
  formatDay,
  formatWeek,
  mondayOfWeek,
  nthWeekday,
  parseDay,
  weekdayOf,
} from '../../../src/nlp/dates/calendar.js';

function day(iso: string) {
  const d = parseDay(iso);
  if (!d) throw new Error(`newsbot: bad test date ${iso}`);
  return d;
}

describe('calendar', () => {
  const WEEKS: [day: string, week: string][] = [
    ['2015-12-17', '2015-W51'],
    ['2016-01-01', '2015-W53'],
    ['2008-12-29', '2009-W01'],
    ['1998-03-01', '1998-W09'],
  ];
  for (const [iso, week] of WEEKS) {
    it(`puts ${iso} in ISO week ${week}`, () => expect(formatWeek(day(iso))).toBe(week));
  }

  it('reads weekdays as ISO numbers (Monday 1, Sunday 7)', () => {
    expect(weekdayOf(day('2015-12-17'))).toBe(4);
    expect(weekdayOf(day('2015-12-20'))).toBe(7);
  });

  it('finds the Monday of a week', () => expect(formatDay(mondayOfWeek(2015, 50))).toBe('2015-12-07'));

  it('moves across years by months', () => expect(addMonths(1998, 1, -1)).toEqual({ year: 1997, month: 12 }));

  it('computes movable holidays', () => {
    expect(formatDay(easterSunday(2015))).toBe('2015-04-05');
    expect(formatDay(nthWeekday(2015, 11, 4, 4))).toBe('2015-11-26');
    expect(formatDay(nthWeekday(2015, 5, 1, -1))).toBe('2015-05-25');
  });

  it('rejects days that do not exist', () => {
    expect(parseDay('2015-02-29')).toBeNull();
    expect(parseDay('2016-02-29')).not.toBeNull();
  });
});
