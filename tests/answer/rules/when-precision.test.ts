import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/answer/context.js';
import { analyzeQuestion } from '../../../src/answer/question/analyze.js';
import { rankSentences } from '../../../src/answer/rank.js';
import { parseSentence } from '../../../src/answer/rules/parse.js';
import { WHEN_RULES } from '../../../src/answer/rules/when.js';
import { openSentenceIndex } from '../../../src/index/sentence-index.js';
import { useFixtureCorpus } from '../fixtures.js';

/** An invented article: a vote dated by its year only, and one dated by its day. */
const VOTE = `## Title: Lakeside votes on the dike
## Date: 2020-03-05

The town first voted on the dike in 2019.
The final vote on the dike was held on March 3, 2020.
`;

const fixture = useFixtureCorpus({ 'vote.txt': VOTE });
const timePhrase = WHEN_RULES.find((r) => r.id === 'when-time-phrase');

/** The strength `when-time-phrase` gives `phrase` in the sentence holding `snippet`, read for the question. */
function strengthOf(question: string, snippet: string, phrase: string): number {
  if (!timePhrase) throw new Error('no rule when-time-phrase');
  const context = createContext(fixture.library, () => openSentenceIndex(fixture.library));
  const analysed = analyzeQuestion(question);
  const ranked = rankSentences(context, analysed, { document: 0, limit: 100 }).find((r) =>
    r.view.text.includes(snippet),
  );
  if (!ranked) throw new Error(`no sentence holds "${snippet}"`);
  const found = timePhrase.extract(analysed, parseSentence(analysed, ranked)).find((c) => c.text.includes(phrase));
  if (!found) throw new Error(`no candidate "${phrase}"`);
  return found.strength;
}

/** [question asking for a day, the same asked with "when", a snippet, the time phrase, the share it keeps] */
const CASES: [string, string, string, string, number][] = [
  // a year names no day: it keeps less of its strength
  ['what date did the town vote on the dike', 'when did the town vote on the dike', 'first voted', '2019', 0.7],
  // a day keeps all of it
  ['what date did the town hold the final vote', 'when did the town hold the final vote', 'final vote', 'March 3', 1],
];

describe('when-time-phrase: a question asking for a day', () => {
  for (const [day, when, snippet, phrase, share] of CASES) {
    it(`when-time-phrase: ${day} -> ${phrase} keeps ${share}`, () => {
      expect(strengthOf(day, snippet, phrase) / strengthOf(when, snippet, phrase)).toBeCloseTo(share, 5);
    });
  }
});
