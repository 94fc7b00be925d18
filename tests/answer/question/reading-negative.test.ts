import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/answer/question/analyze.js';

/** [change id, question, a verb the reading must not pick (null: the question must keep a verb)] */
const NOT_VERBS: [string, string, string | null][] = [
  ['participle-in-subject', 'Where did the truck carrying the tourists stop?', 'carri'],
  ['according-to', "Who doesn't need a lawyer, according to the judge?", 'accord'],
  ['opinion-clause', 'Who does the mayor think broke the window?', 'think'],
  ['light-verb', 'What do the new phones have inside them?', 'phone'],
  ['before-modal', 'When is a day that teachers will call parents?', 'teacher'],
  // the clause's own verb: not a gerund that modifies a noun, not an adjective after a copula
  ['opinion-clause', 'What did the coach say is the problem facing the team?', 'face'],
  ['opinion-clause', 'Why did Ann say she was thrilled?', 'thrill'],
  // a negated auxiliary asks for the subject: the verb right after it stays
  ['negated-auxiliary', "Who didn't sign the letter?", null],
];

/** [change id, question, field, value the reading must not give] */
const NOT_READINGS: [string, string, 'verb' | 'rule' | 'gap', string | null][] = [
  // an -ing word after a name or an adjective is a noun, not a progressive
  ['progressive', 'What is the purpose of the NATO bombing?', 'verb', 'bomb'],
  ['progressive', 'Why are bamboo poles a good building material?', 'verb', 'build'],
  // a one-word "what is X" asks for a definition, even in -ing
  ['progressive', 'What is fishing?', 'rule', 'what'],
  // a subject question with a modal keeps its verb
  ['before-modal', 'Who will write the report?', 'verb', null],
];

describe('question reading: what it must not read', () => {
  for (const [id, question, verb] of NOT_VERBS) {
    it(`${id}: ${question} -> not ${verb ?? 'no verb'}`, () => {
      expect(analyzeQuestion(question).verb).not.toBe(verb);
    });
  }
  for (const [id, question, field, value] of NOT_READINGS) {
    it(`${id}: ${question} -> ${field} not ${value ?? 'null'}`, () => {
      expect(analyzeQuestion(question)[field]).not.toBe(value);
    });
  }
});
