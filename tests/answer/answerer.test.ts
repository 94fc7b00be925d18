import { describe, expect, it } from 'vitest';
import { createExplainer, describeTrace, libraryOf, SEEDS } from './fixtures.js';

const explain = createExplainer(libraryOf(SEEDS));

/** [question about the seed articles, words the answer must contain, calendar value (when questions)] */
const CASES: [string, string, string?][] = [
  ['When will the New York talks take place?', 'Friday, December 18, 2015', '2015-12-18'],
  ['when did the war in Syria begin', 'March 2011', '2011-03'],
  ['What is Sergei Lavrov?', 'Foreign Minister'],
  ['who is John Kirby', 'spokesman'],
  ['Where did Putin receive Kerry?', 'Moscow'],
  ['who did Kerry meet in Moscow', 'Putin'],
  ['How many people have died in the Syrian conflict?', '250,000'],
  ['What did Kirby predict?', 'the same level of activity and energy'],
];

describe('answers over the seed articles', () => {
  for (const [question, expected, value] of CASES) {
    it(question, () => {
      const trace = explain(question);
      expect(trace.answer.answer ?? '', describeTrace(trace)).toContain(expected);
      if (value) expect(trace.answer.value).toBe(value);
      expect(trace.answer.confidence).toBeGreaterThan(0);
      expect(trace.answer.confidence).toBeLessThanOrEqual(1);
    });
  }

  it('lists one evidence sentence per article that reports the answer, the explicit one first', () => {
    const { answer } = explain('when is the New York meeting');
    expect(answer.evidence.map((e) => e.article)).toEqual(['001_b1c9cb2b70b6979d', '000_58b9108ddbc716e4']);
    const [{ sentence, start, answerStart = 0, answerEnd = 0 }] = answer.evidence;
    expect(sentence.slice(answerStart - start, answerEnd - start)).toBe('this Friday, December 18');
  });

  it('answers "who is X" with the role, "who did X meet" never with X', () => {
    expect(explain('who is Sergei Lavrov').answer.answer).toMatch(/Foreign Minister/);
    expect(explain('who did Kerry meet').answer.answer).not.toMatch(/Kerry/);
  });

  it('restricts the answer to one article, and says so for an unknown one', () => {
    const only = explain('when is the New York meeting', { article: '000_58b9108ddbc716e4' }).answer;
    expect(only.evidence.every((e) => e.article === '000_58b9108ddbc716e4')).toBe(true);
    const unknown = explain('when is the New York meeting', { article: 'no-such-article' }).answer;
    expect(unknown).toMatchObject({ answer: null, evidence: [], note: 'No article has the id "no-such-article".' });
  });

  it('gives offsets that point at the evidence sentence in the article text', () => {
    const library = libraryOf(SEEDS);
    const { answer } = createExplainer(library)('where did Kerry meet Putin');
    for (const e of answer.evidence) {
      const text = library.documents.find((d) => d.article.id === e.article)?.article.text;
      expect(text?.slice(e.start, e.end)).toBe(e.sentence);
    }
  });
});
