import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/answer/context.js';
import { analyzeQuestion } from '../../../src/answer/question/analyze.js';
import { rankSentences } from '../../../src/answer/rank.js';
import { parseSentence } from '../../../src/answer/rules/parse.js';
import { restOfSentence } from '../../../src/answer/rules/rest.js';
import { openSentenceIndex } from '../../../src/index/sentence-index.js';
import { useFixtureCorpus } from '../fixtures.js';

const fixture = useFixtureCorpus();

/** The rest of the fixture sentence holding `snippet`, read for the question, with its strength (from 1). */
function rest(question: string, snippet: string, typed: boolean): { text: string; strength: number } | undefined {
  const context = createContext(fixture.library, () => openSentenceIndex(fixture.library));
  const analysed = analyzeQuestion(question);
  const document = fixture.library.documents.findIndex((d) => d.article.text.includes(snippet));
  const ranked = rankSentences(context, analysed, { document, limit: 100 }).find((r) => r.view.text.includes(snippet));
  if (!ranked) throw new Error(`no fixture sentence holds "${snippet}"`);
  return restOfSentence('test-rest', analysed, parseSentence(analysed, ranked), 1, { typed })[0];
}

/** [question, a snippet of the fixture sentence, typed, the rest it must give, the share of strength it keeps] */
const CASES: [string, string, boolean, string, number][] = [
  // two content words or more: a substantial rest keeps all its strength
  ['what did the union want', 'represents 3,400', false, 'higher wages and safer schedules', 1],
  // a single new word says little beyond the question: three quarters of its strength
  ['what did Omar Haddad study in grade eleven', 'Omar Haddad', false, 'student', 0.75],
  // a typed caller checks the answer itself: the same rest keeps all its strength
  ['what did Omar Haddad study in grade eleven', 'Omar Haddad', true, 'student', 1],
];

describe('restOfSentence', () => {
  for (const [question, snippet, typed, text, share] of CASES) {
    it(`${typed ? 'typed' : 'what-rest'}: ${question} -> ${text}`, () => {
      const found = rest(question, snippet, typed);
      expect(found?.text).toContain(text);
      expect(found?.strength).toBeCloseTo(share, 5);
    });
  }
});
