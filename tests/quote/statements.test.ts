import { describe, expect, it } from 'vitest';
import { quotedWords } from '../../src/quote/statements.js';

// [text, the quoted segment as the extractor spans it (marks included), the quoted words]
const ROWS: [string, string, string][] = [
  ['"We won," she said.', '"We won,"', 'We won'],
  ['“We won,” she said.', '“We won,”', 'We won'],
  ['He said: "It is over."', '"It is over."', 'It is over.'],
  ["'Not now,' he said.", "'Not now,'", 'Not now'],
  ['She spoke of "a new start" for all.', '"a new start"', 'a new start'],
  ['"A long speech that goes on', '"A long speech that goes on', 'A long speech that goes on'],
  ['"Read \'Ulysses\' twice," he said.', '"Read \'Ulysses\' twice,"', "Read 'Ulysses' twice"],
  ['“We are ready — ” he said.', '“We are ready — ”', 'We are ready'],
  ['He asked "why not?" and left.', '"why not?"', 'why not?'],
];

describe('quotedWords', () => {
  for (const [text, segment, expected] of ROWS) {
    it(`${segment}`, () => {
      const start = text.indexOf(segment);
      const span = quotedWords(text, { start, end: start + segment.length });
      expect(text.slice(span.start, span.end)).toBe(expected);
    });
  }
});
