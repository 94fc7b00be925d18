import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createQuoteBook } from '../../src/quote/quote-book.js';
import { cacheFolder, CORRUPTIONS, removeCaches, rewrite, snapshotFileOf, stamped } from '../cache/snapshot-fixture.js';
import { HARBOUR } from './harbour-fixture.js';
import { fixtureLibrary } from './library-fixture.js';
import { answersOf } from './quote-answers.js';

afterAll(removeCaches);

const library = stamped(fixtureLibrary(HARBOUR));
const built = answersOf(createQuoteBook(library));

/** A snapshot whose quotes point past the library's statements (its count left as it was). */
const pointingPast = (file: string): void =>
  rewrite(file, (s) => {
    const quotes = s.data.quotes as [string, number[][]][];
    return { ...s, data: { ...s.data, quotes: quotes.map(([k, q]) => [k, q.map((g) => g.map((i) => i + 1000))]) } };
  });

describe('quote book snapshot that cannot be used', () => {
  for (const [name, corrupt] of [...CORRUPTIONS, ['quotes pointing past the statements', pointingPast] as const]) {
    it(`is built again, with the same answers, when the snapshot is ${name}`, () => {
      const cacheDir = cacheFolder();
      createQuoteBook(library, { cacheDir }).speakers();
      const file = snapshotFileOf(cacheDir, 'quotes');
      corrupt(file);
      expect(answersOf(createQuoteBook(library, { cacheDir }))).toEqual(built);
      // and written again whole
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ data: { statements: expect.any(Number) } });
    });
  }

  for (const [name, corrupt] of CORRUPTIONS) {
    it(`filters by topic as when built when the entity names snapshot is ${name}`, () => {
      const cacheDir = cacheFolder();
      createQuoteBook(library, { cacheDir }).speakers();
      corrupt(snapshotFileOf(cacheDir, 'quote-names'));
      expect(answersOf(createQuoteBook(library, { cacheDir }))).toEqual(built);
    });
  }

  it('is built again for a changed library (another key)', () => {
    const cacheDir = cacheFolder();
    createQuoteBook(library, { cacheDir }).speakers();
    const other = stamped(fixtureLibrary(HARBOUR.slice(1)));
    expect(answersOf(createQuoteBook(other, { cacheDir }))).toEqual(answersOf(createQuoteBook(other)));
  });

  it('still answers when the cache folder cannot be written', () => {
    const cacheDir = cacheFolder();
    fs.writeFileSync(`${cacheDir}/quotes`, 'a file where the folder would go');
    expect(answersOf(createQuoteBook(library, { cacheDir }))).toEqual(built);
  });
});
