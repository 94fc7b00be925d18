import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createExplainer,
  describeTrace,
  type Explainer,
  FIXTURE_ARTICLES,
  libraryOf,
  removeTemporary,
  SEEDS,
  temporaryCorpus,
} from './fixtures.js';

/** Questions the articles do not answer: each must come back with `answer: null`. */
const SEED_QUESTIONS = [
  'When did Putin visit Washington?',
  'who won the 2016 US presidential election',
  'how many goals did the home team score',
  'What did Merkel say about refugees?',
  'who is Angela Merkel',
  'where was the 2014 World Cup final played',
];
const FIXTURE_QUESTIONS = [
  'when did the rail workers strike in 1995',
  'who is the mayor of Winnipeg',
  'what did Luis Ortega say about the strike',
  'where was Mara Olsen born',
  // a name of two words that no article holds whole: "Winnipeg" is in one article, "festival" in another
  'who won the Winnipeg Festival',
  'when did the Halifax Strike end',
];

let corpus: string;
let fixtures: Explainer;
beforeAll(() => {
  corpus = temporaryCorpus(FIXTURE_ARTICLES);
  fixtures = createExplainer(libraryOf(corpus));
});
afterAll(() => removeTemporary(corpus));

describe('questions the articles do not answer', () => {
  const seeds = createExplainer(libraryOf(SEEDS));
  for (const question of SEED_QUESTIONS) {
    it(`seeds: ${question}`, () => {
      const trace = seeds(question);
      expect(trace.answer.answer, describeTrace(trace)).toBeNull();
      expect(trace.answer.confidence).toBe(0);
    });
  }
  for (const question of FIXTURE_QUESTIONS) {
    it(`fixtures: ${question}`, () => {
      const trace = fixtures(question);
      expect(trace.answer.answer, describeTrace(trace)).toBeNull();
    });
  }
});
