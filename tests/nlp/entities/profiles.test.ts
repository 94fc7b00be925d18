import { describe, expect, it } from 'vitest';
import type { EntityProfile } from '../../../src/nlp/facts.js';
import { entitiesOf, traceText } from './helpers.js';

function profile(text: string, canonical: string): EntityProfile | undefined {
  return entitiesOf(text).profiles.find((p) => p.canonical === canonical);
}

// [role rule, text, person, role]
const roleRows: [string, string, string, string][] = [
  ['title', 'Dutch Trade Minister Ilse Vermeer opened the fair.', 'Ilse Vermeer', 'Dutch Trade Minister'],
  ['title', 'President Omar Haddad spoke first.', 'Omar Haddad', 'President'],
  [
    'role-before',
    'Port Authority spokesman Carl Berglund said no ships left.',
    'Carl Berglund',
    'Port Authority spokesman',
  ],
  ['role-before', 'The crowd cheered striker Luis Ortega.', 'Luis Ortega', 'striker'],
  [
    'apposition',
    'Maria Kessler, a senior analyst at the bank, said rates would rise.',
    'Maria Kessler',
    'a senior analyst',
  ],
  ['apposition', "Petra Novak, Slovakia's foreign minister, arrived.", 'Petra Novak', "Slovakia's foreign minister"],
  [
    'role-before',
    'Voters met Republican presidential nominee Carl Berglund.',
    'Carl Berglund',
    'Republican presidential nominee',
  ],
];

describe('roles', () => {
  for (const [rule, text, person, role] of roleRows) {
    it(`${rule}: ${person} -> ${role}`, () => {
      const expected = role.replace(/^a /, '');
      expect(profile(text, person)?.roles, traceText(text)).toContain(expected);
    });
  }

  it('keeps no form of address, no verb and no preposition as a role', () => {
    const text =
      'Mr Carl Berglund spoke. Critics described party nominee Carl Berglund as weak. Berglund, over the summer, rested.';
    expect(profile(text, 'Carl Berglund')?.roles, traceText(text)).toEqual(['party nominee']);
  });

  it('keeps every role of a person, longest first', () => {
    const text = 'Prime Minister Rosa Lind arrived. Later Lind, the party leader, spoke.';
    expect(profile(text, 'Rosa Lind')?.roles).toEqual(['Prime Minister', 'party leader']);
  });
});

// [alias rule, text, canonical, aliases that must be kept with it]
const aliasRows: [string, string, string, string[]][] = [
  [
    'bracketed-acronym',
    'The Northern Grain Traders Association (NGTA) met. The NGTA voted.',
    'Northern Grain Traders Association',
    ['NGTA'],
  ],
  [
    'bracketed-acronym, a long form read in pieces',
    'Fighters of the Free Army in Karsa and Velm (FAKV) withdrew.',
    'Free Army in Karsa and Velm',
    ['FAKV'],
  ],
  [
    'referring-to',
    '"We will beat Zorbak," he said, referring to the Northern Front group.',
    'Northern Front',
    ['Zorbak'],
  ],
  ['known-as', 'The Eastern Reform Movement, also known as Tavira, won.', 'Eastern Reform Movement', ['Tavira']],
  ['initials of a longer name', 'The Valley Water Board met. The VWB raised prices.', 'Valley Water Board', ['VWB']],
  ['fixed spellings', 'The U.S. and the United States are one; so is America.', 'United States', ['U.S.', 'America']],
];

describe('aliases', () => {
  for (const [rule, text, canonical, aliases] of aliasRows) {
    it(rule, () => {
      const found = profile(text, canonical);
      expect(found, `${JSON.stringify(entitiesOf(text).profiles)}\n${traceText(text)}`).toBeDefined();
      for (const alias of aliases) expect(found?.aliases).toContain(alias);
    });
  }

  it('a glossed name takes the type of the name it stands for', () => {
    const text = '"We will beat Zorbak," he said, referring to the Northern Front group.';
    expect(entitiesOf(text).mentions.find((m) => m.text === 'Zorbak')?.type).toBe('organization');
  });
});

// [what, text, mention text, canonical]
const canonicalRows: [string, string, string, string][] = [
  ['a family name', 'Helga Brandt arrived. Brandt said little.', 'Brandt', 'Helga Brandt'],
  ['a family name with a particle', 'Bashar al-Assad spoke. Assad left.', 'Assad', 'Bashar al-Assad'],
  [
    'a shorter name of a company',
    'Mercator Bancorp Inc. grew. Mercator Bancorp hired.',
    'Mercator Bancorp',
    'Mercator Bancorp Inc.',
  ],
  ['a capitals dateline', 'OSLO 1996-08-30\nTalks in Oslo ended.', 'OSLO', 'Oslo'],
  [
    'a town, not the first word of a full name',
    'Brisloe Barney saw his shadow. Crowds in Brisloe cheered.',
    'Brisloe',
    'Brisloe',
  ],
  [
    'a family name that is also a country',
    'Michael Jordan scored. Fans said Jordan was happy.',
    'Jordan',
    'Michael Jordan',
  ],
  [
    'a royal with a given name alone, not a full name sharing it',
    'Prince Harald and Harald Lind met. Prince Harald smiled.',
    'Harald',
    'Harald',
  ],
  ['a first name alone that one full name has', 'Harald Lind arrived. Later Harald spoke.', 'Harald', 'Harald Lind'],
  [
    'the nearest of two full names',
    'Anna Berg met Lars Berg. Lars Berg spoke first, then Anna Berg. Berg said no.',
    'Berg',
    'Anna Berg',
  ],
];

describe('canonical names', () => {
  for (const [what, text, written, canonical] of canonicalRows) {
    it(what, () => {
      const mention = entitiesOf(text).mentions.find((m) => m.text === written);
      expect(mention?.canonical, traceText(text)).toBe(canonical);
    });
  }

  it('every mention of an entity shares its type and canonical name', () => {
    const { mentions } = entitiesOf('Helga Brandt arrived. Brandt said little. "Brandt is right," he said.');
    expect(new Set(mentions.map((m) => `${m.canonical}:${m.type}`))).toEqual(new Set(['Helga Brandt:person']));
  });
});
