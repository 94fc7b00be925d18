import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencesOf } from '../../src/answer/coref.js';
import type { Library } from '../../src/library.js';
import { libraryOf, removeTemporary, temporaryCorpus } from './fixtures.js';

/** Invented articles, one pronoun question each. */
const ARTICLES: Record<string, string> = {
  'forward.txt': `## Title: A basketball star
## Date: 2020-01-10

Mary Fortin played with the Rockets from 1950 to 1957.
She was a forward and the team's best shooter.
`,
  'two-people.txt': `## Title: The new coach
## Date: 2020-02-11

Coach Daniel Okafor met Sarah Lind on Monday.
She asked him about the budget.
`,
  'no-person.txt': `## Title: The flood
## Date: 2020-03-12

The river rose two metres overnight.
He said the water would fall by Friday.
`,
};

let corpus: string;
let library: Library;
beforeAll(() => {
  corpus = temporaryCorpus(ARTICLES);
  library = libraryOf(corpus);
});
afterAll(() => removeTemporary(corpus));

/** The names the pronouns of the sentence holding `snippet` stand for. */
function referencesAt(snippet: string): string[] {
  const document = library.documents.find((d) => d.article.text.includes(snippet));
  if (!document) throw new Error(`no article holds "${snippet}"`);
  const at = document.article.text.indexOf(snippet);
  const sentence = document.facts.sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) throw new Error(`no sentence holds "${snippet}"`);
  return referencesOf(document, sentence.index);
}

/** [rule id, a snippet of the sentence, the name its pronoun stands for] */
const CASES: [string, string, string][] = [
  ['person-pronoun', 'She was a forward', 'Mary Fortin'],
  ['person-pronoun', 'She asked him', 'Sarah Lind'],
  ['person-pronoun', 'She asked him', 'Daniel Okafor'],
];

describe('pronouns and what they stand for', () => {
  for (const [rule, snippet, name] of CASES) {
    it(`${rule}: ${snippet} -> ${name}`, () => {
      expect(referencesAt(snippet).some((n) => n.includes(name.split(' ').pop() as string))).toBe(true);
    });
  }

  it('finds nothing for a pronoun with no person before it', () => {
    expect(referencesAt('He said the water')).toEqual([]);
  });

  it('does not give "she" a man named just before', () => {
    expect(referencesAt('She asked him').filter((n) => n.includes('Okafor'))).toHaveLength(1);
    expect(referencesAt('She was a forward')).not.toContain('Rockets');
  });
});
