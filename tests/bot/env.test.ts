import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** The environment files (issue 9, security): `.env` holds the token and stays out of git; the example holds none. */

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** interface.md, section 4, and SHARDS (issue 7). */
const VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_CLIENT_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_API_BASE',
  'CORPUS_DIR',
  'NEWSBOT_CACHE_DIR',
  'LOG_LEVEL',
  'SHARDS',
];

function assignments(text: string): [string, string][] {
  return text
    .split('\n')
    .filter((line) => /^\s*[A-Z_]+\s*=/.test(line))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}

test('.env is git-ignored, and .env.example is not', () => {
  const patterns = read('.gitignore')
    .split('\n')
    .map((line) => line.trim());
  expect(patterns).toContain('.env');
  expect(patterns.some((p) => p.startsWith('!') || p === '.env*' || p === '*.example')).toBe(false);
});

describe('.env.example', () => {
  const text = read('.env.example');

  test('lists every variable, each under a comment', () => {
    const lines = text.split('\n');
    expect(assignments(text).map(([name]) => name)).toEqual(VARIABLES);
    for (const name of VARIABLES) {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(lines[at - 1], name).toMatch(/^# \S/);
    }
  });

  test('has no secrets: every value is empty, and nothing looks like a token', () => {
    expect(assignments(text).filter(([, value]) => value !== '')).toEqual([]);
    expect(text).not.toMatch(/[\w-]{20,}\.[\w-]{6,}\.[\w-]{20,}/);
  });
});
