import { termsOf } from '../../index/terms.js';
import type { Question } from '../question/types.js';
import type { Phrase } from '../text/phrases.js';
import { MEASURE_ADJECTIVES } from '../text/lexicon.js';
import { synonymsOf } from '../text/synonyms.js';
import { boundaryBetween, draft, novelty, proximity, verbPositions } from './helpers.js';
import type { ParsedSentence } from './parse.js';
import { subjectMentions } from './subject.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const MONEY = /[$€£¥]|\b(?:dollars?|cents?|euros?|pounds?|yen)\b/i;
const MONEY_QUESTION =
  /\b(?:costs?|costing|pa(?:y|ys|id|ying)|prices?d?|rais(?:e|es|ed|ing)|spen(?:d|ds|t|ding)|worth|earn(?:s|ed|ing)?|charg(?:e|es|ed|ing)|fund(?:s|ed|ing)?|budget|money|b(?:uy|uys|ought|uying)|s(?:ell|ells|old|elling)|bid|offer(?:s|ed)?|valu(?:e|ed)|sue|sued|suing|fine|fined|st(?:eal|ole|olen)|rob(?:bed)?|owe[sd]?|lo(?:an|ans|aned)|len[dt]|borrow(?:ed)?|invest(?:ed)?|donat(?:e|ed)|award(?:ed)?)\b/i;

/**
 * "How many nations?" is answered by the count alone ("17"), the unit being the question's own; "how much" and
 * "how big" keep their unit ("$135 a year", "12,000 square feet").
 */
function countOnly(question: Question, sentence: ParsedSentence, phrase: Phrase): Phrase {
  if (!/^how many\b/i.test(question.text.replace(/^.*?\b(?=how many\b)/i, ''))) return phrase;
  let last = phrase.last;
  while (
    last > phrase.first &&
    !/\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|several|dozens|hundreds|thousands|millions)$/i.test(
      sentence.words[last].raw,
    )
  )
    last--;
  return sentence.phrase(phrase.first, last);
}

/** "How much does a ticket cost?", "how much was stolen?": a question whose answer is an amount of money. */
const asksForMoney = (question: Question): boolean =>
  /\bhow much\b/i.test(question.text) && MONEY_QUESTION.test(question.text);

/** Text ending in an amount and an opening bracket: what follows is the amount converted ("$6.8bn (£3.6bn)"). */
const AMOUNT_THEN_BRACKET = /\d(?:[\d.,]*\d)?\s*(?:%|bn|m|k|billion|million|thousand|trillion)?\s*\(\s*$/i;

/** The numbers of the sentence a rule may answer with: an amount given again in another currency or unit is not one. */
function numbersOf(sentence: ParsedSentence): Phrase[] {
  return sentence.numbers.filter((n) => !AMOUNT_THEN_BRACKET.test(sentence.text.slice(0, n.start - sentence.offset)));
}

/**
 * "How large is the lake?": a measure adjective after a number gives the measure when it ends the phrase
 * ("12 metres long", "some 300 kilometres wide"); before a noun it describes something else ("several large
 * trucks").
 */
function measuresSomethingElse(question: Question, sentence: ParsedSentence, number: Phrase): boolean {
  if (!question.unit || !MEASURE_ADJECTIVES.has(question.unit)) return false;
  const { words } = sentence;
  for (let i = number.first; i <= number.last + 1; i++) {
    if (words[i]?.raw.toLowerCase() === question.unit) return Boolean(words[i + 1]?.tags.has('Noun'));
  }
  return false;
}

const TIME_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)';
const LENGTH_UNITS =
  '(?:milli|centi|kilo)?met(?:re|er)s?|mm|cm|km|inch(?:es)?|foot|feet|ft|yards?|miles?|storeys?|stories|floors?';
const unitPattern = (...units: string[]): RegExp => new RegExp(`\\b(?:${units.join('|')})\\b`, 'i');

/**
 * The units that answer "how long", "how far", "how big"...: a length or a time for "how long", an area or a
 * length for "how big" ("12,000 square feet").
 */
const MEASURES = new Map<string, RegExp>([
  ['long', unitPattern(TIME_UNITS, LENGTH_UNITS)],
  ['far', unitPattern(LENGTH_UNITS, TIME_UNITS)],
  ['big', unitPattern('square', 'hectares?', 'acres?', LENGTH_UNITS)],
  ['large', unitPattern('square', 'hectares?', 'acres?', LENGTH_UNITS)],
  ['small', unitPattern('square', 'hectares?', 'acres?', LENGTH_UNITS)],
  ['tall', unitPattern(LENGTH_UNITS)],
  ['high', unitPattern(LENGTH_UNITS)],
  ['deep', unitPattern(LENGTH_UNITS)],
  ['wide', unitPattern(LENGTH_UNITS)],
  ['heavy', unitPattern('(?:kilo)?grams?', 'kg', 'tonnes?', 'tons?', 'pounds?', 'lbs?', 'ounces?')],
  ['fast', unitPattern('km/h', 'mph', 'kilomet(?:re|er)s an hour', 'miles an hour', 'knots')],
]);

