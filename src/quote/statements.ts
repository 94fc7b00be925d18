import type { Span } from '../corpus/article.js';
import type { Document } from '../library.js';
import type { Quotation } from '../nlp/facts.js';

/** One thing a speaker said in one sentence of one article: its quoted segments, joined. */
export interface Statement {
  speaker: string;
  /** Index of the article in `library.documents`. */
  doc: number;
  sentence: number;
  /** The quoted words without the quotation marks; the segments of a split quote joined by " … ". */
  text: string;
  /** From the first quoted word to the last (the attribution in between included, for a split quote). */
  start: number;
  end: number;
  /** The quoted words of each segment. */
  parts: Span[];
}

const OPENING_MARKS = `"'“‘«‹„‚`;
const CLOSING_MARKS = `"'”’»›“`;
/** Punctuation that belongs to the attribution, not to the quote (`"...this Friday," Lavrov said`). */
const TRAILING_JOINERS = /[\s,;:–—-]/;

/** The quoted words of a quoted segment: its span without the outer marks, outer space and a trailing comma. */
export function quotedWords(text: string, quote: Span): Span {
  let { start, end } = quote;
  while (start < end && /\s/.test(text[start])) start++;
  if (start < end && OPENING_MARKS.includes(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && CLOSING_MARKS.includes(text[end - 1])) end--;
  while (end > start && TRAILING_JOINERS.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end };
}

function flatten(text: string): string {
  // most quotes are on one line already; the test is cheaper than a replace that changes nothing
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Whether two segments are one statement split by its attribution (`"A," he said, "B."`). */
function sameStatement(a: Quotation, b: Quotation): boolean {
  return a.sentence === b.sentence && a.speaker === b.speaker;
}

/** The statement of a run of segments, or null when they hold no words (a pair of empty marks). */
function statementOf(doc: Document, index: number, segments: Quotation[]): Statement | null {
  const parts = segments.map((q) => quotedWords(doc.article.text, q)).filter((p) => p.end > p.start);
  if (parts.length === 0) return null;
  return {
    speaker: segments[0].speaker as string,
    doc: index,
    sentence: segments[0].sentence,
    text: parts.map((p) => flatten(doc.article.text.slice(p.start, p.end))).join(' … '),
    start: parts[0].start,
    end: parts[parts.length - 1].end,
    parts,
  };
}

/** Every attributed statement of the library, article by article, in text order. */
export function statementsOf(documents: Document[]): Statement[] {
  const statements: Statement[] = [];
  documents.forEach((doc, index) => {
    const quotes = doc.facts.quotes.filter((q) => q.speaker !== null).sort((a, b) => a.start - b.start);
    const runs: Quotation[][] = [];
    for (const q of quotes) {
      const run = runs[runs.length - 1];
      if (run && sameStatement(run[0], q)) run.push(q);
      else runs.push([q]);
    }
    for (const run of runs) {
      const statement = statementOf(doc, index, run);
      if (statement) statements.push(statement);
    }
  });
  return statements;
}
