import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * A file path where an article id goes (issue 9, security): the command line looks the id up among the
 * loaded articles and finds none; no file is read. (The bot's `/summary article:` is tested in tests/bot/e2e.)
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function newsbot(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', TSX, 'src/cli/newsbot.ts', ...args, '--corpus', 'seeds', '--no-cache'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('newsbot summary --article ../../etc/passwd', () => {
  test('says there is no such article, and shows nothing of the file', () => {
    const run = newsbot('summary', '--article', '../../etc/passwd');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^no article "\.\.\/\.\.\/etc\/passwd"/i);
    expect(run.stdout + run.stderr).not.toMatch(/root:/);
  });

  test('--json: no sentences, and the message', () => {
    const run = newsbot('summary', '--article', '/etc/passwd', '--json');
    expect(JSON.parse(run.stdout)).toEqual({ sentences: [], message: expect.stringContaining('/etc/passwd') });
  });
});

test('newsbot ask --article ../../etc/passwd: no evidence, and a note naming the missing article', () => {
  const run = newsbot('ask', 'who is root', '--article', '../../etc/passwd', '--json');
  expect(run.status).toBe(0);
  const answer = JSON.parse(run.stdout);
  expect(answer).toMatchObject({ answer: null, evidence: [] });
  expect(answer.note).toContain('../../etc/passwd');
  expect(run.stdout + run.stderr).not.toMatch(/root:x?:/);
});
