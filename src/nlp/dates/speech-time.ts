import { type Day, daysBetween, parseDay } from './calendar.js';

/** How many days before the article's date reported speech is taken to have been given: a week of news. */
const SPEECH_DAYS = 7;

/**
 * The "now" of quoted speech. A quote's "today" is the day the words were spoken, which is the last day
 * the narration has told of so far within the week up to the article's date ("Kerry met Putin on Tuesday
 * ... 'We discussed today ...'"); with no such day, it is the article's own date. A day further back is
 * history the narration recalls ("since the 11 September 2001 attacks"), not when anyone spoke. Quotes
 * never move it: a date the narration states always wins over a quote's.
 */
export class SpeechTime {
  private last: Day | null = null;

  constructor(private readonly anchor: Day | null) {}

  /** Records a value the narration (outside quotes) gave. */
  note(value: string): void {
    const day = parseDay(value);
    // only days already past can be when something was said
    const back = day && this.anchor ? daysBetween(day, this.anchor) : -1;
    if (day && back >= 0 && back <= SPEECH_DAYS) this.last = day;
  }

  /** The day the speech quoted now was given. */
  day(): Day | null {
    return this.last ?? this.anchor;
  }
}
