import { afterAll, beforeAll } from 'vitest';
import { createContext } from '../../src/answer/context.js';
import { analyzeQuestion } from '../../src/answer/question/analyze.js';
import { rankSentences } from '../../src/answer/rank.js';
import { RULES } from '../../src/answer/rules/index.js';
import { parseSentence } from '../../src/answer/rules/parse.js';
import type { AnswerRule } from '../../src/answer/rules/types.js';
import { openSentenceIndex } from '../../src/index/sentence-index.js';
import type { Library } from '../../src/library.js';
import { libraryOf, removeTemporary, temporaryCorpus, type ProposalCase, testProposals } from './fixtures.js';

/** An invented article whose sentences hold phrases a rule could take for an answer by mistake. */
const ARTICLE = `## Title: Ferry service resumes
## Date: 2021-05-02

The ferry service to the island resumed on Friday.
The captain described the crossing as calm.
Crowds cheered after the ferry from the island docked beside the old stone pier.
Divers searched in the Atlantic fog near the pier.
By noon, the ferry had carried 200 passengers.
The harbour board valued the old pier at £300,000.
The new pier cost $2m (£1.4m) to build.
Ann Cole has replaced Tom Reid as director of the ferry service.
Cole said she was "thrilled" with the first crossing, as did Reid.
Families waited on the dock in hopes of a calm crossing.
Two Halifax, Nova Scotia sailors steered the ferry.
`;

let corpus = '';
let library: Library;
beforeAll(() => {
  corpus = temporaryCorpus({ 'ferry.txt': ARTICLE });
  library = libraryOf(corpus);
});
afterAll(() => removeTemporary(corpus));

const ALL_RULES = new Map<string, AnswerRule>(Object.values(RULES).flatMap((list) => list.map((r) => [r.id, r])));

/** What one rule proposes for the question from the article's sentence that holds `snippet`. */
function propose(ruleId: string, question: string, snippet: string): string[] {
  const rule = ALL_RULES.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const context = createContext(library, () => openSentenceIndex(library));
  const analysed = analyzeQuestion(question);
  const ranked = rankSentences(context, analysed, { document: 0, limit: 100 }).find((r) =>
    r.view.text.includes(snippet),
  );
  if (!ranked) throw new Error(`no sentence holds "${snippet}"`);
  return rule.extract(analysed, parseSentence(analysed, ranked)).map((c) => c.text);
}

/** [rule id, question, a snippet of the sentence it reads, a phrase it must not propose] */
const CASES: ProposalCase[] = [
  // "as" before an adjective describes; it does not give a reason
  ['why-because', 'why did the captain describe the crossing', 'as calm', 'as calm'],
  // the "after" clause restates the event asked about: it says when, not why
  ['why-because', 'why did the ferry dock beside the pier', 'Crowds cheered', 'after the ferry'],
  // "in hopes of" is an idiom, not a place
  ['where-preposition-phrase', 'where did the families wait', 'Families waited', 'hopes'],
  // the town and its province qualify "sailors": no place the sailors were in
  ['where-place-name', 'where did the sailors steer the ferry', 'sailors steered', 'Halifax'],
  // a count is no frequency
  ['number-frequency', 'how often did the ferry carry passengers', 'By noon', '200'],
  // "Atlantic" qualifies "fog": the place is the fog, not the ocean
  ['where-preposition-name', 'where did the divers search', 'Divers searched', 'Atlantic'],
  // the name must end in the noun asked about: "Atlantic" only qualifies the fog
  ['what-named-kind', 'what fog did the divers search in', 'Divers searched', 'Atlantic'],
  // "how" asks for the means; "where" does not, whatever "near" and "with" say
  ['how-means', 'where did the ferry dock', 'Crowds cheered', 'beside'],
  // the means follows what is done: a "by" before the question's words is not it
  ['how-means', 'how did the ferry carry passengers', 'By noon', 'By noon'],
  // "at £300,000" is an amount, not a place
  ['where-preposition-phrase', 'where was the pier valued', 'valued the old pier', '£300,000'],
  // "(£1.4m)" gives the same amount in another currency
  ['number-money', 'how much did the new pier cost', 'new pier cost', '£1.4m'],
  // the name after "replaced" is the one who left the role
  ['who-role-holder', 'who is the director of the ferry service', 'has replaced', 'Tom Reid'],
  // Cole said the quoted word; Reid is only named after her verb of saying
  ['quote-speaker-named', 'what did Reid say about the crossing', 'as did Reid', 'thrilled'],
];

testProposals('answer rules: phrases they must not propose', CASES, propose, false);
