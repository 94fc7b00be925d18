import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../src/quote/directory.js';
import { type FixtureArticle, fixtureDocument } from './library-fixture.js';

/** An article that mentions a person `times` times by full name. */
function mentions(id: string, canonical: string, times: number): FixtureArticle {
  return {
    id,
    title: id,
    body: Array.from({ length: times }, (_, i) => `${canonical} spoke again on day ${i + 1} of the visit.`).join(
      '\n\n',
    ),
    entities: [{ canonical, mentions: [canonical] }],
  };
}

const documents = [
  mentions('pm', 'Anna Marsh', 30),
  mentions('police', 'Owen Marsh', 2),
  mentions('treasury', 'Lena Hart', 12),
  mentions('football', 'Tom Hart', 3),
  mentions('residents', 'Ruth Ames-Whitby', 3),
  mentions('residents-2', 'Ruth Ames Whitby', 1),
].map(fixtureDocument);

const directory = buildDirectory(documents, ['Marsh', 'Hart', 'Ames-Whitby', 'Owen Marsh', 'a spokesman']);

// [speaker string as a quote carries it, the entry it files under]
const FILED: [string, string][] = [
  ['Marsh', 'Anna Marsh'],
  ['Hart', 'Hart'],
  ['Ames-Whitby', 'Ruth Ames-Whitby'],
  ['Ruth Ames Whitby', 'Ruth Ames-Whitby'],
  ['Owen Marsh', 'Owen Marsh'],
  ['a spokesman', 'a spokesman'],
];

describe('speaker directory', () => {
  for (const [speaker, entry] of FILED) {
    it(`files "${speaker}" under ${entry}`, () => expect(directory.canonical(speaker)).toBe(entry));
  }

  it('keeps the people a lone family name could not be filed under apart', () => {
    const names = directory.entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Lena Hart', 'Tom Hart', 'Hart', 'Owen Marsh']));
    expect(names).not.toContain('Marsh');
  });

  it('gives a description speaker its own words as a role', () => {
    const entry = directory.entries.find((e) => e.name === 'a spokesman');
    expect(entry?.isName).toBe(false);
    expect([...(entry?.roles.keys() ?? [])]).toEqual(['spokesman']);
  });
});
