import { nlp } from '../../../src/nlp/compromise.js';
import { describe, expect, it } from 'vitest';

/** compromise's own reading of a text: each word with its tags, sorted. */
const compromiseTags = (text: string): string[][] =>
  nlp(text)
    .json()
    .flatMap((s: { terms: { text: string; tags: string[] }[] }) => s.terms.map((t) => [...t.tags].sort()));

/** Sentences written for this test, each where a pattern's `notIf` holds it back ("would like", "was back"). */
const SENTENCES = [
  'They would like some coffee after the match.',
  'He was back home by noon on Tuesday.',
  'The talks are getting close to a deal.',
];

// compromise parses its patterns in place when its own tagger first runs; the tagger must read them the same
// whether that happened before it was loaded (this file) or not (tagged.test.ts)
describe('tagged words, compromise having tagged first', () => {
  it('have the same tags as compromise', async () => {
    compromiseTags('She was seen walking the dog.');
    const { tagText } = await import('../../../src/answer/text/tagged.js');
    for (const sentence of SENTENCES) {
      expect(tagText(sentence).map((w) => [...w.tags].sort())).toEqual(compromiseTags(sentence));
    }
  });
});
