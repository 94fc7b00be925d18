import { afterAll, describe, expect, it } from 'vitest';
import { type Library, openLibrary } from '../../src/library.js';
import { createQuoteBook } from '../../src/quote/quote-book.js';
import { ageFile, cacheFolder, isAged, removeCaches, snapshotFileOf, stamped } from '../cache/snapshot-fixture.js';
import { HARBOUR } from './harbour-fixture.js';
import { fixtureLibrary } from './library-fixture.js';
import { answersOf } from './quote-answers.js';

afterAll(removeCaches);

const seeds = (): Library => openLibrary({ corpusDir: 'seeds', cacheDir: null });

// [corpus, its library, queries beyond the speakers' names]
const CORPORA: [string, () => Library, string[]][] = [
  [
    'harbour fixture',
    () => stamped(fixtureLibrary(HARBOUR)),
    ['the committee chairman', 'John', 'Lighthouse Alliance'],
  ],
  ['seeds', seeds, ['Kerry', 'the top US diplomat', 'Lavrov']],
];

describe('quote book snapshot', () => {
  for (const [corpus, libraryOf, extra] of CORPORA) {
    it(`answers the same from the snapshot as when built (${corpus})`, () => {
      const library = libraryOf();
      const built = answersOf(createQuoteBook(library), extra);
      expect(built.speakers.length).toBeGreaterThan(0);

      const cacheDir = cacheFolder();
      expect(answersOf(createQuoteBook(library, { cacheDir }), extra)).toEqual(built);
      const files = [snapshotFileOf(cacheDir, 'quotes'), snapshotFileOf(cacheDir, 'quote-names')];
      files.forEach(ageFile);
      expect(answersOf(createQuoteBook(library, { cacheDir }), extra)).toEqual(built);
      // read, not built and written again
      expect(files.filter(isAged)).toEqual(files);
    });
  }

  it('keeps no snapshot for a library put together by hand (it has no key)', () => {
    const cacheDir = cacheFolder();
    createQuoteBook(fixtureLibrary(HARBOUR), { cacheDir }).speakers();
    expect(() => snapshotFileOf(cacheDir, 'quotes')).toThrow();
  });
});
