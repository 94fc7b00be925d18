import { describe, expect, it } from 'vitest';
import { timesOf, trace } from './helpers.js';

/** A Thursday, as in the seed article dated December 17, 2015. */
const THURSDAY = '2015-12-17';
/** A results-season Thursday. */
const RESULTS_DAY = '1989-11-02';

/** [rule id, sentence, the expression's text, its value, the article's date] */
type Row = [rule: string, sentence: string, text: string, value: string, date?: string];

const ROWS: Row[] = [
  ['iso-date', 'The filing is dated 2015-11-30.', '2015-11-30', '2015-11-30'],
  ['month-day-year', 'The embassy was bombed on Friday, Aug. 7, 1998.', 'Friday, Aug. 7, 1998', '1998-08-07'],
  ['day-month-year', 'She was born on 7 August 1948 in Leeds.', '7 August 1948', '1948-08-07'],
  ['month-day', 'The ministers will meet again on Dec. 22.', 'Dec. 22', '2015-12-22'],
  ['month-day', 'The meeting is set for this Friday, Dec 18.', 'this Friday, Dec 18', '2015-12-18'],
  ['month-day', 'The plant closed on Dec. 20 after a fire.', 'Dec. 20', '2014-12-20', '2015-01-10'],
  ['month-day', 'The dividend is payable Jan. 2 to holders.', 'Jan. 2', '1990-01-02', RESULTS_DAY],
  ['day-month', 'Talks will resume on 18 January.', '18 January', '2016-01-18'],
  ['month-year', 'The war began in March 2011.', 'March 2011', '2011-03'],
  ['month-range-start', 'The site was online between August and November 2001.', 'August', '2001-08'],
  ['numeric-date', 'The order was signed on 12/17/2015.', '12/17/2015', '2015-12-17'],
  ['year', 'Sales doubled in 1998.', '1998', '1998'],
  ['year', 'Profit for fiscal 2014 rose.', 'fiscal 2014', '2014'],
  ['spoken-year', 'It all happened in nineteen ninety-six.', 'nineteen ninety-six', '1996'],
  ['decade', 'The town boomed in the 1990s.', 'the 1990s', '199'],
  ['decade', "It was a hit of the '80s.", "'80s", '198'],
  ['century', 'The church dates from the 11th century.', 'the 11th century', '10'],
  ['weekday', 'Kerry met Putin on Tuesday.', 'Tuesday', '2015-12-15'],
  ['weekday', 'The talks will take place on Friday.', 'Friday', '2015-12-18'],
  ['weekday', 'The minister said Thursday that the talks would go on.', 'Thursday', '2015-12-17'],
  ['weekday', 'The vote was held last Friday.', 'last Friday', '2015-12-11'],
  ['weekday', 'The vote is due next Monday.', 'next Monday', '2015-12-21'],
  ['weekday', 'Rebels attacked the town on Monday night.', 'Monday night', '2015-12-14TNI'],
  ['weekday', 'The market opens on Tuesdays.', 'Tuesdays', 'XXXX-WXX-2'],
  ['weekday', "They will appeal against Wednesday's ruling.", 'Wednesday', '2015-12-16'],
  ['weekday', "Voters are gathering ahead of Sunday's election.", 'Sunday', '2015-12-20'],
  ['weekday', 'The accession would still be held on Monday.', 'Monday', '2015-12-21'],
  ['weekday', 'The banks will remain closed until Tuesday.', 'Tuesday', '2015-12-22'],
  ['weekday', 'The verdict is expected on Monday.', 'Monday', '2015-12-21'],
  ['weekday', 'Tenants have until Friday to object.', 'Friday', '2015-12-18'],
  ['weekday', 'The champions face Leeds on Saturday.', 'Saturday', '2015-12-19'],
  ['weekday', 'The team are to meet on Tuesday.', 'Tuesday', '2015-12-22'],
  ['weekday', "Talks resumed ahead of next Monday's meeting.", 'next Monday', '2015-12-21'],
  ['weekday', 'Officials postponed until Tuesday any action on the case.', 'Tuesday', '2015-12-22'],
  ['deictic-day', 'The ministers met today.', 'today', '2015-12-17'],
  ['deictic-day', 'The ministers met yesterday.', 'yesterday', '2015-12-16'],
  ['deictic-day', 'The ministers will meet tomorrow.', 'tomorrow', '2015-12-18'],
  ['deictic-day', 'Police arrived yesterday afternoon.', 'yesterday afternoon', '2015-12-16TAF'],
  ['deictic-day', "The offer was printed in today's editions.", 'today', '2015-12-17'],
  ['part-of-today', 'The fire broke out last night.', 'last night', '2015-12-16TNI'],
  ['part-before-day', 'Shares were up at mid-afternoon yesterday.', 'mid-afternoon yesterday', '2015-12-16TAF'],
  ['part-before-day', 'The vote is due late evening Friday.', 'late evening Friday', '2015-12-18TEV'],
  ['nth-day-now', "It's the second day of the offensive.", 'the second day', '2015-12-17'],
  [
    'weekday',
    'Shares closed at 2,082 on Friday, down 4% from the previous Friday.',
    'the previous Friday',
    '2015-12-04',
    '2015-12-14',
  ],
  ['day-before-yesterday', 'He left the day before yesterday.', 'the day before yesterday', '2015-12-15'],
  ['clock-time', 'The polls close at 9 p.m. on the coast.', '9 p.m.', '2015-12-17T21:00'],
  ['clock-time', 'The deadline passed at noon Thursday.', 'noon Thursday', '2015-12-17T12:00'],
  ['clock-time', 'Voters must register by 1700 GMT.', '1700 GMT', '2015-12-17T17:00'],
  ['clock-time', 'The talks must end by midnight on Monday.', 'midnight', '2015-12-21T24:00'],
  ['clock-time', 'The hearing opens at 10 a.m. ET on Monday.', '10 a.m. ET', '2015-12-21T10:00'],
  ['clock-time', 'The quake struck at 2:30 p.m. PT Tuesday.', '2:30 p.m. PT Tuesday', '2015-12-15T14:30'],
  ['clock-time', 'The firms have until midnight on 21 December to settle.', 'midnight', '2015-12-21T24:00'],
  ['clock-time', 'The match kicks off at 1330.', '1330', '2015-12-17T13:30'],
  ['clock-time', 'The show airs at about 1900 on Fridays.', '1900', '2015-12-17T19:00'],
  ['clock-time', 'Voting will end at 2200 on Monday.', '2200', '2015-12-21T22:00'],
  ['clock-time', 'The tickets had sold out by 4pm.', '4pm', '2015-12-17T16:00'],
  ['year', 'Prices are back at 1990 levels.', '1990', '1990'],
  ['year', 'By the year 2050 the town will be gone.', 'the year 2050', '2050'],
  ['clock-time', 'The doors open at 7:15 on Friday.', '7:15', '2015-12-18T07:15'],
  ['holiday', 'Shops stayed shut on Christmas Day.', 'Christmas Day', '2015-12-25', '2015-12-28'],
  ['this-period', 'Prices rose this year.', 'this year', '2015'],
  ['this-period', 'The envoys arrive this week.', 'this week', '2015-W51'],
  ['last-period', 'The rebels met last week.', 'last week', '2015-W50'],
  ['last-period', 'Exports fell last month.', 'last month', '2015-11'],
  ['last-period', 'Exports fell last year.', 'last year', '2014'],
  ['last-period', 'Protesters gathered this past weekend.', 'this past weekend', '2015-W50-WE'],
  ['next-period', 'The law takes effect next month.', 'next month', '2016-01'],
  ['the-weekend', 'Protests spread over the weekend.', 'the weekend', '2015-W50-WE', '2015-12-14'],
  ['units-ago', 'The company was founded five years ago.', 'five years ago', '2010'],
  ['units-ago', 'The firm was sold two weeks ago.', 'two weeks ago', '2015-W49'],
  ['units-ago', 'The firm was sold three days ago.', 'three days ago', '2015-12-14'],
  ['a-year-earlier', 'Profit rose from $5 million a year earlier.', 'a year earlier', '2014'],
  ['month-relative-year', 'The plant opened in January this year.', 'January this year', '2015-01'],
  ['month', 'The talks began in March.', 'March', '2015-03'],
  ['month', 'The talks began last December.', 'last December', '2014-12'],
  ['season', 'The strike began last summer.', 'last summer', '2015-SU'],
  ['season', 'Elections are due next spring.', 'next spring', '2016-SP'],
  ['season', 'Last summer, the party grew.', 'Last summer', '2015-SU'],
  ['week-of', 'Talks are set for the week of March 6.', 'the week of March 6', '2000-W10', '2000-01-20'],
  [
    'week-of',
    'Games are played on the weekend of 8/9 January.',
    'the weekend of 8/9 January',
    '2005-W01-WE',
    '2005-01-03',
  ],
  ['quarter', 'Third-quarter profit rose 5%.', 'Third-quarter', '1989-Q3', RESULTS_DAY],
  [
    'quarter',
    'Sales should recover in the third quarter of 1990.',
    'the third quarter of 1990',
    '1990-Q3',
    RESULTS_DAY,
  ],
  ['quarter', 'Sales fell in the fourth quarter.', 'the fourth quarter', '1997-Q4', '1998-02-10'],
  ['q-number', 'Sales rose in Q3 1998.', 'Q3 1998', '1998-Q3'],
  ['half-year', 'Sales rose in the first half of 1990.', 'the first half of 1990', '1990-H1'],
  ['the-quarter', 'Revenue fell in the quarter.', 'the quarter', '1989-Q3', RESULTS_DAY],
  ['quarter-ended', 'It lost $9 million for the quarter ended Sept. 30.', 'the quarter', '1989-Q3', RESULTS_DAY],
  ['quarter-ended', 'In the quarter ended July 31, sales rose.', 'the quarter', '1989-Q2', RESULTS_DAY],
  ['quarter-ended', 'Its quarter ending Oct. 1, 1988, was weak.', 'Its quarter', '1988-Q3', RESULTS_DAY],
  ['year-ended', 'Revenue for the year ended March 31 rose.', 'the year', 'P1Y'],
  ['year-ended', 'Growth slowed in the year to March 2005.', 'the year', 'P1Y'],
  ['the-year', 'Sales for the full year rose.', 'the full year', '2015'],
  ['the-year', 'It was the busiest month of the year.', 'the year', '2015'],
  ['year-end', 'The deal should close by year-end.', 'year-end', '2015'],
  ['duration', 'The talks lasted three hours.', 'three hours', 'PT3H'],
  ['duration', 'Prices rose over the past two months.', 'the past two months', 'P2M'],
  ['duration', 'The strike went on for several years.', 'several years', 'PXY'],
  ['duration', 'The flight took 5 1/2 hours.', '5 1/2 hours', 'PT5H30M'],
  ['duration', 'The loan runs 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
  ['duration', 'He won the race in 9.87 seconds.', '9.87 seconds', 'PT9.87S'],
  ['duration', 'The trial is expected to last five months.', 'five months', 'P5M'],
  ['duration', 'It was the lowest figure for two decades.', 'two decades', 'P20Y'],
  ['duration', 'A decision is expected in the next few days.', 'the next few days', 'PXD'],
  ['hyphen-duration', 'The government unveiled a five-year plan.', 'five-year', 'P5Y'],
  ['unit-and-a-half', 'The speech lasted a minute and a half.', 'a minute and a half', 'PT1M30S'],
  ['bare-plural-duration', 'The plant has been idle for years.', 'years', 'PXY'],
  ['recent-years', 'Tourism has grown in recent years.', 'recent years', 'PAST_REF'],
  ['vague-duration', 'Funds have sold bonds in recent weeks.', 'recent weeks', 'PXW'],
  ['that-day', 'He was shot on Oct. 23. Earlier that day, his family had left.', 'Earlier that day', '2015-10-23'],
  ['next-day', 'He was arrested on Oct. 23 and freed the next day.', 'the next day', '2015-10-24'],
  [
    'previous-day',
    'He was freed on Oct. 23, having been held since the previous day.',
    'the previous day',
    '2015-10-22',
  ],
  ['that-year', 'He fled in June 1998 and returned later that year.', 'later that year', '1998'],
  [
    'that-month',
    'In March the firm hired advisers. The following month, it was sold.',
    'The following month',
    '2015-04',
  ],
  ['the-current-period', 'He will step down at the end of the month.', 'the end of the month', '2015-12'],
  ['present-ref', 'The company now has 80 stores.', 'now', 'PRESENT_REF'],
  ['past-ref', 'Prices have risen recently.', 'recently', 'PAST_REF'],
  ['past-ref', 'In the past many firms failed.', 'the past', 'PAST_REF'],
  ['future-ref', 'Investors worry about the future.', 'the future', 'FUTURE_REF'],
  ['set-adverb', 'The ministry gives a daily tally.', 'daily', 'P1D'],
  ['every', 'They rally every day.', 'every day', 'P1D'],
  ['every', 'The club meets each Thursday.', 'each Thursday', 'XXXX-WXX-4'],
  ['every', 'The paper comes out every other week.', 'every other week', 'P2W'],
  ['times-per', 'The board meets twice a year.', 'twice a year', 'P1Y'],
];

describe('time expression rules', () => {
  for (const [rule, sentence, text, value, date = THURSDAY] of ROWS) {
    it(`${rule}: "${text}" in "${sentence}" is ${value}`, () => {
      const found = timesOf(sentence, date).map((t) => ({ text: t.text, value: t.value }));
      expect(found, trace(sentence)).toContainEqual({ text, value });
    });
  }
});

describe('spans', () => {
  const SPANS: [sentence: string, text: string][] = [
    ['The talks began in early March.', 'early March'],
    ['Sales will recover by the end of 1990.', 'the end of 1990'],
    ['The meeting lasted more than four hours.', 'more than four hours'],
    ['Shares fell earlier this month.', 'earlier this month'],
    ["Rebels attacked after last week's talks.", 'last week'],
  ];
  for (const [sentence, text] of SPANS) {
    it(`takes the modifier into "${text}" and leaves the preposition out`, () => {
      expect(
        timesOf(sentence, THURSDAY).map((t) => t.text),
        trace(sentence),
      ).toContain(text);
    });
  }

  it('gives offsets into the whole file, so text is the slice of the file', () => {
    const [time] = timesOf('Kerry met Putin on Tuesday.', THURSDAY);
    expect(time).toMatchObject({ text: 'Tuesday', type: 'DATE', inferred: false });
    expect(time.end - time.start).toBe('Tuesday'.length);
  });
});

describe('references', () => {
  it('reads "a year earlier" in a results story as the same quarter a year before', () => {
    const values = timesOf('Third-quarter profit rose to $8 million from $5 million a year earlier.', RESULTS_DAY).map(
      (t) => t.value,
    );
    expect(values).toEqual(['1989-Q3', '1988-Q3']);
  });

  it('does not chain one "a year earlier" onto another', () => {
    const values = timesOf(
      'Third-quarter profit rose from a year earlier. Sales also rose from a year earlier.',
      RESULTS_DAY,
    ).map((t) => t.value);
    expect(values).toEqual(['1989-Q3', '1988-Q3', '1988-Q3']);
  });

  it('puts a clock time on the day the narration last named', () => {
    const values = timesOf('The doctor was shot on Oct. 23. He died at 10 p.m. in hospital.', '1999-01-22').map(
      (t) => t.value,
    );
    expect(values).toEqual(['1998-10-23', '1998-10-23T22:00']);
  });

  it('resolves a quote\'s "today" to the day of the talks the narration tells', () => {
    const body = ['Kerry met Putin on Tuesday in Moscow.', '"We discussed today the need to act," Kerry said.'].join(
      '\n',
    );
    const today = timesOf(body, THURSDAY).find((t) => t.text === 'today');
    expect(today?.value).toBe('2015-12-15');
  });

  it('does not take a forecast quarter for the quarter a results story reports on', () => {
    const body = [
      'Third-quarter profit rose 11%.',
      'The earthquake will result in a fourth-quarter charge.',
      'Earnings fell in the latest quarter.',
    ].join(' ');
    expect(timesOf(body, RESULTS_DAY).map((t) => t.value)).toEqual(['1989-Q3', '1989-Q4', '1989-Q3']);
  });

  it('does not take a day of history the narration recalls for the day a quote was spoken', () => {
    const body = [
      'Airlines have struggled since the 11 September 2001 attacks.',
      '"Next month we will cut fares," he said.',
    ].join('\n');
    expect(timesOf(body, THURSDAY).find((t) => t.text === 'Next month')?.value).toBe('2016-01');
  });

  it("never lets a quote move the narration's own dates", () => {
    const body = ['"We will meet on Monday," he said.', 'The minister flew home on Wednesday.'].join('\n');
    expect(timesOf(body, THURSDAY).map((t) => t.value)).toEqual(['2015-12-21', '2015-12-16']);
  });
});

describe('unresolved values without a date', () => {
  const ROWS_UNDATED: [sentence: string, text: string, value: string][] = [
    ['Kerry met Putin on Tuesday.', 'Tuesday', 'XXXX-WXX-2'],
    ['The rebels met last week.', 'last week', 'XXXX-WXX'],
    ['The ministers met today.', 'today', 'XXXX-XX-XX'],
    ['The talks began in March.', 'March', 'XXXX-03'],
    ['The war began in March 2011.', 'March 2011', '2011-03'],
  ];
  for (const [sentence, text, value] of ROWS_UNDATED) {
    it(`leaves "${text}" at ${value}`, () => {
      expect(timesOf(sentence, null).map((t) => ({ text: t.text, value: t.value }))).toContainEqual({ text, value });
    });
  }
});

describe('expressions across line breaks and runs of spaces', () => {
  const ROWS_SPACED: [sentence: string, text: string, value: string][] = [
    ['Dr. Laurin was born on March 31,\n1949, in Charlemagne.', 'March 31,\n1949', '1949-03-31'],
    ['The vote is set for  Friday,  Dec. 18.', 'Friday,  Dec. 18', '2015-12-18'],
    ['The shop closed\r\nlast week.', 'last week', '2015-W50'],
  ];
  for (const [sentence, text, value] of ROWS_SPACED) {
    it(`reads ${JSON.stringify(text)} as ${value}, with its span as written`, () => {
      expect(timesOf(sentence, THURSDAY).map((t) => ({ text: t.text, value: t.value }))).toContainEqual({
        text,
        value,
      });
    });
  }
});
