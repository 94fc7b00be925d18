import { describe, expect, it } from 'vitest';
import { describeTrace, useSeedStyleExplainers } from './fixtures.js';

/** [rule id of the answer, question, what the answer must contain] over the invented port story */
const CASES: [string, string, string][] = [
  // a name with a lowercase particle is one name: "el-Rashid"
  ['role-profile', 'who is Omar el-Rashid', 'President'],
  // the description is the one extraction gave the quote to
  ['who-described', 'who is the top Estovian diplomat', 'Tomas Pell'],
  // the description is a role in the profile of a person the sentence names
  ['who-described', 'who is the Norland trade minister', 'Ines Varga'],
  ['who-described', 'who is the Estovian foreign minister', 'Tomas Pell'],
  ['who-other-party', 'who did Varga meet', 'Omar el-Rashid'],
  ['when-time-phrase', 'when will the port talks take place', 'Friday'],
  // "since the port closed in May 2020": the clause of time dates its own verb
  ['when-time-phrase', 'when did the port close', 'May 2020'],
  ['who-doer', 'who paid for the new cranes', 'Harbour Support Fund'],
];

/** [rule id of the answer, question, what the answer must contain] over the seed articles */
const SEED_CASES: [string, string, string][] = [
  ['role-profile', 'who is Bashar al-Assad', 'President'],
  // "President" in one article, "Russian President" in the other: the fuller one
  ['role-profile', 'who is Vladimir Putin', 'Russian President'],
  ['who-described', 'who is the top US diplomat', 'John Kerry'],
  ['who-described', 'who is the US Secretary of State', 'John Kerry'],
  // the quote that says the topic, not one whose sentence says it outside the quote
  ['quote-attributed', 'what did Lavrov say about counterterrorism', 'our efforts in counterterrorism'],
  ['rest-of-restatement', 'who killed 34 Syrian civilians', 'Russian air strikes'],
  ['number-nearest', 'how many people have fled their homes', 'millions'],
  ['number-of-unit', 'how many people have died', '250,000'],
  ['who-role-holder', 'who is the president of Syria', 'Bashar al-Assad'],
  // another name of an entity: the name extraction joined it to
  ['what-alias', 'what is Daesh', 'Islamic State'],
  ['what-alias', 'what is ISIS', 'Islamic State'],
  // "ISSG" is read as the one name with those initials
  ['number-of-unit', 'how many nations are in the ISSG', '17'],
];

const { story: explain, seeds } = useSeedStyleExplainers();

describe('seed-style questions', () => {
  for (const [rule, question, expected] of CASES) {
    it(`${rule}: ${question}`, () => {
      const trace = explain(question);
      expect(trace.answer.answer ?? '', describeTrace(trace)).toContain(expected);
      expect(trace.candidates[0]?.rule, describeTrace(trace)).toBe(rule);
    });
  }
  for (const [rule, question, expected] of SEED_CASES) {
    it(`seeds, ${rule}: ${question}`, () => {
      const trace = seeds(question);
      expect(trace.answer.answer ?? '', describeTrace(trace)).toContain(expected);
      expect(trace.candidates[0]?.rule, describeTrace(trace)).toBe(rule);
    });
  }
  it('keeps the question as asked when it reads an acronym', () => {
    expect(seeds('how many nations are in the ISSG').answer.question).toBe('how many nations are in the ISSG');
  });
});
