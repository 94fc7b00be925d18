import nlp from 'compromise';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../../src/answer/text/tagged.js';
import { openLibrary } from '../../../src/library.js';

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

  // the tagger runs compromise's patterns its own way (see `postTag`): every sentence of the seed articles
  // must come out as compromise's own tagger tags it
  it('have the tags of compromise on every sentence of the seed articles', () => {
    const library = openLibrary({ corpusDir: path.resolve(import.meta.dirname, '../../../seeds'), cacheDir: null });
    const texts = library.documents.flatMap(({ article, facts }) =>
      facts.sentences.map((s) => article.text.slice(s.start, s.end)),
    );
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      const tagged = tagText(text).map((w): [string, string[]] => [w.raw, [...w.tags].sort()]);
      const expected = compromiseTags(text).map(([raw, tags]): [string, string[]] => [raw, [...tags].sort()]);
      expect(tagged, text).toEqual(expected);
    }
  });

  it('are placed in their article by the offset given', () => {
    const sentence = SENTENCES[0];
    const shifted = tagText(sentence, 100);
    expect(shifted.map((w) => w.start)).toEqual(tagText(sentence).map((w) => w.start + 100));
    expect(shifted[2].tags.has('Person')).toBe(true);
  });
});
