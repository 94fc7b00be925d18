import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../src/library.js';
import { createNewsbot, type Newsbot } from '../src/newsbot.js';
import { forgetStoredTags, hasStoredTags } from '../src/answer/text/tag-store.js';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function corpusOf(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-warm-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** A newsbot whose facts broke after loading (building the index throws), and the warnings it gives. */
function brokenNewsbot(): { newsbot: Newsbot; warnings: string[] } {
  const corpusDir = corpusOf({ 'a.txt': 'Vote\n\nThe council voted on Tuesday.' });
  const warnings: string[] = [];
  const newsbot = createNewsbot(openLibrary({ corpusDir, cacheDir: null }), {
    cacheDir: null,
    onWarning: (message) => warnings.push(message),
  });
  Object.assign(newsbot.library.documents[0].facts, { sentences: null });
  return { newsbot, warnings };
}

describe('warmUp', () => {
  // [corpus, question]: answers after a warm-up are the answers without one
  const rows: [string, Record<string, string>, string][] = [
    ['the seeds', {}, 'when is the New York meeting'],
    ['an empty corpus', { 'notes.md': '' }, 'who is the president'],
    ['a one-line article', { 'a.txt': 'Vote\n\nThe council voted on Tuesday.' }, 'when did the council vote'],
  ];
  for (const [what, files, question] of rows) {
    it(`changes no answer (${what})`, () => {
      const corpusDir = Object.keys(files).length ? corpusOf(files) : 'seeds';
      const cold = createNewsbot(openLibrary({ corpusDir, cacheDir: null }), { cacheDir: null });
      const warm = createNewsbot(openLibrary({ corpusDir, cacheDir: null }), { cacheDir: null });
      warm.warmUp();
      expect(warm.ask(question)).toEqual(cold.ask(question));
    });
  }

  it('reports a failure instead of throwing it', () => {
    const { newsbot, warnings } = brokenNewsbot();
    expect(() => newsbot.warmUp()).not.toThrow();
    expect(warnings).toEqual([expect.stringMatching(/^newsbot: the warm-up failed/)]);
  });

  it('leaves a refresh taking in an added article with the same result', async () => {
    const corpusDir = corpusOf({ 'a.txt': 'Talks\n\nForeign Minister Greta Holm arrived in Oslo.' });
    const newsbot = createNewsbot(openLibrary({ corpusDir, cacheDir: null }), { cacheDir: null });
    newsbot.warmUp();
    fs.writeFileSync(path.join(corpusDir, 'b.txt'), 'Later\n\nThe talks went well, Holm said.');
    expect(await newsbot.refresh()).toBe(true);
    expect(newsbot.library.documents).toEqual(openLibrary({ corpusDir, cacheDir: null }).documents);
  });
});

describe('tagAhead', () => {
  afterEach(() => forgetStoredTags());

  it('changes no answer', async () => {
    const cold = createNewsbot(openLibrary({ corpusDir: 'seeds', cacheDir: null }), { cacheDir: null });
    const expected = cold.ask('who did Kerry meet');
    forgetStoredTags();
    const tagged = createNewsbot(openLibrary({ corpusDir: 'seeds', cacheDir: null }), { cacheDir: null });
    expect((await tagged.tagAhead())?.tagged).toBeGreaterThan(0);
    expect(tagged.ask('who did Kerry meet')).toEqual(expected);
  });

  it('tags the sentences of an article a refresh takes in', async () => {
    const corpusDir = corpusOf({ 'a.txt': 'Talks\n\nForeign Minister Greta Holm arrived in Oslo.' });
    const newsbot = createNewsbot(openLibrary({ corpusDir, cacheDir: null }), { cacheDir: null });
    await newsbot.tagAhead();
    const added = 'The talks in Bergen went well, Holm said.';
    fs.writeFileSync(path.join(corpusDir, 'b.txt'), `Later\n\n${added}`);
    expect(await newsbot.refresh()).toBe(true);
    expect(hasStoredTags(added)).toBe(false);
    // the refresh starts a pass once its caller has had its turn; a call then waits for it and finds nothing new
    await new Promise((resolve) => setImmediate(resolve));
    expect(await newsbot.tagAhead()).toEqual({ sentences: 0, loaded: 0, tagged: 0 });
    expect(hasStoredTags(added)).toBe(true);
  });

  it('reports a failure instead of throwing it', async () => {
    const { newsbot, warnings } = brokenNewsbot();
    expect(await newsbot.tagAhead()).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/^newsbot: tagging ahead failed/)]);
  });
});
