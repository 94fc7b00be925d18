import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/answer/question/analyze.js';
import type { Question } from '../../../src/answer/question/types.js';

type Field = 'verb' | 'gap' | 'rule' | 'subject' | 'focus' | 'names';

/** [change id, question, field, expected value] */
const CASES: [string, string, Field, unknown][] = [
  // a participle after the subject's noun modifies it: the bare verb after the subject is the question's verb
  ['participle-in-subject', 'Where did the truck carrying the tourists stop?', 'verb', 'stop'],
  ['participle-in-subject', 'What does the union representing bus drivers want?', 'verb', 'want'],
  // the words of "according to X" are the source, not the verb
  ['according-to', "Who doesn't need a lawyer, according to the judge?", 'verb', 'need'],
  // an opinion verb's clause holds the verb the answer turns on
  ['opinion-clause', 'Who does the mayor think broke the window?', 'verb', 'break'],
  ['opinion-clause', 'Why did Tom say he sold the farm?', 'verb', 'sell'],
  // a bare "have" after the subject is the main verb: the subject is not the verb, and the gap is the object
  ['light-verb', 'What do the new phones have inside them?', 'verb', null],
  ['light-verb', 'What do the new phones have inside them?', 'gap', 'object'],
  // "are the divers swimming": a progressive, not a "what is X" question
  ['progressive', 'Through what are the divers swimming?', 'rule', 'what'],
  ['progressive', 'Through what are the divers swimming?', 'verb', 'swim'],
  ['progressive', 'Through what are the divers swimming?', 'gap', 'object'],
  // a word followed by a modal is its subject, not the verb
  ['before-modal', 'When is a day that teachers will call parents?', 'verb', 'call'],
  // after a sort noun, the noun it sorts is the focus
  ['sort-noun', 'What type of music does the band play?', 'focus', ['music', 'plai']],
  // a question's capitalised first word is a name only when it is one
  ['first-word', 'Despite the rain, who won the race?', 'names', []],
  ['first-word', 'Besides Paris, which city did she visit?', 'names', ['Paris']],
  // a clause of time after "where was X" is not part of the subject
  ['where-is-x-clause', 'Where was Ann when the storm hit?', 'subject', 'Ann'],
  ['where-is-x-clause', 'Where was Ann when the storm hit?', 'rule', 'where-is-x'],
];

describe('question reading', () => {
  for (const [id, question, field, expected] of CASES) {
    it(`${id}: ${question} -> ${field}`, () => {
      const q: Question = analyzeQuestion(question);
      expect(q[field]).toEqual(expected);
    });
  }
});
