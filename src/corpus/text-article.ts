import type { Article } from './article.js';
import { parseHeaderDate } from './header-date.js';

/** Header keys (lowercase) and the Article slot each fills; the first key present wins for a slot. */
const HEADER_SLOTS: Record<string, 'title' | 'date' | 'source' | 'section' | 'url' | 'id' | 'supertitle'> = {
  title: 'title',
  headline: 'title',
  supertitle: 'supertitle',
  section: 'section',
  date: 'date',
  published: 'date',
  source: 'source',
  byline: 'source',
  agency: 'source',
  url: 'url',
  id: 'id',
  storyid: 'id',
};

const HEADER_LINE = /^(?:##\s*)?([A-Za-z][A-Za-z0-9_ -]{0,39}):[ \t]*(.*?)[ \t]*$/;

interface Line {
  text: string;
  start: number;
  /** Offset just past the line's end-of-line characters. */
  next: number;
}

/** The lines of `text` from `from`, each without its `\n` or `\r\n`. */
function* linesOf(text: string, from: number): Generator<Line> {
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    yield { text: text.slice(start, end), start, next: newline < 0 ? text.length : newline + 1 };
    start = newline < 0 ? text.length : newline + 1;
  }
}

interface Header {
  fields: Map<string, string>;
  bodyStart: number;
}

/**
 * The header block at the top of the file: `Key: value` lines ended by a blank line. A block counts as a
 * header only when every line is such a line and at least one key is a known one, so a first line like
 * "Breaking: ..." followed by prose is read as a title.
 */
function readHeader(text: string, from: number): Header | null {
  const fields = new Map<string, string>();
  let knownKeys = 0;
  for (const line of linesOf(text, from)) {
    if (line.text.trim() === '') {
      return knownKeys > 0 ? { fields, bodyStart: line.next } : null;
    }
    const m = line.text.match(HEADER_LINE);
    if (!m) return null;
    const key = m[1].trim().toLowerCase();
    if (slotOf(key) !== undefined) knownKeys++;
    if (!fields.has(key)) fields.set(key, m[2]);
  }
  return null;
}

/** The slot a header key fills; own keys only, so "Constructor:" is not one of Object's. */
function slotOf(key: string): string | undefined {
  const slot = (k: string): string | undefined => (Object.hasOwn(HEADER_SLOTS, k) ? HEADER_SLOTS[k] : undefined);
  return slot(key) ?? slot(key.replace(/\s+/g, ''));
}

/** The first non-empty line from `from`, or null. */
function firstLine(text: string, from: number): Line | null {
  for (const line of linesOf(text, from)) if (line.text.trim() !== '') return line;
  return null;
}

/**
 * One `.txt`/`.md` article: a header block then the body, or a title line then the body.
 * Returns null when the file holds no text at all.
 */
export function parseTextArticle(id: string, file: string, text: string): Article | null {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.slice(from).trim() === '') return null;
  const header = readHeader(text, from);
  if (header) return articleFromHeader(id, file, text, header);
  const titleLine = firstLine(text, from) as Line;
  const titleStart = titleLine.start + (titleLine.text.length - titleLine.text.trimStart().length);
  return {
    id,
    file,
    title: cleanTitle(titleLine.text),
    text,
    bodyStart: titleLine.next,
    titleSpan: { start: titleStart, end: titleLine.start + titleLine.text.trimEnd().length },
    date: null,
    source: null,
    section: null,
    url: null,
    metadata: {},
  };
}

/** Markdown heading marks and surrounding space are not part of a title. */
function cleanTitle(line: string): string {
  return line.replace(/^\s*#+\s*/, '').trim();
}

function articleFromHeader(id: string, file: string, text: string, header: Header): Article {
  const slots = new Map<string, string>();
  const metadata: Record<string, string> = {};
  for (const [key, value] of header.fields) {
    const slot = slotOf(key);
    if (slot && !slots.has(slot) && value !== '') slots.set(slot, value);
    else if (!slot) metadata[key] = value;
  }
  // The article id is the file name (interface.md); a header ID is kept as metadata, like the supertitle.
  for (const slot of ['supertitle', 'id'] as const) {
    const value = slots.get(slot);
    if (value) metadata[slot] = value;
  }
  const rawDate = slots.get('date');
  if (rawDate) metadata.rawDate = rawDate;
  const bodyTitle = firstLine(text, header.bodyStart);
  return {
    id,
    file,
    title: slots.get('title') ?? (bodyTitle ? cleanTitle(bodyTitle.text) : id),
    text,
    bodyStart: header.bodyStart,
    titleSpan: null,
    date: rawDate ? parseHeaderDate(rawDate) : null,
    source: slots.get('source') ?? null,
    section: slots.get('section') ?? null,
    url: slots.get('url') ?? null,
    metadata,
  };
}
