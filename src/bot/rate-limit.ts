export interface RateLimitOptions {
  /** Commands a user may run per window. Default 5. */
  limit: number;
  /** The window, in milliseconds. Default 10,000. */
  windowMs: number;
  /** The clock. Default `Date.now`. */
  now: () => number;
}

export const defaultRateLimitOptions: RateLimitOptions = { limit: 5, windowMs: 10_000, now: Date.now };

/** The verdict on one more command: go ahead, or wait this long. */
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  take(key: string): RateLimitVerdict;
}

/**
 * A sliding-window limit per key (a user id): at most `limit` commands in any `windowMs`. In memory, so per
 * process: with shards, a user's budget is per shard, which only makes the limit looser.
 */
export function createRateLimiter(options: Partial<RateLimitOptions> = {}): RateLimiter {
  const { limit, windowMs, now } = { ...defaultRateLimitOptions, ...options };
  const recent = new Map<string, number[]>();
  let lastSweep = now();
  // Users who stopped asking are forgotten once a window, so the map does not grow with every user ever seen.
  const sweep = (time: number) => {
    if (time - lastSweep < windowMs) return;
    lastSweep = time;
    for (const [key, times] of recent) {
      if (times[times.length - 1] <= time - windowMs) recent.delete(key);
    }
  };
  return {
    take(key) {
      const time = now();
      sweep(time);
      const times = (recent.get(key) ?? []).filter((t) => t > time - windowMs);
      if (times.length >= limit) {
        recent.set(key, times);
        return { allowed: false, retryAfterMs: times[0] + windowMs - time };
      }
      times.push(time);
      recent.set(key, times);
      return { allowed: true };
    },
  };
}
