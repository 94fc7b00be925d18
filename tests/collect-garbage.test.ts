import { afterEach, describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/collect-garbage.js';

const exposed = (globalThis as { gc?: () => void }).gc;
afterEach(() => {
  (globalThis as { gc?: () => void }).gc = exposed;
});

describe('collectGarbage', () => {
  // [what the process exposes, collected]
  const rows: [string, (() => void) | undefined, boolean][] = [
    ['a collector (node --expose-gc)', () => {}, true],
    ['none', undefined, false],
  ];
  it.each(rows)('with %s: %s', (_, gc, collected) => {
    let calls = 0;
    (globalThis as { gc?: () => void }).gc = gc && (() => calls++);
    expect(collectGarbage()).toBe(collected);
    expect(calls).toBe(collected ? 1 : 0);
  });
});
