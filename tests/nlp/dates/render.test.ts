import { describe, expect, it } from 'vitest';
import { renderTimeValue } from '../../../src/nlp/dates/index.js';

const ROWS: [value: string, rendered: string][] = [
  ['2015-12-18', 'Friday, December 18, 2015'],
  ['2011-03', 'March 2011'],
  ['2015-W50', 'the week of December 7, 2015'],
  ['2015-W50-WE', 'the weekend of December 12, 2015'],
  ['1998-Q1', 'the first quarter of 1998'],
  ['1990-H2', 'the second half of 1990'],
  ['1998-SU', 'summer 1998'],
  ['2015', '2015'],
  ['199', 'the 1990s'],
  ['19', 'the 20th century'],
  ['2015-12-18T14:00', 'Friday, December 18, 2015, 2 p.m.'],
  ['2015-12-18T09:30', 'Friday, December 18, 2015, 9:30 a.m.'],
  ['2015-12-16TNI', 'Wednesday, December 16, 2015, in the night'],
  ['P3D', '3 days'],
  ['P1D', '1 day'],
  ['PT5H30M', '5 hours 30 minutes'],
  ['PXY', 'several years'],
  ['P2Y6M', '2 years 6 months'],
  ['PRESENT_REF', 'now'],
  ['PAST_REF', 'in the past'],
  ['FUTURE_REF', 'in the future'],
  ['XXXX-WXX-5', 'Friday'],
  ['XXXX-12-18', 'December 18'],
];

describe('renderTimeValue', () => {
  for (const [value, rendered] of ROWS) {
    it(`renders ${value} as "${rendered}"`, () => expect(renderTimeValue(value)).toBe(rendered));
  }

  it('gives back a value it cannot read, or a day that does not exist, as it is', () => {
    expect(renderTimeValue('2015-02-30')).toBe('2015-02-30');
    expect(renderTimeValue('sometime')).toBe('sometime');
  });
});
