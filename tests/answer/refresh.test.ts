import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import { refreshLibrary } from '../../src/library.js';
import { useFixtureCorpus } from './fixtures.js';

const fixture = useFixtureCorpus();

const FERRY = `## Title: Ferry service returns to Quillby
## Date: 2021-05-02

The ferry to Quillby Island will run again from Saturday, the harbour authority said.
`;

describe('answerer of a refreshed library', () => {
  it('answers from the articles added since, through the index it took over', async () => {
    const askBefore = createAnswerer(fixture.library, null);
    expect(askBefore('when will the Quillby ferry run again').answer).toBeNull();
    fs.writeFileSync(path.join(fixture.corpus, 'quillby-ferry.txt'), FERRY);
    const next = await refreshLibrary(fixture.library, { corpusDir: fixture.corpus, cacheDir: null });
    if (!next) throw new Error('the corpus did not change');
    const askAfter = createAnswerer(next, null, askBefore);
    const answer = askAfter('when will the Quillby ferry run again');
    expect(answer.answer).toMatch(/Saturday/);
    expect(answer.evidence[0]?.article).toBe('quillby-ferry');
    expect(askAfter('who is the festival director').answer).toMatch(/Mara Olsen/);
  });
});
