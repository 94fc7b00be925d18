import { describe, expect, it } from 'vitest';
import { datelineLength, skipReason } from '../../src/summary/candidates.js';
import { words } from '../../src/summary/terms.js';

// Sentences a summary may use, however they look.
const KEPT: string[] = [
  '"We will build it on time," the mayor told the council on Tuesday.',
  'The U.S. firm bought 12,000 tickets for its staff, a spokesman said.',
  'Ferry crews said the storm was the worst in 30 years!',
  'Mayor Elena Duarte said the bridge would "change the city for good."',
  '12,000 runners finished the race in the rain on Sunday.',
  '“The harbour never sleeps,” said the pilot, who has worked there for 20 years.',
];

describe('sentences a summary may use', () => {
  for (const text of KEPT) {
    it(text.slice(0, 50), () => expect(skipReason(text, words(text).length)).toBeNull());
  }
});

// Lead sentences that open with capitals but no dateline.
const NO_DATELINE: string[] = [
  'US-Russia ties have been strained over the crisis.',
  'UK sales rose 5% - the best month in a decade.',
  'NATO said on Monday that the exercise would go ahead.',
  'BBC News - the corporation said nothing.',
  'I - for one - welcome the decision.',
];

describe('leads without a dateline', () => {
  for (const text of NO_DATELINE) {
    it(text.slice(0, 40), () => expect(datelineLength(text, 0)).toBe(0));
  }
});