/**
 * A length of time given without a number: "within minutes", "for several years", "took hours" (the verb is
 * not part of it). "In years" is left out: "the worst flood in years" is no duration of anything.
 */
const BARE_DURATION =
  /(?:\b(?:within|for|after|over)\s+|(?<=\b(?:took|takes|take|lasted|lasts)\s+))(?:(?:just|only|a|few|several|many)\s+)*(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b/gi;

/** "How many of the targets were hit?" asks for a part of a whole: the noun counted ("targets"), or null. */
function partAskedFor(question: Question): string | null {
  const m = /\bhow many of (?:the|their|its|these|those|his|her|our|your) (\w+)/i.exec(question.text);
  return m ? (termsOf(m[1])[0] ?? null) : null;
}

/**
 * For "how many of the X": whether a number is a part of the Xs ("three of the four targets", true), of
 * something else ("four of the bombers", false), or no part at all (null).
 */
function partOfWhole(sentence: ParsedSentence, part: string | null, number: Phrase): boolean | null {
  const { words } = sentence;
  if (!part || words[number.last + 1]?.raw.toLowerCase() !== 'of') return null;
  const forms = new Set([part, ...synonymsOf(part)]);
  return words.slice(number.last + 2, number.last + 6).some((w) => w.term !== null && forms.has(w.term));
}

/** An age as news writes it next to a name: "the 18-year-old Mirza", "Bratman, 26,", "Ann Chu (54)". */
const AGE = /^\d{1,3}(?:-year-old)?$/;

/** Whether an age stands right next to a mention of the subject, before it or after it. */
function nextToSubject(sentence: ParsedSentence, age: Phrase, mentions: Phrase[]): boolean {
  return mentions.some((m) => {
    if (/-year-old$/.test(age.text)) return m.first > age.last && m.first - age.last <= 2;
    return age.first === m.last + 1 && /^[,(]/.test(sentence.words[m.last].post.trim());
  });
}

/**
 * How often something happens, as news says it: "the yearly fair", "twice a week", "once in two weeks",
 * "every four years", "each spring".
 */
const FREQUENCY =
  /\b(?:(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually|annual|biannual|biennial)\b|(?:once|twice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) times)\s+(?:a|an|per|in|every|each)\b(?:\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few))?\s+\w+|(?:every|each)\s+(?:other\s+|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few)\s+)?(?:day|night|week|weekend|month|year|decade|hour|minute|spring|summer|fall|autumn|winter|season)s?\b)/gi;

/**
 * A frequency comes first for "how often" (no other rule reads frequency words), then an age next to the
 * subject for "how old is X", then the part of a whole for "how many of the X" ("three of the four X"), then a
 * number counting what the question counts ("how many nations" <- "17-nation"), then a number with a unit of
 * the measure asked for ("how long" <- "three kilometres"), then a length of time with no number ("within
 * minutes"), then money for "how much does it cost", then the number nearest the question's words.
 */
