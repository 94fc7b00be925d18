import { describe, expect, it } from 'vitest';
import { decodeFloat64Array, decodeInt32Array, encodeTypedArray, withRoom } from '../../src/cache/typed-arrays.js';

describe('typed arrays as base64', () => {
  // [name, array]
  const INT32: [string, Int32Array][] = [
    ['empty', new Int32Array(0)],
    ['negative and extreme', Int32Array.of(-1, 0, 1, 2147483647, -2147483648)],
    ['a view into a larger buffer', new Int32Array(new ArrayBuffer(64), 4, 5).fill(7)],
  ];
  for (const [name, array] of INT32) {
    it(`round-trips an Int32Array (${name})`, () => expect(decodeInt32Array(encodeTypedArray(array))).toEqual(array));
  }

  const FLOAT64: [string, Float64Array][] = [
    ['empty', new Float64Array(0)],
    ['exact doubles', Float64Array.of(0.1, -0, Math.PI, 1e-300, Number.MAX_VALUE, Math.log(2225 / 3))],
  ];
  for (const [name, array] of FLOAT64) {
    it(`round-trips a Float64Array bit for bit (${name})`, () =>
      expect(decodeFloat64Array(encodeTypedArray(array))).toEqual(array));
  }

  // [name, stored value]: what a damaged snapshot may hold instead
  const NOT_ARRAYS: [string, unknown][] = [
    ['a number', 12],
    ['null', null],
    ['a length that is no whole number of elements', Buffer.from([1, 2, 3]).toString('base64')],
  ];
  for (const [name, value] of NOT_ARRAYS) {
    it(`reads ${name} as no array`, () => {
      expect(decodeInt32Array(value)).toBeNull();
      expect(decodeFloat64Array(value)).toBeNull();
    });
  }
});

describe('withRoom', () => {
  // [length, room asked for, length after]: the same array when it has room, else a copy doubled enough
  const rows: [number, number, number][] = [
    [4, 3, 4],
    [4, 4, 4],
    [4, 5, 8],
    [4, 17, 32],
  ];
  it.each(rows)('an array of %i with room for %i: %i long', (length, size, after) => {
    const array = Int32Array.from({ length }, (_, i) => i + 1);
    const roomy = withRoom(array, size);
    expect(roomy.length).toBe(after);
    expect(roomy === array).toBe(after === length);
    expect([...roomy.subarray(0, length)]).toEqual([...array]);
    expect(withRoom(new Uint16Array(2), 3)).toBeInstanceOf(Uint16Array);
  });
});
