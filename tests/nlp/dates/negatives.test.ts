import { describe, expect, it } from 'vitest';
import { timesOf, trace } from './helpers.js';

/** Text that holds no time expression at all, though it has words that often are one. */
const NOTHING: [why: string, sentence: string][] = [
  ['"Friday" as a name after a title', 'Sergeant Joe Friday closed the case.'],
  ['"Friday" as the speaker', 'Friday said he would not run again.'],
  ['"May" as a verb at the start of a sentence', 'May I ask a question?'],
  ['"may" as a verb', 'Prices may fall further.'],
  ['"march" as a verb', 'The troops will march on the capital.'],
  ['"April" as a name', 'April Smith won the race.'],
  ['an amount in dollars', 'The company reported a net loss of $2.3 million, or 68 cents a share.'],
  ['a model number', 'The airline bought a Boeing 747.'],
  ['a count of people', 'More than 1,000 people attended.'],
  ['a number like a year, with a comma', 'The index rose to 1,990 points.'],
  ['a number like a year, in dollars', 'He paid $2000 in cash.'],
  ['a rate per year', 'Costs rose by $5 million a year.'],
  ['a rate per year after an abbreviated amount', 'Passengers pay over £1bn a year in fees.'],
  ['a rate per week', 'The airline runs four flights a week.'],
  ['an ordinal "second"', 'A second group of directors resigned.'],
  ['an age', 'He was 37 years old when he was kidnapped.'],
  ['an age written with hyphens', 'The 44-year-old protester was arrested.'],
  ['the name of a show', 'She appeared on 60 Minutes with her lawyer.'],
  ['the name of a film', 'They watched High Noon again.'],
  ['"fall" and "spring" as a verb and a noun', 'Prices fall when a hot spring ends.'],
  ['"today\'s" for the present in general', "In today's world, news travels fast."],
  ['"today\'s" before an adjective and a generic noun', "Chips like these drive today's personal computers."],
  ['"today\'s" with no preposition before it', "Today's youth read less news."],
  ['a short zone not after a clock time', 'The ET team met in CT with PT staff.'],
  ["a newspaper's name", 'The Daily Telegraph cut 90 jobs.'],
  ["a magazine's name", 'The panel of Entertainment Weekly picked the winners.'],
  ["a weekday in a newspaper's name", 'An inquiry began after the Sunday Times alleged fraud.'],
  ['a weekday in a title', 'The book, by Sunday Telegraph writer Ann Lee, won; so did Saturday Night Takeaway.'],
  ['a programme called "Today"', "He told Radio 4's Today programme there was no deal."],
  ['a race time', 'She set a world indoor mark of 14:39.29 in Boston.'],
  ['an award title', 'The song was voted Record Of The Year by viewers.'],
  ['the halves of a match', 'A second-half goal from Scott won it, after a penalty in the first half.'],
  ['the quarters of a game', 'Bryant scored 12 points in the fourth quarter.'],
  ['a holiday naming a thing', 'The gallery put up a Christmas tree that reads text messages.'],
  ['a share price in pence', 'The shares closed down 1% at 1218 pence.'],
  ['a quarter as a fraction', 'Rates rose by a quarter of a point, and nearly a quarter of staff left.'],
  ['"in some quarters" as an idiom', 'There is concern in some quarters about the plan.'],
  ['a current account and a future of', 'The current account deficit put the future of the firm at risk.'],
  ['an award "of the year"', 'The keeper was named player of the year by his club.'],
  ['an award "of the year" before "prize"', 'The juniors won the team of the year prize.'],
  ['an award after "voted"', 'She was voted young newcomer of the year.'],
  ['"the year\'s" before a superlative', "It is the year's best novel."],
  ['a season in a title', 'The film Only Last Winter won praise.'],
  ['a season as a surname after "by"', 'A late header by Winter settled it.'],
  ['a weekday in the name of a Sunday paper', 'The poll was for the Mail on Sunday and the Independent on Sunday.'],
  ['a holiday name inside another name', 'The town marked National Police Memorial Day.'],
  ['a quarter as a fraction of a change', 'Takings fell by nearly a quarter.'],
  ['a quarter as a fraction of people', 'Around one quarter said they had no view.'],
  ['a race time', 'His 3:41 was a personal best.'],
  ['an ordinal day not told in the present', 'It was the third day of the siege.'],
];

describe('text that must not be tagged', () => {
  for (const [why, sentence] of NOTHING) {
    it(`tags nothing in: ${why}`, () => {
      expect(
        timesOf(sentence, '2015-12-17').map((t) => t.text),
        trace(sentence),
      ).toEqual([]);
    });
  }
});
