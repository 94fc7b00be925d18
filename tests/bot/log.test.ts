import { Writable } from 'node:stream';
import { expect, test } from 'vitest';
import { createLogger, redactSecrets } from '../../src/log.js';

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
