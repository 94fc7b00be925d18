import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitFor } from '../fake-discord/child.js';
import { rateLimited, serverError } from '../fake-discord/faults.js';
import { type Harness, seedsNewsbot, startHarness } from '../fake-discord/harness.js';
import type { FakeInteraction, GatewaySession } from '../fake-discord/server.js';

/**
 * Discord failing under the bot (issue 9): rate limits, server errors, a dropped gateway, an invalidated
 * session, an expired interaction. Each is logged and survived, and the next command is answered.
 */

let h: Harness;

beforeAll(async () => {
  h = await startHarness(seedsNewsbot(), { rateLimit: { limit: 100 } });
});

afterAll(async () => {
  await h?.close();
});

/** What the bot asked about this interaction, and what the fake answered: `POST callback 429`. */
function exchanges(interaction: FakeInteraction): string[] {
  return h.fake.requests
    .filter((r) => r.path.includes(interaction.token))
    .map((r) => {
      const last = r.path.split('/').at(-1);
      return `${r.method} ${last === interaction.token ? 'follow-up' : last} ${r.status}`;
    });
}

/** Log lines with this message, once the bot has written at least `count`. */
async function logged(msg: string, count = 1): Promise<Record<string, unknown>[]> {
  await waitFor(() => h.logs.filter((l) => l.msg === msg).length >= count, `${count} "${msg}" log line(s)`);
  return h.logs.filter((l) => l.msg === msg);
}

/** A command after the fault: answered, as usual. */
async function nextCommandIsAnswered(): Promise<void> {
  const next = h.fake.command('ask', { question: 'who met Putin' });
  const reply = await h.fake.reply(next);
  expect(h.fake.acknowledgedInTime(next)).toBe(true);
  expect(reply.flags & 64).toBe(0);
  expect(reply.embeds[0].author).toEqual({ name: 'who met Putin' });
}

describe('429 with retry_after on the reply', () => {
  let interaction: FakeInteraction;

  beforeAll(async () => {
    interaction = h.fake.command('summary', { sentences: 1 });
    h.fake.inject(rateLimited('POST', `${interaction.token}/callback`, 0.6));
    await h.fake.reply(interaction);
  });

  test('discord.js waits it out and sends again; the reply arrives, acknowledged in time', () => {
    expect(exchanges(interaction)).toEqual(['POST callback 429', 'POST callback 204', 'PATCH @original 200']);
    const [limited, retried] = h.fake.requests.filter((r) => r.path.endsWith(`${interaction.token}/callback`));
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000);
    expect(h.fake.acknowledgedInTime(interaction)).toBe(true);
  });

  test('is logged as a warning with the route, not the token', async () => {
    const [line] = await logged('Discord rate limit; waiting it out');
    expect(line).toMatchObject({
      level: 40,
      route: '/interactions/:id/:token/callback',
      status: 429,
      retryAfterMs: 1000,
    });
  });

  test('and the next command is answered', nextCommandIsAnswered);
});

describe('500 on an edit', () => {
  test('once: discord.js sends it again and the answer arrives; the failure is logged', async () => {
    const interaction = h.fake.command('summary', { sentences: 1 });
    h.fake.inject(serverError('PATCH', `${interaction.token}/messages/@original`));
    const reply = await h.fake.reply(interaction);
    expect(exchanges(interaction)).toEqual(['POST callback 204', 'PATCH @original 500', 'PATCH @original 200']);
    expect(reply.embeds[0].title).toBe('Summary of 2 articles');
    const [line] = await logged('Discord failed; retrying');
    expect(line).toMatchObject({ level: 40, method: 'PATCH', status: 500, attempt: 1 });
  });

  test('every time: logged as a failure, the asker gets the private error notice', async () => {
    const interaction = h.fake.command('summary', { sentences: 1 });
    const attempts = h.bot.client.rest.options.retries + 1;
    h.fake.inject(serverError('PATCH', `${interaction.token}/messages/@original`, attempts));
    const notice = await h.fake.reply(interaction);
    expect(notice.flags & 64).toBe(64);
    expect(notice.content).toBe(`Sorry, something went wrong while answering. (reference ${interaction.id})`);
    expect(exchanges(interaction)).toEqual([
      'POST callback 204',
      ...Array.from({ length: attempts }, () => 'PATCH @original 500'),
      'DELETE @original 204',
      'POST follow-up 200',
    ]);
    await logged('Discord failed; giving up');
    const [failed] = await logged('failed');
    expect(failed).toMatchObject({ level: 50, interaction: interaction.id, outcome: 'failed', err: { status: 500 } });
  });

  test('and the next command is answered', nextCommandIsAnswered);
});

