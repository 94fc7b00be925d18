import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/quote/edit-distance.js';

// [a, b, max, distance (max + 1 when over max)]
const ROWS: [string, string, number, number][] = [
  ['lavrov', 'lavrov', 2, 0],
  ['lavrow', 'lavrov', 2, 1],
  ['hael', 'hale', 2, 1],
  ['okafr', 'okafor', 2, 1],
  ['duartte', 'duarte', 2, 1],
  ['kerby', 'kerry', 2, 1],
  ['smith', 'smyth', 2, 1],
  ['jon', 'john', 2, 1],
  ['brandt', 'grant', 2, 2],
  ['ortega', 'ortiz', 1, 2],
  ['zebulon', 'hale', 2, 3],
  ['', 'abc', 3, 3],
];

describe('editDistance', () => {
  for (const [a, b, max, expected] of ROWS) {
    it(`${a} -> ${b} (max ${max})`, () => {
      expect(editDistance(a, b, max)).toBe(expected);
      expect(editDistance(b, a, max)).toBe(expected);
    });
  }
});
