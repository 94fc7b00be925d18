import { describe, expect, it } from 'vitest';
import { canonicalFor, mentionAt, profileFor } from '../../../src/nlp/entities/index.js';
import { linkAcrossArticles } from '../../../src/nlp/entities/link.js';
import type { ArticleFacts } from '../../../src/nlp/facts.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { articleOf, entitiesOf } from './helpers.js';

function factsOf(text: string): ArticleFacts {
  const { mentions, profiles } = entitiesOf(text);
  return {
    sentences: splitSentences(articleOf(text)),
    entities: mentions,
    profiles,
    dates: [],
    quotes: [],
    inferredDate: null,
  };
}

const canonicals = (facts: ArticleFacts): string[] => [...new Set(facts.entities.map((m) => m.canonical))].sort();

describe('linkAcrossArticles', () => {
  it('a family name alone takes the one full name other articles give it', () => {
    const [, second] = linkAcrossArticles([
      factsOf('Foreign Minister Greta Holm arrived in Oslo.'),
      factsOf('The talks went well, Holm said.'),
    ]);
    expect(canonicals(second)).toEqual(['Greta Holm']);
    expect(second.profiles.find((p) => p.canonical === 'Greta Holm')?.aliases).toContain('Holm');
  });

  it('a family name shared by two full names stays as written', () => {
    const [, , third] = linkAcrossArticles([
      factsOf('Greta Holm arrived in Oslo.'),
      factsOf('Erik Holm arrived in Bergen.'),
      factsOf('The talks went well, Holm said.'),
    ]);
    expect(canonicals(third)).toEqual(['Holm']);
  });

  // [why, the full name's article, the lone name's article, canonical the lone name takes]
  const roleRows: [string, string, string, string][] = [
    [
      'conflicting roles keep a family name apart',
      'Defence Secretary Greta Holm arrived in Oslo.',
      'Later Holm, chief executive of Petrox, said oil prices rose.',
      'Holm',
    ],
    [
      "a peer's title the full name never has keeps it apart",
      'Greta Holm arrived in Oslo.',
      'Lord Holm said oil prices rose.',
      'Holm',
    ],
    [
      'a royal title the full name never has keeps it apart',
      'Greta Holm arrived in Oslo.',
      'Queen Holm opened the parliament.',
      'Holm',
    ],
    [
      'roles with the same head join',
      'Foreign Secretary Greta Holm arrived in Oslo.',
      'The talks went well, Secretary Holm said.',
      'Greta Holm',
    ],
  ];
  for (const [why, full, lone, canonical] of roleRows) {
    it(why, () => {
      const [, second] = linkAcrossArticles([factsOf(full), factsOf(lone)]);
      expect(second.entities.filter((m) => m.text === 'Holm').map((m) => m.canonical)).toEqual([canonical]);
    });
  }

  it('names sharing a stated alias become one, named as most articles name them', () => {
    const linked = linkAcrossArticles([
      factsOf('The Northern Grain Traders Association (NGTA) met.'),
      factsOf('The NGTA and the Northern Grain Traders Association are one.'),
      factsOf('Officials of the NGTA met on Monday.'),
    ]);
    expect(linked.map(canonicals)).toEqual([
      ['Northern Grain Traders Association'],
      ['Northern Grain Traders Association'],
      ['Northern Grain Traders Association'],
    ]);
  });

  it('renames the speakers of quotes with their entities', () => {
    const second = factsOf('The talks went well, Holm said.');
    second.quotes = [
      { text: '"x"', start: 0, end: 3, speaker: 'Holm', speakerStart: 23, speakerEnd: 27, sentence: 0, rule: 't' },
    ];
    const [, linked] = linkAcrossArticles([factsOf('Greta Holm arrived in Oslo.'), second]);
    expect(linked.quotes[0].speaker).toBe('Greta Holm');
  });
});

describe('lookups for other extractors', () => {
  const text = 'Russian Foreign Minister Sergei Lavrov met Kerry. "We agree," Lavrov said.';
  const { mentions, profiles } = entitiesOf(text);
  const at = (word: string) => ({ start: text.lastIndexOf(word), end: text.lastIndexOf(word) + word.length });

  it('canonicalFor maps a span to its entity', () => {
    expect(canonicalFor(mentions, at('Lavrov'))).toBe('Sergei Lavrov');
    expect(canonicalFor(mentions, { start: at('Lavrov').start, end: at('Lavrov').start + 3 })).toBe('Sergei Lavrov');
    expect(canonicalFor(mentions, at('said'))).toBeNull();
  });

  it('mentionAt can ask for one type', () => {
    expect(mentionAt(mentions, at('Lavrov'), 'place')).toBeNull();
    expect(mentionAt(mentions, at('Lavrov'), 'person')?.text).toBe('Lavrov');
  });

  it('profileFor finds a profile by name, alias or family name', () => {
    expect(profileFor(profiles, 'lavrov')?.roles).toEqual(['Russian Foreign Minister']);
    expect(profileFor(profiles, 'Sergei Lavrov')?.canonical).toBe('Sergei Lavrov');
    expect(profileFor(profiles, 'Putin')).toBeNull();
  });
});

describe('linking articles added later', () => {
  // [why, articles linked first, articles added]
  const rows: [string, string[], string[]][] = [
    [
      'a lone family name takes the full name of an added article',
      ['The talks went well, Holm said.'],
      ['Foreign Minister Greta Holm arrived in Oslo.'],
    ],
    [
      'a second full name makes a lone family name stand as written again',
      ['Greta Holm arrived in Oslo.', 'The talks went well, Holm said.'],
      ['Erik Holm arrived in Bergen.'],
    ],
    [
      'an added alias joins two names into one',
      ['The Northern Grain Traders Association met.', 'Officials of the NGTA met on Monday.'],
      ['The Northern Grain Traders Association (NGTA) met.'],
    ],
    [
      'added uses change the name a group takes',
      ['The Northern Grain Traders Association (NGTA) met.', 'The NGTA met.'],
      ['The NGTA met again.', 'Officials of the NGTA met on Monday.'],
    ],
    ['an article naming nobody', ['Greta Holm arrived in Oslo.'], ['It rained all day.']],
  ];
  for (const [why, first, added] of rows) {
    it(`${why}: the same as linking all at once`, () => {
      const linkedFirst = linkAcrossArticles(first.map(factsOf));
      const carriedOn = linkAcrossArticles([...linkedFirst, ...added.map(factsOf)]);
      const allAtOnce = linkAcrossArticles([...first, ...added].map(factsOf));
      expect(carriedOn).toEqual(allAtOnce);
    });
  }

  it('an article taken away gives back the names it lent', () => {
    const [full, lone] = linkAcrossArticles([
      factsOf('Greta Holm arrived in Oslo.'),
      factsOf('The talks went well, Holm said.'),
    ]);
    expect(canonicals(lone)).toEqual(['Greta Holm']);
    expect(full.entities.length).toBeGreaterThan(0);
    const [alone] = linkAcrossArticles([lone]);
    expect(canonicals(alone)).toEqual(['Holm']);
  });
});
