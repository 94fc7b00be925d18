import type { Article, Span } from '../corpus/article.js';

/**
 * What a sentence is in the article: body prose; the title (a header-less file's first line, or a body line
 * that repeats the title); a photo caption; or boilerplate (sign-up prompts, agency signatures), which
 * summaries and answers leave aside.
 */
export type SentenceKind = 'body' | 'title' | 'caption' | 'boilerplate';

export interface Sentence extends Span {
  index: number;
  /** Paragraph number in the article (0 for the title). */
  paragraph: number;
  kind: SentenceKind;
}

/** No sentence is longer than this: text without punctuation (tables, hostile input) is cut at a space. */
export const MAX_SENTENCE_CHARS = 1500;

/** Abbreviations always followed by a name or number, so a full stop after them never ends a sentence. */
const NEVER_FINAL = new Set(
  'mr mrs ms messrs dr gen sen rep gov lt col capt cpt sgt maj adm cmdr hon pres supt det insp fr rev prof st mt ft ave blvd gov. no vol fig art pp ch sec op nos'.split(
    ' ',
  ),
);
/** Abbreviations that end a sentence only when the next word starts one ("in the U.S. The talks..."). */
const SOMETIMES_FINAL = new Set(
  'u.s u.k u.n e.u a.m p.m inc corp ltd co bros etc vs e.g i.e approx ca jr sr ph.d esq dept univ assn est'.split(' '),
);
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Words that typically open a sentence; after a SOMETIMES_FINAL abbreviation they mean a boundary. */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you his her their its our this that these those there but and so yet or in on at after as for if when while however meanwhile mr ms mrs dr officials police some many most one two both no not what who why how'.split(
    ' ',
  ),
);

const OPENING_MARKS = `"'“‘«([`;
const CAPTION =
  /\b(?:PHOTO|Photo|PICTURE|Picture|IMAGE|Image|FILE PHOTO|Getty Images|Reuters\/|AFP\/|AP Photo)\b\s*[:/]|\((?:photo|picture|image)\b/;
const BOILERPLATE =
  /^\s*(?:[-–—]\s*[A-Z][A-Za-z/&. ]{0,30}\s*$|(?:join|follow|subscribe|sign up|click here|read more|download)\b.*\b(?:channel|newsletter|twitter|facebook|telegram|app|here|news)\b|(?:copyright|©|all rights reserved)\b)/i;

interface Line extends Span {
  text: string;
}

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/**
 * Blocks of consecutive non-blank lines (paragraphs as the file lays them out). A block that goes on in
 * lowercase after one that stops mid-sentence is the same paragraph, split by a stray blank line.
 */
function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
      continue;
    }
    const previous = blocks[blocks.length - 1];
    if (current.length === 0 && previous && continuesParagraph(previous[previous.length - 1], line)) {
      current = blocks.pop() as Line[];
    }
    current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function continuesParagraph(last: Line, line: Line): boolean {
  return !/[.!?:"'”’)]\s*$/.test(last.text) && /^\s*\p{Ll}/u.test(line.text);
}

/** Lines longer than this belong to files that put one paragraph on a line: no break in them is soft. */
const MAX_WRAPPED_LINE = 100;
/** A wrapped line is filled close to the wrap width; a shorter line without a full stop is a heading. */
const MIN_FILLED_LINE = 50;

/**
 * Whether the break after `line` is only a hard wrap inside a paragraph: the line ends in an abbreviation
 * ("Mr." + "Yashin"), the next line goes on in lowercase (`"...,"` + `says Gendron`), or the line stops
 * mid-sentence and is either filled up to a wrap width, ends in a comma, or already continues a wrapped
 * paragraph (headings open paragraphs, they never sit inside one).
 */
function isSoftBreak(line: Line, next: Line, continuing: boolean): boolean {
  const trimmed = line.text.trimEnd();
  if (trimmed.endsWith('.') && abbreviationContinues(trimmed, trimmed.length - 1, next.text.trimStart())) return true;
  if (/^\s*[\p{Ll}\d]/u.test(next.text)) return true;
  // terminal punctuation ends the paragraph, also inside closing quotes or brackets ('dominant."'); a closing
  // mark alone does not (`a former star Jesse "The Body"` + `Ventura was elected`)
  if (/[.!?:]["'”’)]*$/.test(trimmed)) return false;
  return continuing || /[,;–—-]$/.test(trimmed) || trimmed.trim().length >= MIN_FILLED_LINE;
}

/** The paragraphs of a block: lines joined where the breaks between them are soft. */
function paragraphsOf(block: Line[]): Span[] {
  const wrapped = Math.max(...block.map((l) => l.text.trimEnd().length)) <= MAX_WRAPPED_LINE;
  const paragraphs: Span[] = [];
  let continuing = false;
  block.forEach((line, i) => {
    const joined = wrapped && i > 0 && isSoftBreak(block[i - 1], line, continuing);
    if (joined) paragraphs[paragraphs.length - 1].end = line.end;
    else paragraphs.push({ start: line.start, end: line.end });
    continuing = joined;
  });
  return paragraphs;
}

function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1])) i--;
  return text.slice(i, at).toLowerCase();
}

