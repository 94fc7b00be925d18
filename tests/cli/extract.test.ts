import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ExtractRecord, runExtract } from '../../src/cli/extract.js';
import { openLibrary } from '../../src/library.js';

const library = openLibrary({ corpusDir: 'seeds', cacheDir: null });
const lines: string[] = [];
runExtract(library, true, (line) => lines.push(line));
const records = lines.map((line) => JSON.parse(line) as ExtractRecord);
const fileText = (id: string): string => fs.readFileSync(`seeds/${id}.txt`, 'utf8');

describe('newsbot extract --json over the seeds', () => {
  it('prints one record per article with its date, or the inferred one', () => {
    expect(records.map((r) => [r.article, r.date, r.inferredDate])).toEqual([
      ['000_58b9108ddbc716e4', null, '2015-12-15'],
      ['001_b1c9cb2b70b6979d', '2015-12-17', undefined],
    ]);
  });

  it('gives spans whose text is the file text at their offsets', () => {
    for (const record of records) {
      const text = fileText(record.article);
      for (const item of [...record.entities, ...record.dates, ...record.quotes]) {
        expect(text.slice(item.start, item.end)).toBe(item.text);
      }
      for (const quote of record.quotes) {
        if (quote.speakerStart !== undefined) expect(quote.speakerEnd).toBeGreaterThan(quote.speakerStart);
      }
    }
  });

  it('keeps quotation marks in quote spans and resolves "he said" to the speaker', () => {
    const daesh = records[1].quotes.find((q) => q.text.includes("You can't defeat Daesh"));
    expect(daesh?.text.startsWith('"')).toBe(true);
    expect(daesh?.speaker).toBe('John Kerry');
  });

  it('lists each entity once with its roles', () => {
    const lavrov = records[0].profiles.find((p) => p.canonical === 'Sergei Lavrov');
    expect(lavrov).toMatchObject({ type: 'person', roles: expect.arrayContaining(['Russian Foreign Minister']) });
  });

  it('prints a readable block per article without --json', () => {
    const readable: string[] = [];
    runExtract(library, false, (line) => readable.push(line));
    expect(readable[0]).toMatch(/^000_58b9108ddbc716e4: Syria talks .* \(2015-12-15, inferred\)/);
    expect(readable[0]).toContain('Sergei Lavrov (person; Russian Foreign Minister)');
    expect(readable[0]).toContain('date: "Tuesday" -> 2015-12-15 (inferred)');
  });
});
