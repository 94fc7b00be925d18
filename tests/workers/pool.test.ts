import { describe, expect, it } from 'vitest';
import { batchesOf, runInWorkers } from '../../src/workers/pool.js';

describe('batchesOf', () => {
  const rows: [number[], number, number[][]][] = [
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [
      [1, 2, 3, 4],
      2,
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [[1, 2], 5, [[1, 2]]],
    [[], 3, []],
  ];
  it.each(rows)('%j by %i', (items, size, expected) => {
    expect(batchesOf(items, size)).toEqual(expected);
  });
});

describe('runInWorkers', () => {
  const WORKER = new URL('./fixtures/double-worker.ts', import.meta.url);

  // [batches, threads]: each reply comes back under its batch's id, whatever worker did it
  const rows: [number[][], number][] = [
    [[[1, 2], [3], [4, 5, 6]], 1],
    [[[1, 2], [3], [4, 5, 6], [7]], 2],
    [[], 2],
  ];
  it.each(rows)('%j on %i thread(s)', async (batches, threads) => {
    const replies = new Map<number, number[]>();
    await runInWorkers<number[], number[]>(WORKER, batches, threads, ({ id, work }) => replies.set(id, work));
    expect([...replies.keys()].sort()).toEqual(batches.map((_, i) => i));
    expect(batches.map((_, i) => replies.get(i))).toEqual(batches.map((b) => b.map((n) => n * 2)));
  });

  it('rejects when a worker fails', async () => {
    await expect(runInWorkers(WORKER, [[1], [-1], [2]], 2, () => {})).rejects.toThrow('negative number');
  });

  it('rejects when a reply cannot be taken in', async () => {
    const refuse = (): void => {
      throw new Error('no room');
    };
    await expect(runInWorkers(WORKER, [[1]], 1, refuse)).rejects.toThrow('no room');
  });
});
