import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../src/corpus/text-article.js';
import { extractQuotes } from '../../../src/nlp/quotes/index.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { trace } from './fixture.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');

function seedQuotes(file: string) {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const article = parseTextArticle(file.replace(/\.txt$/, ''), file, text);
  if (!article) throw new Error(`newsbot: seed ${file} did not parse`);
  const quotes = extractQuotes(article, splitSentences(article), { mentions: [], profiles: [] });
  return { text, quotes };
}

/** [seed file, the opening words of every quotation it holds, in order, with its speaker] */
const SEED_QUOTES: [string, [string, string][]][] = [
  [
    '000_58b9108ddbc716e4.txt',
    [
      ['"We support the idea', 'Sergei Lavrov'],
      ['"Our meeting focused', 'John Kerry'],
      ['"that some of Russia', 'John Kerry'],
      ['"And I\'m pleased', 'John Kerry'],
      ['"On the Syrian settlement', 'Sergei Lavrov'],
      ['"ISIL, Jabhat Al-Nusra', 'Sergei Lavrov'],
      ['"to lead us up now', 'John Kerry'],
      ['"We had a good discussion', 'John Kerry'],
      ['"sanctions can begin', 'John Kerry'],
    ],
  ],
  [
    '001_b1c9cb2b70b6979d.txt',
    [
      ['"We support the idea', 'Sergei Lavrov'],
      ['"We discussed today', 'John Kerry'],
      ['"You can\'t defeat Daesh', 'John Kerry'],
      ['"the same level of activity', 'John Kirby'],
      ['"What we have said', 'John Kerry'],
      ['"But we focused today', 'John Kerry'],
      ['"that some of Russia', 'John Kerry'],
      ['"And I\'m pleased', 'John Kerry'],
      ['"our efforts in counterterrorism', 'Sergei Lavrov'],
      ['"ISIL, Jabhat Al-Nusra', 'Sergei Lavrov'],
    ],
  ],
];

describe('the seed articles', () => {
  for (const [file, expected] of SEED_QUOTES) {
    it(`${file}: every quotation with its speaker, and no scare quotes`, () => {
      const { text, quotes } = seedQuotes(file);
      const found = quotes.map((q) => {
        const opening = expected.find(([words]) => q.text.startsWith(words))?.[0] ?? q.text;
        return [opening, q.speaker];
      });
      expect(found, trace(text, quotes)).toEqual(expected);
      for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    });
  }
});
