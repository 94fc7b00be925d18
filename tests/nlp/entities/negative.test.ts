import { describe, expect, it } from 'vitest';
import { entitiesOf, traceText, typed } from './helpers.js';

// [why, text, words that must not come out as a person, place or organization]
const rows: [string, string, string[]][] = [
  [
    'a sentence-initial capital',
    'Trailing by forty, the hosts rallied. Organisers were pleased.',
    ['Trailing', 'Organisers'],
  ],
  ['a capital after a quotation mark', 'He said: "Nobody expected this," and left.', ['Nobody']],
  ['"May" the month', 'The vote was held in May and again in June.', ['May', 'June']],
  ['weekdays', 'The talks resume on Friday, not Monday.', ['Friday', 'Monday']],
  ['month abbreviations', 'The meeting is on Dec 18 in the capital.', ['Dec']],
  [
    'a headline in capitals',
    'FERRY SERVICE HALTED AFTER STORM WARNING\nThe ferry stayed in port on Tuesday.',
    ['FERRY', 'SERVICE', 'STORM', 'WARNING'],
  ],
  ['nationalities', 'German and Brazilian officials met Italian diplomats.', ['German', 'Brazilian', 'Italian']],
  ['an event', 'The Winter Olympics open next month.', ['Winter Olympics', 'Olympics']],
  ['a title with no name after it', 'The Foreign Minister declined to comment.', ['Foreign Minister', 'Minister']],
  ['"I" and contractions', "I'm sure I will go, she said.", ["I'm", 'I']],
  ['codes and lone letters', 'The F-16 and the M1 were parked at gate B.', ['F-16', 'M1', 'B']],
  [
    'a descriptive compound',
    'The London-based firm and the Russian-backed rebels clashed.',
    ['London-based', 'Russian-backed'],
  ],
  ['two names joined by a hyphen', 'US-Russia ties have been strained.', ['US-Russia']],
  ['a caption marker', 'Crowds gathered at the square. PHOTO: Staff', ['PHOTO']],
  ['a holiday and an awards night', 'Shops were busy before Christmas and the Oscars.', ['Christmas', 'Oscars']],
  [
    'a title kept out of the name',
    'Tory MP Jane Ross spoke. Singer Tom Hale sang.',
    ['Tory MP Jane Ross', 'Singer Tom Hale'],
  ],
  ['plurals of abbreviations', 'Sales of PCs and DVDs rose, MPs said.', ['PCs', 'DVDs', 'MPs']],
  ['"Former" opening a sentence', 'Former Hallam striker Tom Brandt spoke.', ['Former Hallam']],
  [
    'plurals opening sentences, with a verb of saying',
    'Supporters say it works. Prosecutors said little.',
    ['Supporters', 'Prosecutors'],
  ],
  ['the title of a work', 'Critics loved the film Sideways and his latest play Blackbird.', ['Sideways', 'Blackbird']],
  ['a people in the plural after "the"', 'The North Africans were held to a draw.', ['North Africans', 'Africans']],
];

describe('entities: text that names no one', () => {
  for (const [why, text, words] of rows) {
    it(why, () => {
      const found = typed(text).map((t) => t.slice(0, t.lastIndexOf(':')));
      for (const word of words) expect(found, `${word}\n${traceText(text)}`).not.toContain(word);
    });
  }

  it('"also named" is no cue for an alias', () => {
    const text = 'The band Kestrel were also named best Polish act.';
    const kestrel = entitiesOf(text).profiles.find((p) => p.canonical === 'Kestrel');
    expect(kestrel?.aliases, traceText(text)).toEqual([]);
  });

  it('a description that ends in no business is no apposition', () => {
    const text = 'Police held Ivo Wang, the pressure group Human Rights Watch said, and Tom Sato, a telecoms analyst.';
    const found = typed(text);
    expect(found, traceText(text)).not.toContain('Ivo Wang:organization');
    expect(found, traceText(text)).not.toContain('Tom Sato:organization');
  });

  it('a ship is no company', () => {
    const text = 'The aircraft carrier Resolute sailed west.';
    expect(typed(text), traceText(text)).not.toContain('Resolute:organization');
  });

  it('a title of a work is not read as a person', () => {
    const text = 'Critics praised the novel War and Peace again.';
    expect(
      typed(text).filter((t) => t.endsWith(':person')),
      traceText(text),
    ).toEqual([]);
  });
});
