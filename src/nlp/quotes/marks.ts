import type { Span } from '../../corpus/article.js';

/** One top-level quoted stretch of text, marks included. */
export interface QuotedSegment extends Span {
  /** Index of the paragraph holding it. */
  paragraph: number;
  /** True when it has no closing mark because the quotation goes on in the next paragraph. */
  open: boolean;
  /** The segment it continues (a quotation carried over from the previous paragraph), else null. */
  continues: number | null;
  /** Set off by single marks ('...'), which news copy keeps for headlines and quotes within quotes. */
  single: boolean;
}

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  /** 1, or 2 for a double mark written as two apostrophes. */
  length: number;
  family: Family;
  role: Role;
  curly: boolean;
}

const DOUBLE = '"“”„«»';
const SINGLE = "'‘’‹›";
const OPENING_CONTEXT = '([{<-–—―/';
const CLOSING_CONTEXT = '.,;:!?)]}>-–—―…';
/** Clipped words that start with an apostrophe: 'em, 'til, 'cause... */
const CLIPPED = /^(?:em|til|cause|bout|tis|twas|round|cuz|n)\b/i;

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isMark = (ch: string | undefined): boolean => ch !== undefined && (DOUBLE.includes(ch) || SINGLE.includes(ch));

/**
 * Which sides of a mark (the characters `from`..`to`) face text: left-flanking (space or an opening bracket before,
 * text after) can open, right-flanking (text before, space or punctuation after) can close.
 */
function flanks(text: string, from: number, to: number, span: Span): { left: boolean; right: boolean } {
  const prev = from > span.start ? text[from - 1] : undefined;
  const next = to < span.end ? text[to] : undefined;
  const left = !isSpace(next) && (isSpace(prev) || OPENING_CONTEXT.includes(prev as string) || isMark(prev));
  const right = !isSpace(prev) && (isSpace(next) || CLOSING_CONTEXT.includes(next as string) || isMark(next));
  return { left, right };
}

/** What a double mark does here: its shape says open or close, its context overrides a shape used backwards. */
function doubleRole(ch: string, left: boolean, right: boolean): Role {
  if (ch === '“' || ch === '„' || ch === '«') return right && !left ? 'close' : 'open';
  if (ch === '”' || ch === '»') return left && !right ? 'open' : 'close';
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'either';
}

/** What a single mark does here, or null for an apostrophe (can't, Syria's, '90s, rock 'n' roll, 'em). */
function singleRole(text: string, at: number, left: boolean, right: boolean): Role | null {
  const prev = text[at - 1];
  const next = text[at + 1];
  if (isAlnum(prev) && isAlnum(next)) return null;
  if (left && /^\d/.test(text.slice(at + 1, at + 2))) return null;
  if (left && CLIPPED.test(text.slice(at + 1, at + 7))) return null;
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return null;
}

/** Reads a run of two or three straight apostrophes as a double mark (''...'' in some copy) plus a single one. */
function apostropheRun(text: string, at: number, span: Span): Mark[] | null {
  let end = at;
  while (end < span.end && text[end] === "'" && end - at < 3) end++;
  if (end - at < 2) return null;
  const { left, right } = flanks(text, at, end, span);
  const role = doubleRole('"', left, right);
  const opens = role === 'open';
  const double: Mark = { at: opens ? at : end - 2, length: 2, family: 'double', role, curly: false };
  if (end - at === 2) return [double];
  const single: Mark = {
    at: opens ? end - 1 : at,
    length: 1,
    family: 'single',
    role: opens ? 'open' : 'close',
    curly: false,
  };
  return opens ? [double, single] : [single, double];
}

function marksOf(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  for (let at = span.start; at < span.end; at++) {
    const ch = text[at];
    const double = DOUBLE.includes(ch);
    if (!double && !SINGLE.includes(ch)) continue;
    if (ch === "'" && text[at + 1] === "'") {
      const run = apostropheRun(text, at, span);
      if (run) {
        marks.push(...run);
        at += run.reduce((n, m) => n + m.length, 0) - 1;
        continue;
      }
    }
    const { left, right } = flanks(text, at, at + 1, span);
    // Nothing is open at a paragraph's first character, whatever the mark's shape ("” … what I learned").
    const first = at === firstNonSpace(text, span);
    const role = double
      ? first
        ? 'open'
        : doubleRole(ch, left, right)
      : singleRole(text, at, left || first, right && !first);
    if (role)
      marks.push({ at, length: 1, family: double ? 'double' : 'single', role, curly: ch !== '"' && ch !== "'" });
  }
  return marks;
}