function nextWord(text: string, from: number): string {
  const m = text.slice(from, from + 40).match(/^[^\s]*/);
  return m ? m[0] : '';
}

/**
 * Whether the full stop at `at` belongs to an abbreviation that carries the sentence on to `following`
 * (the next word): "Mr. Smith", "Dec. 18", "John F. Kennedy", "the U.S. Navy" (but "the U.S. The talks").
 */
function abbreviationContinues(text: string, at: number, following: string): boolean {
  const first = following.replace(new RegExp(`^[${OPENING_MARKS}]+`), '')[0] ?? '';
  const bare = wordBefore(text, at).replace(/\.$/, '');
  if (NEVER_FINAL.has(bare)) return true;
  if (MONTH_ABBREVIATIONS.has(bare) && /^\d/.test(first)) return true;
  // a lone capital initial before a capitalised word
  if (/^[a-z]$/.test(bare) && /[\p{Lu}]/u.test(first) && /[A-Z]/.test(text[at - 1])) return true;
  if (SOMETIMES_FINAL.has(bare) || /^([a-z]\.)+[a-z]$/.test(bare)) {
    const word = following.replace(/[^\p{L}]/gu, '').toLowerCase();
    return !OPENING_MARKS.includes(following[0] ?? '') && !SENTENCE_OPENERS.has(word);
  }
  return false;
}

/**
 * Whether the sentence ends at the terminal punctuation `punct` that sits at `at`, with the next sentence
 * (after closing marks and space) starting at `next`.
 */
function endsSentence(text: string, at: number, punct: string, next: number): boolean {
  const following = nextWord(text, next);
  const first = following.replace(new RegExp(`^[${OPENING_MARKS}]+`), '')[0] ?? '';
  const startsLikeSentence = /[\p{Lu}\d]/u.test(first) || OPENING_MARKS.includes(following[0] ?? '');
  if (!startsLikeSentence) return false;
  return punct !== '.' || !abbreviationContinues(text, at, following);
}

const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)/g;

/** Sentence spans inside one paragraph, trimmed of surrounding space. */
function splitParagraph(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(paragraph.start, paragraph.end);
  let start = 0;
  for (const m of slice.matchAll(BOUNDARY)) {
    const at = m.index as number;
    const next = at + m[0].length;
    if (next >= slice.length) break;
    if (!endsSentence(slice, at, m[1].endsWith('.') && m[1].length === 1 ? '.' : m[1], next)) continue;
    spans.push({ start: paragraph.start + start, end: paragraph.start + at + m[1].length + m[2].length });
    start = next;
  }
  spans.push({ start: paragraph.start + start, end: paragraph.end });
  return spans.flatMap((s) => capLength(text, trim(text, s))).filter((s) => s.end > s.start);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Cuts a span longer than MAX_SENTENCE_CHARS at spaces. */
function capLength(text: string, span: Span): Span[] {
  const spans: Span[] = [];
  let { start } = span;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    const cut = space > start + MAX_SENTENCE_CHARS / 2 ? space : start + MAX_SENTENCE_CHARS;
    spans.push(trim(text, { start, end: cut }));
    start = cut;
  }
  spans.push(trim(text, { start, end: span.end }));
  return spans;
}

function normalisedTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function kindOf(article: Article, sentenceText: string, lineText: string): SentenceKind {
  if (article.title && normalisedTitle(sentenceText) === normalisedTitle(article.title)) return 'title';
  if (CAPTION.test(lineText)) return 'caption';
  if (BOILERPLATE.test(sentenceText)) return 'boilerplate';
  return 'body';
}

/** The article's sentences in text order: its title line (when inside the text), then the body's. */
export function splitSentences(article: Article): Sentence[] {
  const { text } = article;
  const sentences: Sentence[] = [];
  if (article.titleSpan) {
    sentences.push({ index: 0, ...article.titleSpan, paragraph: 0, kind: 'title' });
  }
  let paragraphNumber = 0;
  for (const block of blocksOf(linesOf(text, article.bodyStart))) {
    for (const paragraph of paragraphsOf(block)) {
      paragraphNumber++;
      const paragraphText = text.slice(paragraph.start, paragraph.end);
      for (const span of splitParagraph(text, paragraph)) {
        const kind = kindOf(article, text.slice(span.start, span.end), paragraphText);
        sentences.push({ index: sentences.length, ...span, paragraph: paragraphNumber, kind });
      }
    }
  }
  return sentences;
}