describe('the gateway connection drops (close 1006)', () => {
  let dropped: GatewaySession;
  let resumed: GatewaySession;
  let during: FakeInteraction;

  beforeAll(async () => {
    dropped = h.fake.sessionOf() as GatewaySession;
    h.fake.drop(dropped);
    // Sent while the bot is away: Discord keeps it for the session, and replays it on RESUME.
    during = h.fake.command('summary', { sentences: 1 });
    await h.fake.reply(during);
    resumed = h.fake.sessionOf() as GatewaySession;
  });

  test('the client resumes the session (RESUME, op 6 -> RESUMED) instead of starting a new one', () => {
    expect(dropped.closeCode).toBe(1006);
    expect(resumed).not.toBe(dropped);
    expect(resumed.resumed).toBe(true);
    expect(resumed.sessionId).toBe(dropped.sessionId);
    expect(resumed.received).toContain(6);
    expect(resumed.received).not.toContain(2);
  });

  test('the command sent meanwhile is replayed and answered in time', () => {
    expect(h.fake.acknowledgedInTime(during)).toBe(true);
    expect(exchanges(during)).toEqual(['POST callback 204', 'PATCH @original 200']);
  });

  test('is logged: reconnecting, then resumed with the events replayed', async () => {
    await logged('gateway reconnecting');
    const [line] = await logged('gateway resumed');
    expect(line).toMatchObject({ level: 30, shard: 0 });
    expect(Number(line.replayed)).toBeGreaterThanOrEqual(1);
  });

  test('and the next command is answered', nextCommandIsAnswered);
});

describe('an invalid session (op 9)', () => {
  let invalidated: GatewaySession;
  let fresh: GatewaySession;

  beforeAll(async () => {
    invalidated = h.fake.sessionOf() as GatewaySession;
    const readyBefore = h.logs.filter((l) => l.msg === 'gateway session ready').length;
    h.fake.invalidate(invalidated);
    // discord.js spaces identifies 5 seconds apart, as Discord asks.
    fresh = await h.fake.until(() => h.fake.sessionOf(), 'a new gateway session', 15_000);
    await logged('gateway session ready', readyBefore + 1);
  }, 20_000);

  test('the client identifies again (IDENTIFY, op 2 -> READY): a new session, not a resume', () => {
    expect(fresh).not.toBe(invalidated);
    expect(fresh.sessionId).not.toBe(invalidated.sessionId);
    expect(fresh.received).toContain(2);
    expect(fresh.received).not.toContain(6);
    expect(invalidated.closeCode).toBe(1000);
  });

  test('and the next command is answered', nextCommandIsAnswered);
});

describe('an interaction whose token has expired (10062 Unknown interaction)', () => {
  let interaction: FakeInteraction;

  beforeAll(async () => {
    interaction = h.fake.command('ask', { question: 'when is the New York meeting' });
    h.fake.expire(interaction);
    await logged('the interaction expired before it was answered');
  });

  test('is logged as a warning with the error code, and nothing more is sent for it', () => {
    const line = h.logs.find((l) => l.interaction === interaction.id && l.outcome === 'expired');
    expect(line).toMatchObject({ level: 40, err: { code: 10062, status: 404 } });
    expect(exchanges(interaction)).toEqual(['POST callback 404']);
  });

  test('and the next command is answered', nextCommandIsAnswered);
});

test('no token in the log: neither the bot token nor any interaction token', () => {
  const text = h.logText();
  // A real token's parts are 24, 6 and 27+ characters; the fake's middle "fake" is too short to look for.
  for (const part of h.fake.token.split('.').filter((p) => p.length >= 6)) expect(text).not.toContain(part);
  for (const token of h.fake.interactions.keys()) expect(text).not.toContain(token);
});

test('Discord would have refused nothing, and every live interaction was acknowledged in time', () => {
  expect(h.fake.problems).toEqual([]);
  const late = [...h.fake.interactions.values()].filter((i) => !i.expired && !h.fake.acknowledgedInTime(i));
  expect(late).toEqual([]);
});