export const HOW_MANY_RULES: AnswerRule[] = [
  // "How often is the fair held?" <- "...the yearly fair in New York."; "once in two weeks you get to see them"
  {
    id: 'number-frequency',
    extract(question, sentence) {
      if (!/\bhow often\b/i.test(question.text)) return [];
      return [...sentence.text.matchAll(FREQUENCY)].flatMap((m): CandidateDraft[] => {
        const start = sentence.offset + (m.index as number);
        const span = sentence.wordsOf(start, start + m[0].length);
        return span ? [draft('number-frequency', sentence.phrase(span.first, span.last), 0.9)] : [];
      });
    },
  },
  // "How old is Sania Mirza?" <- "The 18-year-old Mirza ... lost", not the "six-year-old" of her childhood
  {
    id: 'number-age',
    extract(question, sentence) {
      if (!/\bhow old\b/i.test(question.text)) return [];
      const mentions = [...subjectMentions(question, sentence), ...sentence.names.filter((n) => n.inQuestion)];
      return numbersOf(sentence)
        .filter((n) => AGE.test(n.text) && nextToSubject(sentence, n, mentions))
        .map((n) => draft('number-age', n, 1, n.text.replace(/-year-old$/, '')));
    },
  },
  // "How many of the targets were hit?" <- "Three of the four targets were hit." (the part, not "four", the whole)
  {
    id: 'number-part-of',
    extract(question, sentence) {
      const part = partAskedFor(question);
      return numbersOf(sentence)
        .filter((n) => partOfWhole(sentence, part, n) === true)
        .map((n) => draft('number-part-of', n, 0.9));
    },
  },
  // "How many nations are in the group?" <- "the 17-nation International Syria Support Group"
  {
    id: 'number-of-unit',
    extract(question, sentence) {
      const unit = question.unit ? termsOf(question.unit)[0] : undefined;
      // "how old": any "N-year-old" has the unit, whoever's age it is; number-age reads those next to the subject
      if (!unit || /\bhow old\b/i.test(question.text)) return [];
      const forms = new Set([unit, ...synonymsOf(unit)]);
      const verbs = verbPositions(question, sentence);
      return numbersOf(sentence).flatMap((n): CandidateDraft[] => {
        const words = sentence.words.slice(n.first, n.last + 2);
        if (!words.some((w) => w.term && forms.has(w.term))) return [];
        if (measuresSomethingElse(question, sentence, n)) return [];
        // "250,000 people have died ..., and millions more have fled": the count of another clause's verb
        const otherClause = verbs.length > 0 && verbs.every((v) => boundaryBetween(sentence, n.last, v));
        return [draft('number-of-unit', countOnly(question, sentence, n), otherClause ? 0.35 : 0.9)];
      });
    },
  },
  // "How big is the club?" <- "The 12,000-square-foot club has..." (a size, not "seven machines")
  {
    id: 'number-measure',
    extract(question, sentence) {
      // a Map: the unit is the asker's word ("how many constructor" must not find Object's "constructor")
      const units = question.unit ? MEASURES.get(question.unit) : undefined;
      if (!units) return [];
      const asked = new Set(question.words.flatMap((w) => (/\d/.test(w.raw) ? [w.raw.replace(/\D/g, '')] : [])));
      return numbersOf(sentence).flatMap((n): CandidateDraft[] => {
        // "12 metres" is one phrase, or the unit is the word after it ("12 metres" read as "12")
        const withNext = sentence.phrase(n.first, Math.min(n.last + 1, sentence.words.length - 1));
        const measure = [n, withNext].find((p) => units.test(p.text.replace(/-/g, ' ')));
        if (!measure) return [];
        // "how long did the 300-kilometre drive take": the question's own number measures something else
        const own = sentence.words.slice(n.first, n.last + 1).some((w) => asked.has(w.raw.replace(/\D/g, '') || '-'));
        return own ? [] : [draft('number-measure', measure, 0.7 + 0.1 * proximity(sentence, measure))];
      });
    },
  },
  // "How long does the water take to reach the town?" <- "The water reaches the town within hours." (weaker than a
  // measure with its number)
  {
    id: 'number-bare-duration',
    extract(question, sentence) {
      if (question.unit !== 'long') return [];
      return [...sentence.text.matchAll(BARE_DURATION)].flatMap((m): CandidateDraft[] => {
        const start = sentence.offset + (m.index as number);
        const span = sentence.wordsOf(start, start + m[0].length);
        if (!span) return [];
        const phrase = sentence.phrase(span.first, span.last);
        const strength = 0.6 * proximity(sentence, phrase);
        return novelty(sentence, phrase) > 0 ? [draft('number-bare-duration', phrase, strength)] : [];
      });
    },
  },
  // "How much does a membership cost?" <- "Memberships cost $180 a year"
  {
    id: 'number-money',
    extract(question, sentence) {
      if (!asksForMoney(question)) return [];
      return numbersOf(sentence)
        .filter((n) => MONEY.test(n.text) && novelty(sentence, n) > 0)
        .map((n) => draft('number-money', n, 0.8 * proximity(sentence, n)));
    },
  },
  // "How big is the club?" <- "The 12,000-square-foot club has..."
  {
    id: 'number-nearest',
    extract(question, sentence) {
      // "how much was stolen" asks for money: "six men" is a weak answer to it
      const money = asksForMoney(question);
      const part = partAskedFor(question);
      return numbersOf(sentence)
        .filter((n) => novelty(sentence, n) > 0)
        .map((n) => {
          // "four of the bombers" counts bombers: a weak answer to "how many of the targets"
          const otherWhole = partOfWhole(sentence, part, n) === false;
          const strength =
            0.6 * proximity(sentence, n) * (money && !MONEY.test(n.text) ? 0.5 : 1) * (otherWhole ? 0.5 : 1);
          return draft('number-nearest', countOnly(question, sentence, n), strength);
        });
    },
  },
];
