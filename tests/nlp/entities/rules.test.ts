import { describe, expect, it } from 'vitest';
import { traceOf, traceText } from './helpers.js';

// [rule id, text, name, label the name settles on]; the rule must have voted for that name.
const rows: [string, string, string, string][] = [
  ['titled', 'The talks were led by Foreign Minister Anna Lindqvist of Sweden.', 'Anna Lindqvist', 'person'],
  ['nationality', 'Two Italian climbers reached the summit.', 'Italian', 'misc'],
  ['nationality-ending', 'A South Korean delegation arrived late.', 'South Korean', 'misc'],
  ['nationality-shape', 'The Ruritanian envoy declined to comment.', 'Ruritanian', 'misc'],
  ['event-ending', 'She won the Harbour Cup last year.', 'Harbour Cup', 'misc'],
  ['known-event', 'Sales rose before Christmas again.', 'Christmas', 'misc'],
  ['nationality', 'The Tory benches were full.', 'Tory', 'misc'],
  ['org-ending', 'Shares of Northwind Traders Inc. rose sharply.', 'Northwind Traders Inc.', 'organization'],
  ['org-ending', 'He signed with Blue Lantern Records in May.', 'Blue Lantern Records', 'organization'],
  ['organization-head', 'She told BBC Tyneside on Monday.', 'BBC Tyneside', 'organization'],
  ['place-ending', 'Boats sailed up the Tamsin River at dawn.', 'Tamsin River', 'place'],
  ['known-place', 'Prices rose in Lisbon and Oslo.', 'Oslo', 'place'],
  ['known-organization', 'The proposal went to NATO for review.', 'NATO', 'organization'],
  ['known-person', 'The portrait showed Aristotle in his study.', 'Aristotle', 'person'],
  ['first-name', 'The prize went to Laura Fenwick on stage.', 'Laura Fenwick', 'person'],
  ['initials', 'The second innings belonged to K. Whitlock alone.', 'K. Whitlock', 'person'],
  ['last-name', 'Reporters waited for Jorge Martinez outside.', 'Jorge Martinez', 'person'],
  ['name-particle', 'The court summoned Hendrik van Oostrum again.', 'Hendrik van Oostrum', 'person'],
  ['acronym', 'Members of the QZRB met on Monday.', 'QZRB', 'organization'],
  ['role-before', 'The company hired analyst Tove Brannstrom to review it.', 'Tove Brannstrom', 'person'],
  ['speaker', 'The plan will fail, Okonkwo said on Tuesday.', 'Okonkwo', 'person'],
  ['who-clause', 'They met Halvorsen, who arrived in the morning.', 'Halvorsen', 'person'],
  ['place-preposition', 'Fighting broke out near Zarqetta on Monday.', 'Zarqetta', 'place'],
  ['bracketed-origin', 'Mira Kovac (Croatia) won the final.', 'Croatia', 'place'],
  ['plural-name', 'The Warriors won again on Sunday.', 'Warriors', 'organization'],
  ['dateline', 'OSLO (Reuters) - The talks ended on Monday.', 'OSLO', 'place'],
];

describe('entity rules', () => {
  for (const [rule, text, name, label] of rows) {
    it(`${rule}: ${name} -> ${label}`, () => {
      const found = traceOf(text).find((c) => c.text === name);
      expect(found, traceText(text)).toBeDefined();
      expect(
        found?.votes.some((v) => v.startsWith(`${rule}:`)),
        traceText(text),
      ).toBe(true);
      expect(found?.label, traceText(text)).toBe(label);
    });
  }
});

// [rule id, text, name, label, section]: rules that only speak in sports reports.
const sportsRows: [string, string, string, string][] = [
  ['sports-side', 'Marlow beat Eastleigh 3-1 on Saturday.', 'Marlow', 'organization'],
  ['sports-place', 'Leeds dominated the second half before the break.', 'Leeds', 'organization'],
];

describe('entity rules in sports reports', () => {
  for (const [rule, text, name, label] of sportsRows) {
    it(`${rule}: ${name} -> ${label}`, () => {
      const found = traceOf(text, 'sport').find((c) => c.text === name);
      expect(found, traceText(text, 'sport')).toBeDefined();
      expect(
        found?.votes.some((v) => v.startsWith(`${rule}:`)),
        traceText(text, 'sport'),
      ).toBe(true);
      expect(found?.label, traceText(text, 'sport')).toBe(label);
    });
  }

  it('sports-place: a town where the match is played stays a place', () => {
    const text = 'The final was played at Leeds on Saturday.';
    expect(traceOf(text, 'sport').find((c) => c.text === 'Leeds')?.label, traceText(text, 'sport')).toBe('place');
  });
});
