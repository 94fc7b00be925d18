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
  ['work-title', 'Critics loved the film Sideways last year.', 'Sideways', 'misc'],
  ['work-title', 'He starred in the comedy The Lark Ascending.', 'Lark Ascending', 'misc'],
  ['addressed', 'The deal pleased Mr Okafor greatly.', 'Okafor', 'person'],
  ['middle-initial', 'Voters backed Harold J Brisk again.', 'Harold J Brisk', 'person'],
  ['initial-before', 'Selected were K Tolland and P Vessey.', 'Tolland', 'person'],
  ['place-of', 'Crowds gathered in the town of Brisloe on Monday.', 'Brisloe', 'place'],
  ['place-of', 'The farm lies south of Brisloe.', 'Brisloe', 'place'],
  ['place-comma-region', 'The mill at Brisloe, Ontario, closed.', 'Brisloe', 'place'],
  ['ampersand', 'Shares of Harlow & Pike rose.', 'Harlow & Pike', 'organization'],
  ['of-head', 'The Bank of Korvia raised rates.', 'Bank of Korvia', 'organization'],
  ['organization-tail', 'The U.S. Treasury sold bonds.', 'U.S. Treasury', 'organization'],
  ['arabic-organization', 'Fighters of Jabhat Al-Nasr took the town.', 'Jabhat Al-Nasr', 'organization'],
  ['arabic-organization', 'A statement from Al-Tahrir denied it.', 'Al-Tahrir', 'organization'],
  ['arabic-place', 'Tourists flew on to Wadi Zarqa last week.', 'Wadi Zarqa', 'place'],
  ['company-apposition', 'Orders fell at Vantrix, the Dutch dairy company, in May.', 'Vantrix', 'organization'],
  ['team-plural', 'The crowd booed the Blazers all night.', 'Blazers', 'organization'],
  ['team-plural', 'The Calgary Comets won again.', 'Calgary Comets', 'organization'],
  ['company-before', 'Shares in electronics firm Vantrix fell.', 'Vantrix', 'organization'],
  ['company-after', 'Investors sold Vantrix shares on Monday.', 'Vantrix', 'organization'],
  ['company-after', 'The club sold Hallam striker Ivo Brandt.', 'Hallam', 'organization'],
  ['company-of', 'He bought a stake in Vantrix last year.', 'Vantrix', 'organization'],
  ['company-of', 'Tom Hale, chief executive of Vantrix, said sales rose.', 'Vantrix', 'organization'],
  ['its-after', 'Later Vantrix said its profits rose.', 'Vantrix', 'organization'],
  ['its-after', 'Later Vantrix said profits rose.', 'Vantrix', 'organization'],
  ['plural-verb', 'Critics say Hallam are in decline.', 'Hallam', 'organization'],
  ['member-after', "The goal came from Hallam's Tom Brandt.", 'Hallam', 'organization'],
  ['family-name', 'Michael Jordan scored twice. Fans said Jordan was happy.', 'Jordan', 'person'],
  ['first-name-of', 'Steven Gerrard scored. Fans love Steven now.', 'Steven', 'person'],
  ['family-name', 'The prize went to Stilian Petrov. Fans cheered Petrov.', 'Petrov', 'person'],
  ['initials-of', 'The Kurvan Democratic Party met. Members of the KDP voted.', 'KDP', 'organization'],
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
  ['town-side', 'On Saturday Sheffield Harlequin won at home.', 'Sheffield Harlequin', 'organization'],
  ['plural-side', 'The try gave Hornets the lead.', 'Hornets', 'organization'],
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

// [why, text, name, label, section]: what the whole article says about a name no rule decides
const articleRows: [string, string, string, string, string | null][] = [
  [
    'a lone name never given a title, where people go by "Mr" and "Ms", is a business',
    'Mr Hale met Ms Ross. Later Vantrix said nothing.',
    'Vantrix',
    'organization',
    null,
  ],
  [
    'a lone name in a business report is a company',
    'Later Vantrix said nothing.',
    'Vantrix',
    'organization',
    'business',
  ],
  [
    'unless "he" or "she" follows it',
    'Mr Hale met Ms Ross. Later Vantrix said he would go.',
    'Vantrix',
    'person',
    null,
  ],
  [
    'or it is the family name of a full name',
    'Tom Vantrix joined. Later Vantrix said nothing.',
    'Vantrix',
    'person',
    'business',
  ],
  [
    'a town named in a full name keeps its own votes',
    'Brisloe Barney saw his shadow. Crowds in Brisloe cheered.',
    'Brisloe',
    'place',
    null,
  ],
];

describe('entity labels from the whole article', () => {
  for (const [why, text, name, label, section] of articleRows) {
    it(why, () => {
      const found = traceOf(text, section).filter((c) => c.text === name);
      expect(found.length, traceText(text, section)).toBeGreaterThan(0);
      for (const c of found) expect(c.label, traceText(text, section)).toBe(label);
    });
  }
});
