import { describe, expect, it } from 'vitest';
import { parseHeaderDate } from '../../src/corpus/header-date.js';

describe('parseHeaderDate', () => {
  const rows: [string, string | null][] = [
    ['2013-03-22', '2013-03-22'],
    ['2015-12-17T01:00:00Z', '2015-12-17'],
    ['2015/12/17', '2015-12-17'],
    ['20151217', '2015-12-17'],
    ['Thursday, December 17, 2015 - 01:00', '2015-12-17'],
    ['January 8, 1999', '1999-01-08'],
    ['Dec. 17 2015', '2015-12-17'],
    ['Sept 3rd, 2001', '2001-09-03'],
    ['8 Jan 1999', '1999-01-08'],
    ['Fri, 18 Dec 2015 10:00:00 GMT', '2015-12-18'],
    ['12/17/2015', '2015-12-17'],
    ['17/12/2015', '2015-12-17'],
  ];
  for (const [raw, expected] of rows) {
    it(`reads "${raw}" as ${expected}`, () => expect(parseHeaderDate(raw)).toBe(expected));
  }

  const negatives: string[] = ['', 'yesterday', 'December 17', 'Friday', '2015-02-30', 'February 30, 2015', 'n/a'];
  for (const raw of negatives) {
    it(`finds no date in "${raw}"`, () => expect(parseHeaderDate(raw)).toBeNull());
  }
});
