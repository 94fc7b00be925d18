import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/corpus/article.js';
import { findQuotedSegments } from '../../../src/nlp/quotes/marks.js';

/** Each non-blank line is a paragraph. */
function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) spans.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return spans;
}

function segments(text: string): string[] {
  return findQuotedSegments(text, paragraphs(text)).map((s) => text.slice(s.start, s.end));
}

const CASES: [string, string, string[]][] = [
  ['straight double marks', 'He said "we will go" and left.', ['"we will go"']],
  ['curly double marks', 'She said “we will stay,” then sat.', ['“we will stay,”']],
  ['two segments of one sentence', '"A is here," he said, "and B too."', ['"A is here,"', '"and B too."']],
  ['single marks at top level', "The sign read 'Keep out of the yard' in red.", ["'Keep out of the yard'"]],
  [
    'single marks nested in double',
    'He said "they told me \'no way\' twice" today.',
    ['"they told me \'no way\' twice"'],
  ],
  [
    'curly singles nested in curly doubles',
    'She said “the words ‘not now’ hurt” later.',
    ['“the words ‘not now’ hurt”'],
  ],
  ['apostrophes inside a quotation', "\"We can't go, it's Tom's car,\" he said.", ["\"We can't go, it's Tom's car,\""]],
  [
    'apostrophes of years and clipped words',
    "\"Back in the '90s we'd rock 'n' roll,\" she said.",
    ["\"Back in the '90s we'd rock 'n' roll,\""],
  ],
  ['curly apostrophes', 'He said “the city’s plan isn’t ready” at noon.', ['“the city’s plan isn’t ready”']],
  [
    'two apostrophes as a double mark',
    "''It is late,'' he said. ''We must go.''",
    ["''It is late,''", "''We must go.''"],
  ],
  ['a closing shape used to open a paragraph', '” … and then we stopped,” she said.', ['” … and then we stopped,”']],
  [
    'a possessive plural is not a closing mark',
    'The teams\' coach said "we play to win" loudly.',
    ['"we play to win"'],
  ],
  [
    'a quotation going on into the next paragraph',
    '"The first part ends here.\n"The second part ends here."',
    ['"The first part ends here.', '"The second part ends here."'],
  ],
  [
    'a stray opening mark frees the quotations inside it',
    '"He walked in, chanting “go team go!”\nThen he left.',
    ['“go team go!”'],
  ],
  ['an unclosed mark at the end does not swallow the paragraph', 'He said "first" and then "second', ['"first"']],
  [
    'a new sentence reopened without closing the last',
    'She said: "We lost the vote today. "We will be back next year."',
    ['"We lost the vote today.', '"We will be back next year."'],
  ],
  [
    'three sentences of one quotation, each reopened',
    '"The pitch was poor. "The rain did not help. "We still won," he said.',
    ['"The pitch was poor.', '"The rain did not help.', '"We still won,"'],
  ],
  [
    'a quoted title inside a quotation is not a new sentence',
    'He said "we watched "Night Train" twice" and laughed.',
    ['"we watched "Night Train" twice"'],
  ],
];

describe('findQuotedSegments', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      expect(segments(text)).toEqual(expected);
    });
  }

  it('links a continued paragraph to the segment it continues', () => {
    const text = '"The first part.\n"The second part."';
    const found = findQuotedSegments(text, paragraphs(text));
    expect(found.map((s) => [s.open, s.continues])).toEqual([
      [true, null],
      [false, 0],
    ]);
  });
});
