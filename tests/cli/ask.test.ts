import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { PLAIN_BOLD, readableAnswer, runAsk } from '../../src/cli/ask.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { openLibrary } from '../../src/library.js';
import { createNewsbot } from '../../src/newsbot.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const newsbot = createNewsbot(openLibrary({ corpusDir: SEEDS, cacheDir: null }), { cacheDir: null });

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function batchFile(lines: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-ask-'));
  folders.push(dir);
  const file = path.join(dir, 'questions.jsonl');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function run(positionals: string[], options: { article?: string; batch?: string; json: boolean }): string[] {
  const out: string[] = [];
  runAsk(newsbot, positionals, options, (line) => out.push(line));
  return out;
}

describe('newsbot ask', () => {
  it('prints the answer, each evidence sentence with the answer marked, and its source', () => {
    const [text] = run(['when', 'is', 'the', 'New', 'York', 'meeting'], { json: false });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Friday, December 18, 2015 {3}\(confidence 0\.\d\d\)$/);
    expect(text).toContain('**this Friday, December 18**');
    expect(text).toContain('— US, Russia agree to push ahead with Syria talks (2015-12-17)');
  });

  it('prints one JSON object in the interface shape with --json', () => {
    const answer = JSON.parse(run(['who is John Kirby'], { json: true })[0]) as Answer;
    expect(answer).toMatchObject({
      question: 'who is John Kirby',
      kind: 'who',
      answer: expect.stringMatching(/spokesman/),
    });
    expect(answer.evidence[0]).toMatchObject({ article: '001_b1c9cb2b70b6979d', date: '2015-12-17' });
  });

  it('says so when the articles do not answer, with the nearest sentences', () => {
    const [text] = run(['When did Putin visit Washington?'], { json: false });
    expect(text.split('\n').slice(0, 2)).toEqual(["The articles don't say.", 'Nearest sentences:']);
  });

  it('answers a batch one line per question, in order, keeping ids and restrictions', () => {
    const file = batchFile([
      JSON.stringify({ id: 'a', question: 'when is the New York meeting' }),
      '',
      JSON.stringify({ id: 'b', question: 'who is Lavrov', article: '000_58b9108ddbc716e4' }),
      'not json',
      JSON.stringify({ id: 'c', question: 'who is Lavrov', article: 'missing' }),
      JSON.stringify({ id: 'd', question: '' }),
    ]);
    const answers = run([], { batch: file, json: true }).map((line) => JSON.parse(line) as Answer);
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', '4', 'c', 'd']);
    expect(answers[0].value).toBe('2015-12-18');
    expect(answers[1].evidence.every((e) => e.article === '000_58b9108ddbc716e4')).toBe(true);
    expect(answers[2]).toMatchObject({ answer: null, note: expect.stringMatching(/line 4 .* not a JSON object/) });
    expect(answers[3]).toMatchObject({ answer: null, note: 'No article has the id "missing".' });
    expect(answers[4]).toMatchObject({ answer: null, note: expect.stringMatching(/Ask a question/) });
  });

  it('is a usage error without a question or with an unreadable batch file', () => {
    expect(() => run(['  '], { json: false })).toThrow(UsageError);
    expect(() => run([], { batch: '/no/such/file.jsonl', json: true })).toThrow(/cannot read the batch file/);
  });
});

describe('readableAnswer', () => {
  const answer: Answer = {
    question: 'q',
    kind: 'where',
    answer: 'Moscow',
    confidence: 0.8,
    evidence: [
      {
        article: 'a',
        title: 'Talks',
        date: null,
        inferredDate: '2015-12-15',
        sentence: `${'word '.repeat(100)}talks in Moscow on\nTuesday.`,
        start: 100,
        end: 100 + 'word '.length * 100 + 'talks in Moscow on\nTuesday.'.length,
        answerStart: 100 + 'word '.length * 100 + 'talks in '.length,
        answerEnd: 100 + 'word '.length * 100 + 'talks in Moscow'.length,
      },
    ],
  };

  it('cuts a long sentence around the answer, on one line, and gives the inferred date', () => {
    const text = readableAnswer(answer, PLAIN_BOLD);
    expect(text).toContain('…word word');
    expect(text).toContain('talks in **Moscow** on Tuesday.');
    expect(text).toContain('— Talks (undated, about 2015-12-15)');
    expect(text.split('\n')[1].length).toBeLessThan(360);
  });
});
