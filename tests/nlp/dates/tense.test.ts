import { describe, expect, it } from 'vitest';
import { type Tense, tenseAround } from '../../../src/nlp/dates/tense.js';

const ROWS: [sentence: string, expression: string, tense: Tense][] = [
  ['The talks will take place on Friday.', 'Friday', 'future'],
  ['Kerry met Putin on Tuesday.', 'Tuesday', 'past'],
  ['The dividend is payable Dec. 15.', 'Dec. 15', 'future'],
  ['Bush said Friday he will travel to Maine.', 'Friday', 'past'],
  ['The ministers agreed to meet on Friday.', 'Friday', 'future'],
  ['The rally is planned for Saturday.', 'Saturday', 'future'],
  ['The group could arrive as early as Tuesday.', 'Tuesday', 'future'],
  ['Mr. Smith will succeed him on Feb. 1.', 'Feb. 1', 'future'],
  ['The thrift announced the plan Aug. 21.', 'Aug. 21', 'past'],
  ['The meeting on Friday.', 'Friday', 'unmarked'],
  ['The summit would still be held on April 24.', 'April 24', 'future'],
  ['The banks will remain closed until Tuesday.', 'Tuesday', 'future'],
  ['Officials postponed until Tuesday any action on the case.', 'Tuesday', 'future'],
  ['A bomb hit an office building next to the embassy Friday morning.', 'Friday morning', 'past'],
  ['Ahead of the trip, the ministry on Sunday issued a warning.', 'Sunday', 'past'],
  ['The club, which won on Saturday, will travel to Leeds.', 'Saturday', 'past'],
  ['Journalists met on Friday to discuss the cuts.', 'Friday', 'past'],
  ['The dividend will be paid on a still unspecified date in January.', 'January', 'future'],
  ['The storm is expected to hit Thursday evening.', 'Thursday evening', 'future'],
  ['The union plans to cut ties on Monday.', 'Monday', 'future'],
  ['The verdict is expected on Monday.', 'Monday', 'future'],
  ['The decision was expected on Monday.', 'Monday', 'past'],
  ['The band is to play in Leeds on Saturday.', 'Saturday', 'future'],
  ['Tenants have until Thursday to object.', 'Thursday', 'future'],
  ['The champions face Leeds on Saturday.', 'Saturday', 'future'],
  ['The mayor makes his announcement on Monday.', 'Monday', 'future'],
  ['They did not meet on Monday.', 'Monday', 'past'],
  ['In January the MPs who make up the panel published a report.', 'January', 'past'],
  ['The bill was not passed as planned on Monday.', 'Monday', 'past'],
  ['Prices have come down since October and will fall further.', 'October', 'past'],
  ['On Wednesday, ahead of the budget, the minister spoke to reporters.', 'Wednesday', 'past'],
  ['Shops will sell set-top boxes in January.', 'January', 'future'],
  ['She set aside her plans on Friday for the planned trip.', 'Friday', 'past'],
  ['The fund bought shares from May 2 to Thursday.', 'Thursday', 'past'],
];

describe('tenseAround', () => {
  for (const [sentence, expression, tense] of ROWS) {
    it(`reads "${expression}" in "${sentence}" as ${tense}`, () => {
      const start = sentence.indexOf(expression);
      expect(tenseAround(sentence, start, start + expression.length)).toBe(tense);
    });
  }
});
