import { describe, expect, it } from 'vitest';
import { processTerm, termsOf, tokenize } from '../../src/index/terms.js';

/** [what the row checks, text, its index terms] */
const CASES: [string, string, string[]][] = [
  ['stop and question words go', 'who is the president of the club', ['presid', 'club']],
  ['irregular verbs take their base form', 'Kerry met Putin and won', ['kerri', 'meet', 'putin', 'win']],
  ['a capitalised word is a name, not a verb form', 'Ji-Won Yoon', ['ji', 'won', 'yoon']],
  ['possessives drop', "Syria's war", ['syria', 'war']],
  ['numbers keep their digits', '250,000 people in 2011', ['250000', 'peopl', '2011']],
  ['dotted acronyms are one word', 'the U.S. envoy', ['us', 'envoi']],
  ['all-capitals words are never stop words', 'US and WHO officials', ['us', 'who', 'offici']],
  ['regular endings are stemmed', 'meetings unionized', ['meet', 'union']],
  ['short -y and -ie verbs keep one term', 'died dying tried flies tied', ['die', 'die', 'try', 'fly', 'tie']],
  ["longer -y verbs are the stemmer's", 'studied married', ['studi', 'marri']],
];

describe('index terms', () => {
  for (const [what, text, expected] of CASES) {
    it(`${what}: ${text}`, () => {
      expect(termsOf(text)).toEqual(expected);
    });
  }

  it('tokenizes hyphenated words apart and keeps decimals whole', () => {
    expect(tokenize('a 17-nation group grew 3.5 percent')).toEqual([
      'a',
      '17',
      'nation',
      'group',
      'grew',
      '3.5',
      'percent',
    ]);
  });

  it('leaves out single letters and stop words', () => {
    expect([processTerm('a'), processTerm('The'), processTerm('x')]).toEqual([null, null, null]);
  });
});
