import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createExplainer,
  describeTrace,
  type Explainer,
  libraryOf,
  removeTemporary,
  temporaryCorpus,
} from './fixtures.js';

/** Three invented reports of one summit: two agree on the venue, two disagree on the day. */
const REPORTS: Record<string, string> = {
  'wire-a.txt': `## Title: Ministers to meet in Lisbon
## Date: 2021-02-20

Trade ministers will hold their summit in Lisbon on March 3, officials said.
The talks are expected to focus on shipping costs.
`,
  'wire-b.txt': `## Title: Trade summit set for Lisbon
## Date: 2021-02-21

Trade ministers will hold their summit in Lisbon on March 4, a spokesman said.
Delegations from twelve countries are expected.
`,
  'wire-c.txt': `## Title: Farmers protest fuel prices
## Date: 2021-02-21

Farmers drove tractors through the capital on Friday to protest fuel prices.
`,
};

let corpus: string;
let explain: Explainer;
beforeAll(() => {
  corpus = temporaryCorpus(REPORTS);
  explain = createExplainer(libraryOf(corpus));
});
afterAll(() => removeTemporary(corpus));

describe('corroboration and conflicts', () => {
  it('gives one evidence sentence per article that reports the same answer', () => {
    const trace = explain('where will the trade ministers hold their summit');
    expect(trace.answer.answer, describeTrace(trace)).toBe('Lisbon');
    expect(trace.answer.evidence.map((e) => e.article).sort()).toEqual(['wire-a', 'wire-b']);
  });

  it('says that the sources differ when two articles give different dates', () => {
    const trace = explain('when will the trade ministers hold their summit');
    expect(trace.answer.answer, describeTrace(trace)).toMatch(/March [34], 2021/);
    expect(trace.answer.note).toMatch(/^Sources differ: .*March [34], 2021; .*March [34], 2021\.$/);
    expect(trace.answer.note).toContain('March 3');
    expect(trace.answer.note).toContain('March 4');
  });
});
