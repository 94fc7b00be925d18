/** General English word lists the answer rules lean on (no names from any corpus). */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Nouns that name a role or a title: "the principal of X", "Defence Minister", "a spokesman". */
export const ROLE_WORDS = words(`
  president vice-president minister premier chancellor secretary mayor governor senator congressman congresswoman
  ambassador envoy diplomat spokesman spokeswoman spokesperson chairman chairwoman chair chairperson chief head
  director leader commander general officer captain coach manager owner founder principal superintendent
  teacher professor dean judge justice lawyer attorney prosecutor sheriff police detective inspector king queen
  prince princess emperor pope bishop priest rabbi imam chancellor editor reporter correspondent author writer
  singer actor actress player star champion member representative delegate official administrator coordinator
  co-ordinator ceo executive economist analyst scientist researcher doctor surgeon nurse engineer pilot astronaut
  mp mla mpp deputy councillor councilor commissioner ombudsman treasurer auditor registrar clerk trustee
  consul general colonel lieutenant sergeant admiral marshal president-elect husband wife son daughter father
  mother brother sister uncle aunt grandfather grandmother partner friend spouse boss
`);

/** Courtesy titles: dropped from a name when matching it ("Ms. Fithen" is "Fithen"). */
export const COURTESY_TITLES = words('mr mrs ms miss dr prof sir dame lord lady rev');

/**
 * Lowercase particles inside a person's name: "Bashar al-Assad", "Ludwig van Beethoven", "Osama bin Laden", the
 * list entity extraction joins names across. Only between two capitalised words do they count as part of the name.
 */
export { NAME_PARTICLES } from '../../nlp/entities/words.js';

/** Verbs of saying, in every form, for quotations and "who said". */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added warn warns warned insist insists insisted
  argue argues argued claim claims claimed explain explains explained state states stated announce announces
  announced declare declares declared note notes noted predict predicts predicted suggest suggests suggested
  write writes wrote written describe describes described call calls called comment comments commented
  acknowledge acknowledges acknowledged admit admits admitted reply replies replied respond responds responded
  recall recalls recalled urge urges urged ask asks asked
`);

/** Verbs of thinking and feeling, in every form: what a source "thinks" is what they say. */
export const OPINION_VERBS = words(`
  think thinks thought believe believes believed feel feels felt hope hopes hoped fear fears feared expect
  expects expected worry worries worried agree agrees agreed
`);

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Nouns that ask for a place: "what city", "which country". */
export const PLACE_NOUNS = words(`
  city town village country nation province state county region area place location continent island capital
  street neighbourhood neighborhood district territory community municipality site spot border lake river
  mountain ocean sea park building hospital school university
`);

/**
 * Nouns that head the name of an institution, a group or a place, by which a story refers back to it once it
 * has named it: "South Queens Junior High School" ... "the school".
 */
export const INSTITUTION_NOUNS = words(`
  school university college academy hospital clinic church mosque temple museum library gallery theatre theater
  centre center club team league association society union council committee board commission agency
  department ministry government company corporation firm bank group party band orchestra network station base
  camp plant factory mill mine farm fair festival gardens garden arena stadium park zoo airport port prison jail
  court parliament legislature foundation institute laboratory lab hotel motel restaurant store shop market
`);

/** Nouns that ask for a time: "what year", "which day". */
export const TIME_NOUNS = words('year month day date time decade century season week hour era period age');

/** Nouns that ask for a number: "what percentage", "what price". */
export const NUMBER_NOUNS = words('percentage percent proportion number amount share price cost rate total score');

/** Adjectives of "how big/far/old...": the answer is a measure. */
export const MEASURE_ADJECTIVES = words(`
  old long big large far tall high deep wide heavy fast often small expensive cheap much many hot cold warm
  short thick strong loud close
`);
