import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.js';
import { openLibrary } from '../../src/library.js';
import { createNewsbot, type Newsbot } from '../../src/newsbot.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const newsbot = createNewsbot(openLibrary({ corpusDir: SEEDS, cacheDir: null }), { cacheDir: null });

/** Types the lines into the console and returns all it printed. */
async function session(lines: string[], bot: Newsbot = newsbot): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  await runConsole(bot, Readable.from(lines.map((l) => `${l}\n`)), output);
  return chunks.join('');
}

describe('local console', () => {
  it('greets, answers /ask and a plain question alike, and says bye at the end of the input', async () => {
    const out = await session(['/ask when is the New York meeting', 'when is the New York meeting']);
    expect(out).toMatch(/^newsbot console: 2 articles loaded/);
    expect(out.match(/Friday, December 18, 2015/g)).toHaveLength(2);
    expect(out).toContain('**this Friday, December 18**');
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('takes article: as an option and reports an unknown article', async () => {
    const out = await session(['/ask who is Lavrov article: nope']);
    expect(out).toContain('No article has the id "nope".');
  });

  it('runs /quote, /summary, /sources and /help', async () => {
    const out = await session(['/quote Lavrov', '/summary sentences:2', '/sources', '/help']);
    expect(out).toContain('Lavrov');
    expect(out).toContain('2 articles, newest first:');
    expect(out).toContain('001_b1c9cb2b70b6979d');
    expect(out).toContain('/exit');
  });

  it('stops at /exit, skips blank lines and names an unknown command', async () => {
    const out = await session(['', '/frobnicate', '/constructor', '/exit', 'when is the New York meeting']);
    expect(out).toContain('Unknown command /frobnicate. Type /help for the commands.');
    expect(out).toContain('Unknown command /constructor. Type /help for the commands.');
    expect(out).not.toContain('December 18');
  });

  it('asks for a question after a bare /ask, and survives hostile lines', async () => {
    const out = await session(['/ask', '@everyone 🤔 **', 'x'.repeat(20_000), '/summary sentences:99']);
    expect(out).toContain('Type a question after /ask');
    expect(out).toContain('Ask a question about the articles');
    expect(out).toContain('sentences: must be a whole number from 1 to 15.');
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('prints the error of a failing command and goes on', async () => {
    const failing = {
      ...newsbot,
      ask: () => {
        throw new Error('newsbot: the index is broken');
      },
    };
    const out = await session(['/ask anything', '/articles'], failing);
    expect(out).toContain('Sorry, that failed: the index is broken');
    expect(out).toContain('2 articles, newest first:');
  });
});
