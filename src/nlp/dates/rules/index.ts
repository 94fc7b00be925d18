import { ANAPHORIC_RULES } from './anaphoric.js';
import { BUSINESS_RULES } from './business.js';
import { CALENDAR_DATE_RULES } from './calendar-dates.js';
import { DAY_RULES } from './days.js';
import { DURATION_RULES } from './durations.js';
import { PERIOD_RULES } from './periods.js';
import { REFERENCE_RULES } from './references.js';
import type { TimeRule } from './rule.js';

/**
 * Every rule, in order of trust. The tagger keeps the longest match at each place, so order only breaks
 * ties between matches of the same span: dates written out beat relative readings ("the 1990s" is a decade
 * before it is a duration), business periods beat generic ones ("a year earlier" in a results story), and
 * the vague present/past/future references come last.
 */
export const TIME_RULES: TimeRule[] = [
  ...CALENDAR_DATE_RULES,
  ...BUSINESS_RULES,
  ...DAY_RULES,
  ...PERIOD_RULES,
  ...DURATION_RULES,
  ...ANAPHORIC_RULES,
  ...REFERENCE_RULES,
];

/**
 * Rules whose value leans on what the text named before ("the quarter", "a year earlier", "that day"):
 * what they resolve to is not itself a new reference for the expressions after them.
 */
export const ANAPHORIC_RULE_IDS = new Set([
  ...ANAPHORIC_RULES.map((r) => r.id),
  'the-quarter',
  'year-period',
  'year-ago-period',
  'a-year-earlier',
  'clock-time',
]);
