import { describe, expect, it } from 'vitest';
import { type Acronyms, expandAcronyms, initialsOf } from '../../src/answer/acronyms.js';

/** [name, its initials or null] */
const INITIALS: [string, string | null][] = [
  ['Northern Ports Trade Council', 'NPTC'],
  ['Bank of the North', null],
  ['Organization of Harbour Pilots and Crews', 'OHPC'],
  ['Ines Varga', null],
  ['the harbour support fund', null],
];

const KNOWN: Acronyms = {
  expansions: new Map([
    ['NPTC', 'Northern Ports Trade Council'],
    ['HSF', 'Harbour Support Fund'],
  ]),
  names: new Set(['HSF']),
};

/** [question, the question as read] */
const EXPANSIONS: [string, string][] = [
  ['what is the NPTC', 'what is the Northern Ports Trade Council'],
  ['who chairs the N.P.T.C.', 'who chairs the Northern Ports Trade Council'],
  // an acronym the articles use as a name stays as it is
  ['who runs the HSF', 'who runs the HSF'],
  // no name has these initials
  ['what is the ABC', 'what is the ABC'],
];

describe('acronyms', () => {
  it('are not worked out for a question without one', () => {
    expect(
      expandAcronyms('who chairs the council', () => {
        throw new Error('asked for the acronyms');
      }),
    ).toBe('who chairs the council');
  });
  for (const [name, initials] of INITIALS) {
    it(`initials of ${name}`, () => expect(initialsOf(name)).toBe(initials));
  }
  for (const [question, read] of EXPANSIONS) {
    it(`reads ${question}`, () => expect(expandAcronyms(question, () => KNOWN)).toBe(read));
  }
});
