import type { Span } from '../../corpus/article.js';
import type { Sentence } from '../sentences.js';

/** Marks that open and close a quotation; straight marks do both, in turn. */
const OPENERS = new Map([
  ['“', '”'],
  ['``', "''"],
  ['"', '"'],
]);
const MARK = /“|”|``|''|"/g;

/**
 * The quoted stretches of the article's text, found paragraph by paragraph: a quotation left open runs to
 * the end of its paragraph, as news writes a quote that goes on into the next one.
 */
export function quotedSpans(text: string, sentences: Sentence[]): Span[] {
  const spans: Span[] = [];
  const paragraphs = new Map<number, Span>();
  for (const s of sentences) {
    const p = paragraphs.get(s.paragraph);
    paragraphs.set(s.paragraph, p ? { start: p.start, end: s.end } : { start: s.start, end: s.end });
  }
  for (const paragraph of paragraphs.values()) {
    let open: { at: number; closer: string } | null = null;
    for (const m of text.slice(paragraph.start, paragraph.end).matchAll(MARK)) {
      const at = paragraph.start + (m.index ?? 0);
      if (open && m[0] === open.closer) {
        spans.push({ start: open.at, end: at + m[0].length });
        open = null;
      } else if (!open && OPENERS.has(m[0])) {
        open = { at, closer: OPENERS.get(m[0]) as string };
      }
    }
    if (open) spans.push({ start: open.at, end: paragraph.end });
  }
  return spans;
}

export function isInside(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
