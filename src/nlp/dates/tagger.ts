import type { Reading } from './resolve.js';
import { TIME_RULES } from './rules/index.js';

/** A time expression found in a sentence, before it is resolved; offsets are into the sentence. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  reading: Reading;
}

/**
 * A cheap first look: a sentence without any of these word starts (or a digit) holds no time expression,
 * and most sentences are skipped without running the rules.
 */
const TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|now|current|recent|lately|present|moment|future|past|term|daily|weekly|monthly|yearly|hourly|nightly|every|each|once|twice|second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur|millenni|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|noon|midday|midnight|christmas|new year|independence|halloween|valentine|thanksgiving|labor|memorial|easter|good friday|election|eighteen|nineteen|twent|thirties|forties|fifties|sixties|seventies|eighties|nineties|half)/i;

/**
 * Words that belong to the expression they stand before: "early March", "late last week", "the end of
 * 1990", "more than four hours", "earlier this year". "about", "almost", "over" and "within" are left
 * outside, as TimeML annotators mostly do.
 */
const MODIFIER =
  /(?:\b(?:early|late|nearly|more than|less than|at least|up to|no more than|around)\s+|\bmid-?\s*|\bthe (?:beginning|start|end|middle|close|turn|rest) of\s+)$/i;
/** "earlier" and "later" join only a "this"/"that" expression: "earlier this year", not "earlier Friday". */
const RELATIVE_MODIFIER = /\b(?:earlier|later)\s+$/i;

function candidatesOf(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of TIME_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const reading = rule.extract(m);
      if (reading) found.push({ start: m.index, end: m.index + m[0].length, rule: rule.id, reading });
    }
  }
  return found;
}

/** Longest first, then earliest, then the rule listed first; each kept candidate blocks those it overlaps. */
function select(found: Candidate[]): Candidate[] {
  const order = new Map(TIME_RULES.map((r, i) => [r.id, i]));
  const ranked = [...found].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Takes a modifier standing before a candidate into its span, when no other candidate holds those words. */
function extendOverModifiers(sentence: string, kept: Candidate[]): Candidate[] {
  return kept.map((c, i) => {
    const floor = i > 0 ? kept[i - 1].end : 0;
    const before = sentence.slice(floor, c.start);
    const m =
      MODIFIER.exec(before) ??
      (/^th(?:is|at)\b/i.test(sentence.slice(c.start)) ? RELATIVE_MODIFIER.exec(before) : null);
    return m ? { ...c, start: c.start - m[0].length } : c;
  });
}

/** A possessive ending ("Friday's", "last year's"): the rules read it, but it is no part of the span (TimeML). */
const POSSESSIVE = /['’]s$/;

function withoutPossessive(sentence: string, c: Candidate): Candidate {
  return POSSESSIVE.test(sentence.slice(c.start, c.end)) ? { ...c, end: c.end - 2 } : c;
}

/**
 * The sentence with every run of white space (line breaks of hard-wrapped text, double spaces, CRLF) made
 * one space, as the rules expect, and for each of its offsets the offset in the sentence as written.
 */
function squeezeSpaces(sentence: string): { text: string; original: number[] } {
  const original: number[] = [];
  let text = '';
  for (let i = 0; i < sentence.length; i++) {
    if (/\s/.test(sentence[i])) {
      if (text.endsWith(' ')) continue;
      text += ' ';
    } else text += sentence[i];
    original.push(i);
  }
  original.push(sentence.length);
  return { text, original };
}

/** The time expressions of one sentence, in text order, with offsets into the sentence. */
export function tagSentence(sentence: string): Candidate[] {
  if (!TRIGGER.test(sentence)) return [];
  const { text, original } = squeezeSpaces(sentence);
  const found = extendOverModifiers(text, select(candidatesOf(text))).map((c) => withoutPossessive(text, c));
  // an end offset maps to just past the last character of the span as written
  return found.map((c) => ({ ...c, start: original[c.start], end: original[c.end - 1] + 1 }));
}
