import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const WRITER = path.resolve('src/cache/atomic-write.ts');
const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A process that writes a large JSON document `times` times over `file` with writeFileAtomic. */
function writer(file: string, tag: string, times: number): Promise<number | null> {
  const script = `
    import { writeFileAtomic } from ${JSON.stringify(WRITER)};
    const body = JSON.stringify({ tag: ${JSON.stringify(tag)}, items: Array.from({ length: 20000 }, (_, i) => ({ i, text: 'x'.repeat(20) })) });
    for (let n = 0; n < ${times}; n++) writeFileAtomic(${JSON.stringify(file)}, body);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', resolve));
}

describe('writeFileAtomic', () => {
  it('never lets a reader see half a file while two processes write it at once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-atomic-'));
    folders.push(dir);
    const file = path.join(dir, 'snapshot.json');
    const writers = Promise.all([writer(file, 'a', 40), writer(file, 'b', 40)]);
    let done = false;
    writers.then(() => {
      done = true;
    });
    const seen = new Set<string>();
    let reads = 0;
    while (!done) {
      if (fs.existsSync(file)) {
        const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { tag: string; items: unknown[] };
        expect(parsed.items).toHaveLength(20000);
        seen.add(parsed.tag);
        reads++;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await writers).toEqual([0, 0]);
    expect(reads).toBeGreaterThan(0);
    expect([...seen].every((tag) => tag === 'a' || tag === 'b')).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['snapshot.json']);
  });
});
