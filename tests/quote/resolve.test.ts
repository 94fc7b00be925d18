import { describe, expect, it } from 'vitest';
import { createQuoteBook } from '../../src/quote/quote-book.js';
import type { QuoteResult } from '../../src/quote/types.js';
import { HARBOUR } from './harbour-fixture.js';
import { fixtureLibrary } from './library-fixture.js';

const book = createQuoteBook(fixtureLibrary(HARBOUR));

/** What a query should resolve to: one speaker, several candidates, or no one. */
type Expected = { speaker: string } | { candidates: string[] } | { unknown: true };

// [query, expected, id of the rule that decides]
const ROWS: [string, Expected, string][] = [
  ['Elena Duarte', { speaker: 'Elena Duarte' }, 'exact-name'],
  ['elena duarte', { speaker: 'Elena Duarte' }, 'exact-name'],
  ['ELENA DUARTE', { speaker: 'Elena Duarte' }, 'exact-name'],
  ['Mr Hale', { speaker: 'John Hale' }, 'exact-name'],
  ["Hale's", { speaker: 'John Hale' }, 'exact-name'],
  ['LHA', { speaker: 'Lighthouse Alliance' }, 'exact-name'],
  ['the transport committee chairman', { speaker: 'John Hale' }, 'exact-role'],
  ['The Mayor', { speaker: 'Elena Duarte' }, 'exact-role'],
  ['Okafor', { speaker: 'Maria Okafor' }, 'surname'],
  ['okafor', { speaker: 'Maria Okafor' }, 'surname'],
  ['Maria', { speaker: 'Maria Okafor' }, 'name-part'],
  ['ferries', { speaker: 'Harbour Ferries' }, 'name-part'],
  ['John', { candidates: ['John Hale', 'John Ortiz'] }, 'name-part'],
  ['Mayor Duarte', { speaker: 'Elena Duarte' }, 'title-and-name'],
  ['Councillor Hale', { speaker: 'John Hale' }, 'title-and-name'],
  ['regional governor', { speaker: 'Tomas Brandt' }, 'exact-role'],
  ['governor', { speaker: 'Tomas Brandt' }, 'role-part'],
  ['transport chairman', { speaker: 'John Hale' }, 'role-part'],
  ["the council's budget chief", { speaker: 'John Hale' }, 'exact-role'],
  ['budget chief', { speaker: 'John Hale' }, 'role-part'],
  ['spokesman', { candidates: ['John Ortiz', 'a ferry company spokesman'] }, 'role-part'],
  ['Okafr', { speaker: 'Maria Okafor' }, 'misspelt'],
  ['Duartte', { speaker: 'Elena Duarte' }, 'misspelt'],
  ['Hael', { speaker: 'John Hale' }, 'misspelt'],
  ['Jon Hale', { speaker: 'John Hale' }, 'misspelt'],
  ['Marai Okafor', { speaker: 'Maria Okafor' }, 'misspelt'],
  ['Zebulon Quark', { unknown: true }, 'unknown'],
  ['Ortega', { unknown: true }, 'unknown'],
];

function outcome(result: QuoteResult): Expected {
  if (result.speaker) return { speaker: result.speaker };
  if (result.candidates) return { candidates: result.candidates };
  return { unknown: true };
}

describe('speaker resolution', () => {
  for (const [query, expected, rule] of ROWS) {
    it(`${rule}: "${query}"`, () => {
      const result = book.quote(query);
      expect(outcome(result)).toEqual(expected);
      expect(result.resolvedBy ?? 'unknown').toBe(rule);
    });
  }

  it("answers an ambiguous query with a question, not with anyone's quotes", () => {
    const result = book.quote('John');
    expect(result.quotes).toEqual([]);
    expect(result.message).toBe('"John" could be John Hale or John Ortiz; which one?');
  });

  it('tells an unknown name apart and suggests the closest known speakers', () => {
    const result = book.quote('Ortega');
    expect(result.message).toBe('no one called Ortega in the articles');
    expect(result.suggestions?.[0]).toBe('John Ortiz');
  });

  it('suggests the most quoted speakers when no known name is close', () => {
    expect(book.quote('Zebulon Quark').suggestions).toEqual(['Elena Duarte', 'John Hale', 'Harbour Ferries']);
  });

  it('files a lone family name under the one person who has it ("Duarte" -> Elena Duarte)', () => {
    const texts = book.quote('Elena Duarte').quotes.flatMap((q) => q.sources.map((s) => s.article));
    expect(texts).toContain('harbour-3');
  });
});
