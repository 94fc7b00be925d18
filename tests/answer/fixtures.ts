import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnswerTrace, createExplainer } from '../../src/answer/answerer.js';
import { type Library, openLibrary } from '../../src/library.js';

/** Three small invented articles, written for these tests. */
export const FIXTURE_ARTICLES: Record<string, string> = {
  'harbour-festival.txt': `## Title: Harbour festival opens in Halifax
## Date: 2021-06-04

HALIFAX (CP) - The Harbour Lights festival opened on Thursday in Halifax, Nova Scotia, drawing more than 12,000 visitors to the waterfront.
Festival director Mara Olsen said the event had been planned for two years.
"We wanted a party that the whole city could join," Olsen said.
The festival was founded in 1987 by the local sailing club.
Organizers cancelled the fireworks because strong winds were forecast.
Mayor Paul Brandt, a former fisherman, opened the festival with a speech.
Brandt warned that the crowds could cause "serious" delays on the ferries.
Tickets cost $15 a day for adults.
Sam Reyes, a retired teacher, sold tickets at the gate.
The lanterns were built by veteran carpenter Ann Chu.
The closing concert will take place on Sunday at the Citadel.
Street musicians played in front of the town library.
The sailing club races twice a week in the summer.
`,
  'rail-strike.txt': `## Title: Rail workers vote to strike
## Date: 2021-03-10

Rail workers in Winnipeg voted on Tuesday to walk off the job next week.
The union, which represents 3,400 workers, wants higher wages and safer schedules.
Union leader Dana Kowal met Transport Minister Luis Ortega in Ottawa on Monday.
"Our members have waited long enough," Kowal said.
The strike was delayed after the company offered a new contract.
`,
  'robotics-lab.txt': `## Title: Northfield school opens a robotics lab
## Date: 2022-09-12

Northfield Community High School opened a robotics lab on Monday.
The school raised $40,000 from local businesses for the lab.
The principal of the school says every grade will use the lab.
Irene Kowalczyk taught science for twenty years before she took the job.
She graduated from the University of Manitoba in 1998.
Heavy rain has forced the board to delay the opening of the gym.
Kowalczyk says a week is a small price for a safer building.
Two students were suspended in the spring for damaging a computer.
Several parents have volunteered to supervise the lab.
Omar Haddad is a grade eleven student.
The 16-year-old Haddad built his first robot when he was a nine-year-old.
Before leaving for Winnipeg Friday, Kowalczyk met with the board.
The students will learn robotics by building a small rover with local engineers.
`,
};

/**
 * An invented wire story in the seed articles' style (dateline, titles before names, quotes given to a
 * description, a capital standing for its government), for the seed-style questions.
 */
export const SEED_STYLE_ARTICLES: Record<string, string> = {
  'port-talks.txt': `## Title: Port talks to resume in Halden on Friday
## Date: 2022-03-09

HALDEN (AFP) - Norland and Estovia said that a delayed round of port talks would take place in Halden on Friday, after President Omar el-Rashid received Norland Trade Minister Ines Varga.
Varga, whose meeting with el-Rashid lasted two hours, also confirmed the talks would go ahead.
"We want the harbour open before the summer," Estovian Foreign Minister Tomas Pell said after talks at the Citadel.
"Our talks focused on fishing quotas and the ferry fees," the top Estovian diplomat said.
Both she and Pell said the talks would lead quickly to a new treaty for the Northern Ports Trade Council.
Halden is relying on the Citadel to bring the dock unions to the table.
The Harbour Support Fund paid for the new cranes.
More than 1,200 dockworkers have lost their jobs since the port closed in May 2020.
`,
};

/** A corpus folder holding `files`, removed by `removeTemporary`. */
export function temporaryCorpus(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-answer-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

export function removeTemporary(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function libraryOf(corpusDir: string): Library {
  return openLibrary({ corpusDir, cacheDir: null });
}

/**
 * A temporary corpus of the fixture articles (or of `articles`) and its library, made before the test file's
 * tests and removed after them; read `corpus` and `library` inside tests.
 */
export function useFixtureCorpus(articles: Record<string, string> = FIXTURE_ARTICLES): {
  readonly corpus: string;
  readonly library: Library;
} {
  const fixture = { corpus: '', library: null as unknown as Library };
  beforeAll(() => {
    fixture.corpus = temporaryCorpus(articles);
    fixture.library = libraryOf(fixture.corpus);
  });
  afterAll(() => removeTemporary(fixture.corpus));
  return fixture;
}

export const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

/** The rule trace of an answer, printed by a failing test: the reading of the question and each candidate. */
export function describeTrace(trace: AnswerTrace): string {
  const q = trace.question;
  const reading = q ? `kind ${q.kind}, expects ${q.expects} (${q.rule}), terms ${q.terms.join(' ')}` : 'rejected';
  const lines = trace.candidates
    .slice(0, 8)
    .map((c) => `  ${c.rule}: "${c.text}" ${c.score.toFixed(2)} <- ${c.sentence.replace(/\s+/g, ' ').slice(0, 90)}`);
  return [`answer: ${JSON.stringify(trace.answer.answer)}; ${reading}`, ...lines].join('\n');
}

export type Explainer = ReturnType<typeof createExplainer>;
export { createExplainer };

/**
 * Explainers over the invented port story of `SEED_STYLE_ARTICLES` (its corpus made before the test file's
 * tests) and over the seed articles.
 */
export function useSeedStyleExplainers(): { story: Explainer; seeds: Explainer } {
  const fixture = useFixtureCorpus(SEED_STYLE_ARTICLES);
  let story: Explainer;
  beforeAll(() => {
    story = createExplainer(fixture.library);
  });
  return { story: (question) => story(question), seeds: createExplainer(libraryOf(SEEDS)) };
}

/** [rule id, question, a snippet of the sentence the rule reads, a phrase it must (or must not) propose] */
export type ProposalCase = [string, string, string, string];

/**
 * One test per case: whether the rule, reading the sentence that holds the snippet, proposes a phrase that
 * holds the case's phrase (`proposes`: it must; otherwise it must not).
 */
export function testProposals(
  title: string,
  cases: ProposalCase[],
  propose: (ruleId: string, question: string, snippet: string) => string[],
  proposes: boolean,
): void {
  describe(title, () => {
    for (const [rule, question, snippet, phrase] of cases) {
      it(`${rule}: ${question}`, () => {
        const proposed = propose(rule, question, snippet);
        expect(
          proposed.some((text) => text.includes(phrase)),
          `proposed: ${JSON.stringify(proposed)}`,
        ).toBe(proposes);
      });
    }
  });
}