interface Quoted extends Span {
  single: boolean;
}

interface Opened {
  mark: Mark;
  /** Complete quotations found inside it, in case it turns out to be a stray mark. */
  inner: Quoted[];
}

/** The first non-space character of a span is an opening double mark of the given shape. */
function opensWithMark(text: string, span: Span | undefined, curly: boolean): boolean {
  if (!span) return false;
  const first = text[span.start];
  if (!DOUBLE.includes(first) && !text.startsWith("''", span.start)) return false;
  return (first !== '"' && first !== "'") === curly;
}

/**
 * The top-level quotations of the paragraphs, in text order. Quotation marks are paired inside each paragraph;
 * nested quotations stay inside their outer one; apostrophes and stray marks are passed over. An opening double mark
 * after a sentence end while a double quotation is open starts the quotation's next segment (British copy reopens
 * each new sentence of a long quotation without closing the last one). A quotation left open
 * at the end of a paragraph goes on if the next paragraph opens with the same kind of mark; otherwise its opening
 * mark was stray and whatever complete quotations it held count on their own.
 */
export function findQuotedSegments(text: string, paragraphs: Span[]): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let carried: number | null = null;
  paragraphs.forEach((paragraph, p) => {
    const found: QuotedSegment[] = [];
    const stack: Opened[] = [];
    const emit = (span: Quoted, open = false) => found.push({ ...span, paragraph: p, open, continues: null });
    const closeTo = (index: number, end: number) => {
      const [outer] = stack.splice(index);
      const quoted = { start: outer.mark.at, end, single: outer.mark.family === 'single' };
      if (index === 0) emit(quoted);
      else stack[index - 1].inner.push(quoted);
    };
    for (const mark of marksOf(text, paragraph)) {
      const innermost = findLast(stack, (o) => o.mark.family === mark.family);
      if (mark.family === 'double') {
        const closes = mark.role === 'close' || (mark.role === 'either' && innermost >= 0);
        if (closes && innermost >= 0) closeTo(innermost, mark.at + mark.length);
        else if (!closes) {
          // He said: "We lost. "We will be back." (a new sentence of the same quotation reopened without closing)
          if (innermost >= 0 && afterSentenceEnd(text, mark.at)) closeTo(innermost, trimEnd(text, mark.at));
          stack.push({ mark, inner: [] });
        }
      } else if (mark.role === 'close') {
        const lastDouble = findLast(stack, (o) => o.mark.family === 'double');
        if (innermost > lastDouble) closeTo(innermost, mark.at + mark.length);
      } else stack.push({ mark, inner: [] });
    }
    // Marks still open at the paragraph's end: the outermost double one may go on in the next paragraph;
    // any other was stray, and the complete quotations it held stand on their own.
    for (const opened of stack) {
      const { mark } = opened;
      if (mark.family === 'double' && opensWithMark(text, paragraphs[p + 1], mark.curly)) {
        emit({ start: mark.at, end: trimEnd(text, paragraph.end), single: false }, true);
        break;
      }
      for (const span of opened.inner) emit(span);
    }
    found.sort((a, b) => a.start - b.start);
    for (const segment of found) {
      if (carried !== null && segment.start === firstNonSpace(text, paragraph)) segment.continues = carried;
      carried = null;
      segments.push(segment);
    }
    carried = found.length && found[found.length - 1].open ? segments.length - 1 : null;
  });
  return segments;
}

function findLast<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

/** The mark follows the end of a sentence: terminal punctuation, then space ("...for now. \"Next"). */
function afterSentenceEnd(text: string, at: number): boolean {
  const end = trimEnd(text, at);
  return end < at && /[.!?…]/.test(text[end - 1] ?? '');
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

function firstNonSpace(text: string, span: Span): number {
  let s = span.start;
  while (s < span.end && /\s/.test(text[s])) s++;
  return s;
}
