import { describe, expect, it } from 'vitest';
import { hasCourtesyTitle, looksLikeName, nameTokens, surnameOf } from '../../src/quote/names.js';

// [text, nameTokens]
const TOKENS: [string, string[]][] = [
  ['Sergei Lavrov', ['sergei', 'lavrov']],
  ["Lavrov's", ['lavrov']],
  ['Mr Lavrov', ['lavrov']],
  ['the Russian foreign minister', ['russian', 'foreign', 'minister']],
  ['Bashar al-Assad', ['bashar', 'al', 'assad']],
  ['François Hollande', ['francois', 'hollande']],
  ['Washington’s top diplomat', ['washington', 'top', 'diplomat']],
  ['the', []],
];

describe('nameTokens', () => {
  for (const [text, expected] of TOKENS) it(text, () => expect(nameTokens(text)).toEqual(expected));
});

// [name, family name]
const SURNAMES: [string, string | null][] = [
  ['John Kerry', 'kerry'],
  ['John F. Kerry', 'kerry'],
  ['Martin Luther King Jr', 'king'],
  ['Dr Elena Duarte', 'duarte'],
  ['Kerry', null],
];

describe('surnameOf', () => {
  for (const [name, expected] of SURNAMES) it(name, () => expect(surnameOf(name)).toBe(expected));
});

// [speaker string, is it a proper name]
const NAMES: [string, boolean][] = [
  ['John Kerry', true],
  ['Bank of England', true],
  ['Bashar al-Assad', true],
  ["Conan O'Brien", true],
  ['Foreign Ministry', true],
  ['a State Department spokesman', false],
  ['the top US diplomat', false],
  ["Mr Hale's spokesman", false],
  ['This is what Mr Hale will say', false],
  ['officials', false],
  ['The Company', false],
];

describe('looksLikeName', () => {
  for (const [text, expected] of NAMES) it(`${text}: ${expected}`, () => expect(looksLikeName(text)).toBe(expected));
});

describe('hasCourtesyTitle', () => {
  it('sees "Mr", "Dr", "Sir"', () => {
    expect(['Mr Hale', 'Dr Okafor', 'Sir Ian'].map(hasCourtesyTitle)).toEqual([true, true, true]);
  });
  it('does not see a title inside a word', () => {
    expect(['Mrsic', 'Drummond', 'Hale'].map(hasCourtesyTitle)).toEqual([false, false, false]);
  });
});
