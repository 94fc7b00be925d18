import type { FixtureArticle, FixtureEntity } from './library-fixture.js';

// An invented story, reported by two articles a day apart, with the ways news reports repeat quotes:
// straight vs curly marks, "Mar 3" vs "March 3", a longer and a shorter stretch, a split quote.

const duarte: FixtureEntity = {
  canonical: 'Elena Duarte',
  mentions: ['Elena Duarte', 'Duarte'],
  aliases: ['Duarte', 'the mayor'],
  roles: ['Mayor'],
};
const hale: FixtureEntity = {
  canonical: 'John Hale',
  mentions: ['John Hale', 'Hale'],
  aliases: ['Hale', 'the committee chairman'],
  roles: ['transport committee chairman', 'Councillor'],
};
const ortiz: FixtureEntity = {
  canonical: 'John Ortiz',
  mentions: ['John Ortiz', 'Ortiz'],
  roles: ['spokesman for Harbour Ferries'],
};
const brandt: FixtureEntity = {
  canonical: 'Tomas Brandt',
  mentions: ['Tomas Brandt', 'Brandt'],
  roles: ['regional governor'],
};
const ferries: FixtureEntity = {
  canonical: 'Harbour Ferries',
  type: 'organization',
  mentions: ['Harbour Ferries'],
};
const lighthouse: FixtureEntity = {
  canonical: 'Lighthouse Alliance',
  type: 'organization',
  mentions: ['Lighthouse Alliance'],
  aliases: ['LHA'],
};
const okafor: FixtureEntity = {
  canonical: 'Maria Okafor',
  mentions: ['Maria Okafor'],
  roles: ['founder of the Lighthouse Alliance'],
};

export const HARBOUR: FixtureArticle[] = [
  {
    id: 'harbour-2',
    title: 'Harbour bridge wins final approval',
    date: '2031-04-03',
    body: `The northern harbour bridge won final approval on Wednesday, the mayor's office confirmed.

“This bridge will cut the morning commute in half for thousands of families, and it will be built on time,” Mayor Elena Duarte told residents at the town hall.

“Nobody will pay a higher fare before Mar 3,” the council's budget chief said.

“We checked every number twice,” the committee chairman said.

Tomas Brandt, the regional governor, sent his congratulations.`,
    entities: [duarte, hale, brandt],
    quotes: [
      {
        marked:
          '“This bridge will cut the morning commute in half for thousands of families, and it will be built on time,”',
        speaker: 'Elena Duarte',
      },
      {
        marked: '“Nobody will pay a higher fare before Mar 3,”',
        speaker: 'John Hale',
        attribution: "the council's budget chief",
      },
      { marked: '“We checked every number twice,”', speaker: 'John Hale', attribution: 'the committee chairman' },
    ],
  },
  {
    id: 'harbour-1',
    title: 'Council backs new harbour bridge',
    date: '2031-04-02',
    body: `Mayor Elena Duarte said the city council had approved the northern harbour bridge on Tuesday after a long debate.

"This bridge will cut the morning commute in half for thousands of families," Duarte said after the vote.

Councillor John Hale, who chairs the transport committee, said the budget was tight but fair.

"We checked every number twice," Hale said. "Nobody will pay a higher fare before March 3."

"The tender opens in May," Duarte said, "and the first stone will be laid in autumn."

John Ortiz, a spokesman for Harbour Ferries, said the company would "study the plan carefully" before commenting.

Maria Okafor, who founded the Lighthouse Alliance, said the bridge would "block the view from the old lighthouse for good."

Harbour Ferries said in a statement: "Our timetable will not change this year."

Regional governor Tomas Brandt welcomed the vote but did not speak to reporters.`,
    entities: [duarte, hale, ortiz, brandt, ferries, lighthouse, okafor],
    quotes: [
      {
        marked: '"This bridge will cut the morning commute in half for thousands of families,"',
        speaker: 'Elena Duarte',
      },
      { marked: '"We checked every number twice,"', speaker: 'John Hale' },
      { marked: '"Nobody will pay a higher fare before March 3."', speaker: 'John Hale' },
      { marked: '"The tender opens in May,"', speaker: 'Elena Duarte', attribution: 'Duarte' },
      { marked: '"and the first stone will be laid in autumn."', speaker: 'Elena Duarte' },
      { marked: '"study the plan carefully"', speaker: 'John Ortiz' },
      { marked: '"block the view from the old lighthouse for good."', speaker: 'Maria Okafor' },
      { marked: '"Our timetable will not change this year."', speaker: 'Harbour Ferries' },
    ],
  },
  {
    id: 'harbour-3',
    title: 'Bridge timetable set',
    date: null,
    body: `The first stone of the harbour bridge is due in the autumn.

"The first stone will be laid in autumn," Duarte said on Thursday.

"Our ferries will keep running while the bridge is built," a ferry company spokesman said.

"We will open the site to visitors," she said.`,
    entities: [{ ...duarte, mentions: ['Duarte'] }],
    quotes: [
      { marked: '"The first stone will be laid in autumn,"', speaker: 'Duarte', attribution: 'Duarte' },
      { marked: '"Our ferries will keep running while the bridge is built,"', speaker: 'a ferry company spokesman' },
      { marked: '"We will open the site to visitors,"', speaker: 'Elena Duarte', attribution: 'she' },
    ],
  },
];
