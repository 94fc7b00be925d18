import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { forgetStoredTags } from '../../src/answer/text/tag-store.js';
import { type IngestReport, runIngest } from '../../src/cli/ingest.js';
import { openLibrary } from '../../src/library.js';
import { createNewsbot } from '../../src/newsbot.js';

const caches: string[] = [];
afterEach(() => forgetStoredTags());
afterAll(() => caches.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function ingest(cacheDir: string | null): Promise<IngestReport> {
  const newsbot = createNewsbot(openLibrary({ corpusDir: 'seeds', cacheDir }), { cacheDir });
  const lines: string[] = [];
  await runIngest(newsbot, { json: true, startedAt: performance.now(), cacheDir }, (line) => lines.push(line));
  return JSON.parse(lines.join('\n')) as IngestReport;
}

describe('newsbot ingest', () => {
  // [cache folder, tag snapshot left]: tags are tagged ahead only where they can be kept
  const rows: [string, () => string | null, boolean][] = [
    ['with a cache folder', () => fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-ingest-')), true],
    ['without one (--no-cache)', () => null, false],
  ];
  test.each(rows)('%s', async (_, cacheFor, tagged) => {
    const cacheDir = cacheFor();
    if (cacheDir) caches.push(cacheDir);
    const report = await ingest(cacheDir);
    expect(report).toMatchObject({ articles: 2, skipped: 0, cacheDir });
    expect(report.tagSeconds === null).toBe(!tagged);
    expect(cacheDir !== null && fs.existsSync(path.join(cacheDir, 'tags'))).toBe(tagged);
  });
});
