import { createContext } from '../../../src/answer/context.js';
import { analyzeQuestion } from '../../../src/answer/question/analyze.js';
import { rankSentences } from '../../../src/answer/rank.js';
import { RULES } from '../../../src/answer/rules/index.js';
import { parseSentence } from '../../../src/answer/rules/parse.js';
import type { AnswerRule } from '../../../src/answer/rules/types.js';
import { openSentenceIndex } from '../../../src/index/sentence-index.js';
import { useFixtureCorpus } from '../fixtures.js';

/**
 * An invented article for the rules of reasons, manners and measures: a result sentence after its cause, a
 * reason after a dash, a description, measures, an announcement and what it announces, a name given to a vessel,
 * parts of wholes, lengths of time without a number.
 */
const FLOOD = `## Title: Lakeside prepares for the spring flood
## Date: 2023-04-02

Heavy snow fell all winter in the hills above the town.
It means the council must close the river road until May.
Farmers will have to wait -- the fields are still under water.
Volunteers must fill the sand bags tonight -- or the water will reach the houses.
Mayor Ada Brook described the flood as the worst in forty years.
"The dike is our best defence," Brook said.
The new dike is 12 metres high and runs for three kilometres.
Several large trucks carried sand to the dike.
Floodgates are steel doors that hold back the water.
Engineers say the town has two options to stop the flood.
It can raise the dike, or it can move the houses on the river bank.
Crews are keeping to their schedule for leaving the dike at night.
Their rescue vessel is known as the Lake Lady.
Three of the five pumps were working by noon.
Two of the trucks broke down on the bridge.
The water reached the market square within hours.
Later today the volunteers will be working with boats.
The river has not been this high in years.
`;

/** The fixture corpus of the flood article, for one test file. */
export function useFloodCorpus(): (ruleId: string, question: string, snippet: string) => string[] {
  const fixture = useFixtureCorpus({ 'flood.txt': FLOOD });
  const rules = new Map<string, AnswerRule>(Object.values(RULES).flatMap((list) => list.map((r) => [r.id, r])));
  /** What one rule proposes for the question from the sentence that holds `snippet`. */
  return (ruleId, question, snippet) => {
    const rule = rules.get(ruleId);
    if (!rule) throw new Error(`no rule ${ruleId}`);
    const context = createContext(fixture.library, () => openSentenceIndex(fixture.library));
    const analysed = analyzeQuestion(question);
    const ranked = rankSentences(context, analysed, { document: 0, limit: 100 }).find((r) =>
      r.view.text.includes(snippet),
    );
    if (!ranked) throw new Error(`no sentence holds "${snippet}"`);
    return rule.extract(analysed, parseSentence(analysed, ranked)).map((c) => c.text);
  };
}
