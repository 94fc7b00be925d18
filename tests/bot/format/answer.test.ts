import { describe, expect, test } from 'vitest';
import type { Answer, Evidence } from '../../../src/answer/types.js';
import { answerReply, boldSentence } from '../../../src/bot/format/answer.js';

const SENTENCE = 'The harbour festival opens on Saturday, June 3, with boats from six towns.';
const AT = 1000;

function evidence(overrides: Partial<Evidence> = {}): Evidence {
  const start = SENTENCE.indexOf('Saturday, June 3');
  return {
    article: 'a1',
    title: 'Harbour festival returns',
    date: '2023-05-30',
    sentence: SENTENCE,
    start: AT,
    end: AT + SENTENCE.length,
    answerStart: AT + start,
    answerEnd: AT + start + 'Saturday, June 3'.length,
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'when does the harbour festival open',
    kind: 'when',
    answer: 'Saturday, June 3, 2023',
    value: '2023-06-03',
    confidence: 0.9,
    evidence: [evidence()],
    ...overrides,
  };
}

describe('boldSentence', () => {
  const rows: [string, Partial<Evidence>, string | null, string][] = [
    [
      'offsets',
      {},
      'Saturday, June 3, 2023',
      'The harbour festival opens on **Saturday, June 3**, with boats from six towns.',
    ],
    [
      'answer text when there are no offsets',
      { answerStart: undefined, answerEnd: undefined },
      'six towns',
      'The harbour festival opens on Saturday, June 3, with boats from **six towns**.',
    ],
    [
      'spaces kept outside the markers',
      { answerStart: AT + SENTENCE.indexOf(' with'), answerEnd: AT + SENTENCE.indexOf('with') + 4 },
      'with',
      'The harbour festival opens on Saturday, June 3, **with** boats from six towns.',
    ],
    [
      'markdown in the sentence escaped around the bold',
      { sentence: 'Opens *Saturday* at_noon', start: 0, answerStart: 7, answerEnd: 15 },
      'Saturday',
      'Opens \\***Saturday**\\* at\\_noon',
    ],
  ];
  for (const [name, overrides, answerText, expected] of rows) {
    test(name, () => {
      expect(boldSentence(evidence(overrides), answerText)).toBe(expected);
    });
  }
});

describe('answerReply', () => {
  test('the short answer is the title, the question the author line, the evidence a quote with its source', () => {
    const [embed] = answerReply(answer()).embeds ?? [];
    expect(embed.title).toBe('Saturday, June 3, 2023');
    expect(embed.author).toEqual({ name: 'when does the harbour festival open' });
    expect(embed.description).toBe(
      '> The harbour festival opens on **Saturday, June 3**, with boats from six towns.\n' +
        '*Harbour festival returns* · 30 May 2023',
    );
  });

  test('a source with a URL is a link', () => {
    const [embed] = answerReply(answer({ evidence: [evidence({ url: 'https://news.example/harbour' })] })).embeds ?? [];
    expect(embed.description).toContain('[Harbour festival returns](https://news.example/harbour) · 30 May 2023');
  });

  test('no answer: an honest title, and the closest sentences without bold', () => {
    const [embed] = answerReply(answer({ answer: null, confidence: 0 })).embeds ?? [];
    expect(embed.title).toBe("The articles don't say.");
    expect(embed.description).toMatch(/^The closest sentences:\n\n> The harbour festival opens on Saturday/);
    expect(embed.description).not.toContain('**');
  });

  test('no answer and no evidence: the title alone, and the note when there is one', () => {
    expect(answerReply(answer({ answer: null, evidence: [] })).embeds?.[0].description).toBeUndefined();
    const [embed] =
      answerReply(answer({ answer: null, evidence: [], note: 'No article mentions a festival.' })).embeds ?? [];
    expect(embed.description).toBe('*No article mentions a festival.*');
  });

  test('three evidence sentences at most, the rest counted', () => {
    const many = Array.from({ length: 5 }, (_, i) => evidence({ title: `Source ${i}` }));
    const [embed] = answerReply(answer({ evidence: many })).embeds ?? [];
    expect(embed.description?.match(/^> /gm)).toHaveLength(3);
    expect(embed.description).toMatch(/\n\n…and 2 more sources$/);
  });

  test('a note that only repeats "the articles don\'t say" is left out', () => {
    const [embed] = answerReply(answer({ answer: null, evidence: [], note: 'The articles don’t say' })).embeds ?? [];
    expect(embed.description).toBeUndefined();
  });

  test('an answer and a note; the note comes last, in italics', () => {
    const [embed] = answerReply(answer({ note: 'The articles differ on the year.' })).embeds ?? [];
    expect(embed.description).toMatch(/\n\n\*The articles differ on the year\.\*$/);
  });
});
