import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createLogger, redactInteractionTokens, redactSecrets } from '../../src/log.js';

const TOKEN = 'NzAwMDAwMDAwMDAwMDAwMDAx.Gx1y2z.abcdefghijklmnopqrstuvwxyz0123';

function capture(): { lines: string[]; destination: Writable } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

test('the token never reaches the log: not in messages, fields, errors, nor any of its parts', () => {
  const { lines, destination } = capture();
  const logger = createLogger({ level: 'trace', destination, secrets: [TOKEN] });
  logger.debug(`Provided token: ${TOKEN.split('.')[0]}.${TOKEN.split('.')[1]}.*****`);
  logger.info({ token: TOKEN, config: { discordToken: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } }, 'fields');
  logger.error({ err: new Error(`login failed with ${TOKEN}`) }, 'error');
  const text = lines.join('');
  expect(lines).toHaveLength(3);
  for (const part of TOKEN.split('.')) expect(text).not.toContain(part);
  expect(text).toContain('[redacted]');
});

test('structured: one JSON object a line, with the level and the fields given', () => {
  const { lines, destination } = capture();
  createLogger({ level: 'info', destination }).info({ command: 'ask', ms: 12 }, 'answered');
  expect(JSON.parse(lines[0])).toMatchObject({ level: 30, command: 'ask', ms: 12, msg: 'answered' });
});

test('the level filters', () => {
  const { lines, destination } = capture();
  const logger = createLogger({ level: 'warn', destination });
  logger.info('hidden');
  logger.warn('shown');
  expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['shown']);
});

test('redactSecrets leaves short parts alone (they would blank out ordinary words)', () => {
  expect(redactSecrets('a.b.c and abcdefgh', ['a.b.c', 'abcdefgh'])).toBe('a.b.c and [redacted]');
});

describe('redactInteractionTokens', () => {
  const rows: [string, string][] = [
    [
      'http://x/api/v10/interactions/123/aW50ZXJhY3Rpb24:tok-en_1/callback?with_response=false',
      'http://x/api/v10/interactions/123/[redacted]/callback?with_response=false',
    ],
    ['/webhooks/700/aW50ZXJhY3Rpb24/messages/%40original', '/webhooks/700/[redacted]/messages/%40original'],
    ['/webhooks/700/tok', '/webhooks/700/[redacted]'],
    ['/interactions/:id/:token/callback', '/interactions/:id/:token/callback'],
    ['/channels/123/messages', '/channels/123/messages'],
  ];
  for (const [text, expected] of rows) {
    test(text, () => {
      expect(redactInteractionTokens(text)).toBe(expected);
    });
  }
});

test('discord.js errors are logged without the interaction token of their URL', () => {
  const { lines, destination } = capture();
  const error = Object.assign(new Error('Unknown interaction'), {
    url: 'http://127.0.0.1:1/api/v10/interactions/9/secret-interaction-token/callback',
  });
  createLogger({ level: 'info', destination }).warn({ err: error }, 'expired');
  const logged = JSON.parse(lines[0]);
  expect(logged.err.url).toBe('http://127.0.0.1:1/api/v10/interactions/9/[redacted]/callback');
  expect(lines[0]).not.toContain('secret-interaction-token');
});
