import type { Fault } from './server.js';

/**
 * Discord's answers when something is wrong on its side, as documented
 * (https://discord.com/developers/docs/topics/rate-limits, .../topics/opcodes-and-status-codes), for
 * `FakeDiscord.inject`. `path` picks the requests: an interaction's token, and the route's last part.
 */

/** 429 on a route: wait `retryAfter` seconds (the body's float; the header rounds it up, as Discord does). */
export function rateLimited(method: string, path: string, retryAfter: number): Fault {
  return {
    method,
    path,
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    headers: {
      'retry-after': String(Math.ceil(retryAfter)),
      'x-ratelimit-scope': 'user',
    },
  };
}

/** 500: Discord failed; the request may be retried. `times` in a row. */
export function serverError(method: string, path: string, times = 1): Fault {
  return { method, path, times, status: 500, body: { message: '500: Internal Server Error', code: 0 } };
}
