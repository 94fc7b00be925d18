import { expect, test } from 'vitest';
import { createRateLimiter } from '../../src/bot/rate-limit.js';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test('a user gets `limit` commands per window, then is told how long to wait', () => {
  const time = clock();
  const limiter = createRateLimiter({ limit: 3, windowMs: 10_000, now: time.now });
  const verdicts = [0, 1000, 2000, 3000].map((at) => {
    time.advance(at === 0 ? 0 : 1000);
    return limiter.take('u1');
  });
  expect(verdicts).toEqual([
    { allowed: true },
    { allowed: true },
    { allowed: true },
    { allowed: false, retryAfterMs: 7000 },
  ]);
});

test('the window slides: the oldest command leaving it makes room for one more', () => {
  const time = clock();
  const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, now: time.now });
  limiter.take('u1');
  time.advance(5000);
  limiter.take('u1');
  time.advance(5001);
  expect(limiter.take('u1')).toEqual({ allowed: true });
  expect(limiter.take('u1')).toEqual({ allowed: false, retryAfterMs: 4999 });
});

test('users are counted apart', () => {
  const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, now: () => 0 });
  expect(limiter.take('u1')).toEqual({ allowed: true });
  expect(limiter.take('u2')).toEqual({ allowed: true });
  expect(limiter.take('u1').allowed).toBe(false);
});

test('refused commands do not count: waiting out the window is enough', () => {
  const time = clock();
  const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: time.now });
  limiter.take('u1');
  for (let i = 0; i < 5; i++) {
    time.advance(100);
    limiter.take('u1');
  }
  time.advance(501);
  expect(limiter.take('u1')).toEqual({ allowed: true });
});

test('the default is 5 commands per 10 seconds', () => {
  const limiter = createRateLimiter({ now: () => 0 });
  const allowed = Array.from({ length: 6 }, () => limiter.take('u1').allowed);
  expect(allowed).toEqual([true, true, true, true, true, false]);
});
