import { renderTimeValue } from '../nlp/dates/render.js';
import { type Answer, CALENDAR_VALUE } from './types.js';

/**
 * The answer as a reader sees it: a `when` answer that leans on its article's date ("May", "last year") with
 * the date it means ("May (May 2016)", "last year (2014)"); every other answer as it is. The JSON answer
 * stays the article's phrase (a day is already given in full there), with `value` beside it.
 */
export function answerReading(answer: Pick<Answer, 'answer' | 'kind' | 'value'>): string | null {
  const { answer: phrase, kind, value } = answer;
  if (phrase === null || kind !== 'when' || !value || !CALENDAR_VALUE.test(value) || /\b\d{4}\b/.test(phrase)) {
    return phrase;
  }
  const reading = renderTimeValue(value);
  return reading.toLowerCase() === phrase.toLowerCase() ? phrase : `${phrase} (${reading})`;
}
