import { describe, expect, it } from 'vitest';
import { datelineLength, skipReason } from '../../src/summary/candidates.js';
import { words } from '../../src/summary/terms.js';

const skip = (text: string): string | null => skipReason(text, words(text).length);

// [sentence, the id of the rule that keeps it out of a summary]
const SKIPPED: [string, string][] = [
  ['It rained.', 'too-short'],
  ['Pictured: the new pier.', 'too-short'],
  [`${'The council met again and '.repeat(12)}agreed.`, 'too-long'],
  ['What happens to the ferry timetable when the bridge opens next spring?', 'question'],
  ['"Who will pay for the new bridge across the harbour?"', 'question'],
  ['and the rest of the crews followed them home later that night.', 'lowercase-start'],
  ['Read more about the harbour bridge and its long history here', 'no-final-stop'],
];

describe('sentences a summary leaves out', () => {
  for (const [text, rule] of SKIPPED) {
    it(`${rule}: ${text.slice(0, 40)}`, () => expect(skip(text)).toBe(rule));
  }
});

// [lead sentence, its dateline]
const DATELINES: [string, string][] = [
  ['LAKESIDE (Staff) - The first marathon starts on Sunday.', 'LAKESIDE (Staff) - '],
  ['HARBOURTON : The ferry crews went on strike.', 'HARBOURTON : '],
  ['NEW PORT, March 3 (Wire) -- Shares in the ferry firm rose.', 'NEW PORT, March 3 (Wire) -- '],
  ['OSLO — The talks resumed on Monday.', 'OSLO — '],
];

describe('datelines', () => {
  for (const [text, dateline] of DATELINES) {
    it(dateline.trim(), () => expect(datelineLength(text, 0)).toBe(dateline.length));
  }

  it('are read off the lead sentence only', () => {
    expect(datelineLength(DATELINES[0][0], 3)).toBe(0);
  });
});
