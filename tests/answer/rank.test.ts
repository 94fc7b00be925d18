import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/answer/context.js';
import { analyzeQuestion } from '../../src/answer/question/analyze.js';
import { rankSentences } from '../../src/answer/rank.js';
import { openSentenceIndex } from '../../src/index/sentence-index.js';
import { useFixtureCorpus } from './fixtures.js';

const fixture = useFixtureCorpus();

/** The best sentence of the fixture article holding `snippet` for the question. */
function bestSentence(question: string, snippet: string): string {
  const context = createContext(fixture.library, () => openSentenceIndex(fixture.library));
  const document = fixture.library.documents.findIndex((d) => d.article.text.includes(snippet));
  return rankSentences(context, analyzeQuestion(question), { document, limit: 1 })[0]?.view.text ?? '';
}

/** [what the ranking knows, question, the sentence that must come first] */
const CASES: [string, string, string][] = [
  // "the school" stands for the name the question gives
  ['description', 'how much money did Northfield Community High School raise', 'The school raised $40,000'],
  // "according to X" and "what does X think": a sentence saying what X says
  ['source', 'How does Kowalczyk feel about the delay?', 'Kowalczyk says a week'],
  // "She graduated ..." is about Irene Kowalczyk, named in the sentence before
  ['pronoun', 'Where did Irene Kowalczyk graduate?', 'She graduated from'],
];

describe('sentence ranking', () => {
  for (const [what, question, expected] of CASES) {
    it(`${what}: ${question}`, () => {
      expect(bestSentence(question, expected)).toContain(expected);
    });
  }
});
