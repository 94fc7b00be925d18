import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../../src/answer/text/tagged.js';

/** compromise's own reading of a text: each word with its tags. */
function compromiseTags(text: string): [string, string[]][] {
  const sentences = nlp(text).json() as { terms: { text: string; tags: string[] }[] }[];
  return sentences.flatMap((s) =>
    s.terms.filter((t) => t.text !== '').map((t): [string, string[]] => [t.text, t.tags]),
  );
}

/** Sentences written for this test: names, numbers, contractions, quotes, a line break. */
const SENTENCES = [
  'Union leader Dana Kowal met Transport Minister Luis Ortega in Ottawa on Monday.',
  '"We can\'t wait any longer," she said, adding that 3,400 workers would walk out.',
  'The festival, founded in 1987 by the local sailing club, drew more than 12,000 visitors.',
  "It's the school's first robotics lab\nand it cost $40,000.",
];

describe('tagged words', () => {
  for (const sentence of SENTENCES) {
    it(`have compromise's words and tags, read lazily: ${sentence}`, () => {
      const words = tagText(sentence);
      expect(words.map((w): [string, string[]] => [w.raw, [...w.tags].sort()])).toEqual(
        compromiseTags(sentence).map(([text, tags]) => [text, [...tags].sort()]),
      );
      for (const w of words) expect(sentence.slice(w.start, w.end)).toBe(w.raw);
    });
  }

  it('are placed in their article by the offset given', () => {
    const sentence = SENTENCES[0];
    const shifted = tagText(sentence, 100);
    expect(shifted.map((w) => w.start)).toEqual(tagText(sentence).map((w) => w.start + 100));
    expect(shifted[2].tags.has('Person')).toBe(true);
  });
});
