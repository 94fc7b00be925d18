import type { FixtureArticle } from '../quote/library-fixture.js';

/** Words of an invented beat: who acts, what they act on, and where. */
interface Beat {
  name: string;
  actors: string[];
  things: string[];
  places: string[];
}

const BEATS: Beat[] = [
  {
    name: 'orchard',
    actors: ['apple growers', 'cider makers', 'orchard owners', 'fruit pickers'],
    things: ['the apple harvest', 'late frost damage', 'cider prices', 'orchard blossom'],
    places: ['the northern valley', 'the river orchards', 'the hill farms'],
  },
  {
    name: 'chess',
    actors: ['chess grandmasters', 'tournament players', 'chess coaches', 'young challengers'],
    things: ['the knight opening', 'the endgame study', 'the rapid tournament', 'the rook sacrifice'],
    places: ['the chess club', 'the city library hall', 'the school gym'],
  },
  {
    name: 'harbour',
    actors: ['ferry crews', 'harbour pilots', 'dock workers', 'fishing skippers'],
    things: ['the ferry timetable', 'the new pier crane', 'the winter storm season', 'the fish market'],
    places: ['the east harbour', 'the ferry terminal', 'the old docks'],
  },
];

/** `perBeat` invented articles on each beat, varied so no two are the same. */
export function beatArticles(perBeat: number): FixtureArticle[] {
  return BEATS.flatMap((beat, b) =>
    Array.from({ length: perBeat }, (_, i) => {
      const pick = (list: string[], shift: number): string => list[(i + shift) % list.length];
      const actor = pick(beat.actors, 0);
      const other = pick(beat.actors, 1);
      const thing = pick(beat.things, 0);
      const second = pick(beat.things, 2);
      const place = pick(beat.places, 0);
      return {
        id: `${beat.name}-${i + 1}`,
        title: `${actor} and ${thing}`,
        date: `2031-0${b + 1}-${String(10 + i).padStart(2, '0')}`,
        body: [
          `Across ${place}, ${actor} spent the week talking about ${thing} and what it means for the season.`,
          `Several ${other} said ${second} had changed their plans more than any year they could remember.`,
          `A meeting at ${pick(beat.places, 1)} on Thursday will look again at ${thing} and ${second}.`,
        ].join('\n\n'),
      };
    }),
  );
}
