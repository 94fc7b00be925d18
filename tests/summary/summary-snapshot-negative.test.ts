import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeTypedArray } from '../../src/cache/typed-arrays.js';
import { createSummarizer } from '../../src/summary/summarizer.js';
import { cacheFolder, CORRUPTIONS, removeCaches, rewrite, snapshotFileOf, stamped } from '../cache/snapshot-fixture.js';
import { fixtureLibrary } from '../quote/library-fixture.js';
import { summariesOf } from './summary-answers.js';
import { beatArticles } from './topics-fixture.js';

afterAll(removeCaches);

const library = stamped(fixtureLibrary(beatArticles(5)));
const built = summariesOf(createSummarizer(library), library);

/** A snapshot whose article vectors name terms the vocabulary does not have. */
const unknownTerms = (file: string): void =>
  rewrite(file, (s) => ({ ...s, data: { ...s.data, ids: encodeTypedArray(Int32Array.of(1e6, 1e6, 1e6)) } }));

describe('summary snapshot that cannot be used', () => {
  for (const [name, corrupt] of [...CORRUPTIONS, ['naming unknown terms', unknownTerms] as const]) {
    it(`is built again, with the same summaries, when the snapshot is ${name}`, () => {
      const cacheDir = cacheFolder();
      createSummarizer(library, { cacheDir })();
      const file = snapshotFileOf(cacheDir, 'summary');
      corrupt(file);
      expect(summariesOf(createSummarizer(library, { cacheDir }), library)).toEqual(built);
      // and written again whole
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ data: { stems: expect.any(Array) } });
    });
  }
});
