import type { Article } from '../../corpus/article.js';
import type { TimeExpression } from '../facts.js';
import type { Sentence } from '../sentences.js';
import { type Day, parseDay } from './calendar.js';
import { isInside, quotedSpans } from './quoted.js';
import { emptyReference, type Reference, type ResolveContext } from './resolve.js';
import { ANAPHORIC_RULE_IDS } from './rules/index.js';
import { SpeechTime } from './speech-time.js';
import { type Candidate, tagSentence } from './tagger.js';
import { tenseAround } from './tense.js';

/**
 * Rules that name a quarter outright; the quarter they name is the one later "the quarter" leans on. Not
 * "the quarter ended Sept. 30": its calendar quarter is no guide to the fiscal numbering the story goes on
 * with ("the fiscal first quarter ... the quarter").
 */
const QUARTER_NAMING = new Set(['quarter', 'q-number']);

/** Whether a quarter is over by the anchor (or no anchor says otherwise). */
function hasEnded(year: number, quarter: number, anchor: Day | null): boolean {
  return !anchor || year < anchor.year || (year === anchor.year && quarter * 3 < anchor.month);
}

/**
 * Remembers what a narrated expression names for the expressions after it ("third-quarter profit ... in
 * the quarter", "on Oct. 23 ... at 10 p.m."). Expressions that themselves lean on the reference leave it
 * as it is, so "a year earlier" twice does not go back two years. A quarter still to end, named in a future
 * clause ("will result in a fourth-quarter charge"), is a forecast, not the quarter a results story reports
 * on; a fiscal quarter reported in the past tense may well carry a calendar quarter still running.
 */
function noteReference(reference: Reference, c: Candidate, value: string, ctx: ResolveContext): void {
  if (ANAPHORIC_RULE_IDS.has(c.rule)) return;
  const quarter = QUARTER_NAMING.has(c.rule) ? /^(\d{4})-Q([1-4])$/.exec(value) : null;
  if (quarter) {
    const [year, number] = [Number(quarter[1]), Number(quarter[2])];
    if (ctx.tense !== 'future' || hasEnded(year, number, ctx.anchor)) reference.quarter = { year, quarter: number };
  }
  const day = parseDay(value);
  if (day) reference.day = day;
  const year = /^(\d{4})(?:$|-(\d{2})(?:$|-\d{2}))/.exec(value);
  if (year) reference.year = Number(year[1]);
  if (year?.[2]) reference.month = { year: Number(year[1]), month: Number(year[2]) };
}

interface Located extends Candidate {
  sentence: Sentence;
  quoted: boolean;
}

/**
 * Every time expression of the article with its TimeML value, resolved against `anchor` (the article's
 * date, or the inferred one with `inferred` set; null leaves relative expressions unresolved).
 */
export function extractTimeExpressions(
  article: Article,
  sentences: Sentence[],
  anchor: string | null,
  inferred: boolean,
): TimeExpression[] {
  const anchorDay = anchor ? parseDay(anchor) : null;
  const quotes = quotedSpans(article.text, sentences);
  const reference = emptyReference();
  const speech = new SpeechTime(anchorDay);
  const expressions: TimeExpression[] = [];
  for (const sentence of sentences) {
    if (sentence.kind === 'boilerplate') continue;
    const text = article.text.slice(sentence.start, sentence.end);
    const located: Located[] = tagSentence(text).map((c) => ({
      ...c,
      sentence,
      quoted: isInside(quotes, sentence.start + c.start, sentence.start + c.end),
    }));
    // the narration first: it may give the day on which the sentence's quoted words were spoken
    for (const c of [...located.filter((l) => !l.quoted), ...located.filter((l) => l.quoted)]) {
      const ctx: ResolveContext = {
        anchor: c.quoted ? speech.day() : anchorDay,
        tense: tenseAround(text, c.start, c.end),
        reference,
      };
      const value = c.reading.resolve(ctx);
      const leansOnAnchor = inferred && value !== c.reading.resolve({ ...ctx, anchor: null });
      if (!c.quoted) {
        speech.note(value);
        noteReference(reference, c, value, ctx);
      }
      expressions.push({
        text: article.text.slice(sentence.start + c.start, sentence.start + c.end),
        start: sentence.start + c.start,
        end: sentence.start + c.end,
        type: c.reading.type,
        value,
        inferred: leansOnAnchor,
        sentence: sentence.index,
      });
    }
  }
  return expressions.sort((a, b) => a.start - b.start);
}
