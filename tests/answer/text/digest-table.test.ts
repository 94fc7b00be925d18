import { describe, expect, it } from 'vitest';
import { type Digest, DigestTable, digestOf } from '../../../src/answer/text/digest-table.js';

describe('digestOf', () => {
  const rows: [string, string, boolean][] = [
    ['The council voted.', 'The council voted.', true],
    ['The council voted.', 'The council voted!', false],
    ['', ' ', false],
  ];
  it.each(rows)('%j and %j: same digest %s', (a, b, same) => {
    expect(digestOf(a).join() === digestOf(b).join()).toBe(same);
  });
});

describe('DigestTable', () => {
  it('numbers digests as they are added and finds each again, past several growths', () => {
    const table = new DigestTable();
    const digests = Array.from({ length: 5000 }, (_, i) => digestOf(`text ${i}`));
    digests.forEach((d, i) => expect(table.add(d)).toBe(i));
    expect(table.size).toBe(5000);
    for (const i of [0, 1, 1023, 1024, 4999]) {
      expect(table.find(digests[i])).toBe(i);
      expect(table.digest(i)).toEqual(digests[i]);
    }
  });

  it('tells apart digests that fall into the same slot', () => {
    const table = new DigestTable();
    // the same first number: the same slot, told apart by the other two
    const digests: Digest[] = [
      [8, 1, 2],
      [8, 1, 3],
      [8, 2, 2],
    ];
    digests.forEach((d) => table.add(d));
    digests.forEach((d, i) => expect(table.find(d)).toBe(i));
  });

  // [added, asked]: not found
  const misses: [Digest[], Digest][] = [
    [[], [1, 2, 3]],
    [[[1, 2, 3]], [1, 2, 4]],
    [[[1, 2, 3]], [3, 2, 1]],
  ];
  it.each(misses)('after %j, %j is not found', (added, asked) => {
    const table = new DigestTable();
    added.forEach((d) => table.add(d));
    expect(table.find(asked)).toBe(-1);
  });

  it('forgets everything when cleared', () => {
    const table = new DigestTable();
    const digest = digestOf('kept');
    table.add(digest);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.find(digest)).toBe(-1);
    expect(table.add(digest)).toBe(0);
  });
});
