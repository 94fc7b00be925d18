import { afterAll, describe, expect, it } from 'vitest';
import { type Library, openLibrary } from '../../src/library.js';
import { createSummarizer } from '../../src/summary/summarizer.js';
import { ageFile, cacheFolder, isAged, removeCaches, snapshotFileOf, stamped } from '../cache/snapshot-fixture.js';
import { fixtureLibrary } from '../quote/library-fixture.js';
import { MARATHON } from './story-fixture.js';
import { summariesOf } from './summary-answers.js';
import { beatArticles } from './topics-fixture.js';

afterAll(removeCaches);

// [corpus, its library]: one story (central sentences), many (topics), and the seed articles
const CORPORA: [string, () => Library][] = [
  ['one story', () => stamped(fixtureLibrary(MARATHON))],
  ['three beats', () => stamped(fixtureLibrary(beatArticles(6)))],
  ['seeds', () => openLibrary({ corpusDir: 'seeds', cacheDir: null })],
];

describe('summary snapshot', () => {
  for (const [corpus, libraryOf] of CORPORA) {
    it(`summarises the same from the snapshot as when built (${corpus})`, () => {
      const library = libraryOf();
      const built = summariesOf(createSummarizer(library), library);
      expect(built[4].sentences.length).toBeGreaterThan(0);

      const cacheDir = cacheFolder();
      expect(summariesOf(createSummarizer(library, { cacheDir }), library)).toEqual(built);
      const file = snapshotFileOf(cacheDir, 'summary');
      ageFile(file);
      expect(summariesOf(createSummarizer(library, { cacheDir }), library)).toEqual(built);
      // read, not built and written again
      expect(isAged(file)).toBe(true);
    });
  }
});
