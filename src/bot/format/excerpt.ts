import { clip } from './limits.js';

/** A piece of text split around the part to highlight. */
export interface Excerpt {
  before: string;
  focus: string;
  after: string;
}

const ELLIPSIS = '…';

/** The end of `text` in at most `max` characters, starting at a word. */
function tail(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return '';
  const room = text.slice(text.length - (max - ELLIPSIS.length));
  const boundary = room.search(/\s/);
  const cut = boundary >= 0 && boundary < room.length / 3 ? room.slice(boundary) : room;
  return `${ELLIPSIS}${cut.trimStart()}`;
}

/** The start of `text` in at most `max` characters, ending at a word. */
function head(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return '';
  return clip(text, max);
}

/**
 * `text` (a sentence) in at most `max` characters, split around `span` (offsets into `text`) so that the
 * span stays whole and visible with as much context on each side as fits. Without a span, the start of it.
 */
export function excerpt(text: string, span: readonly [number, number] | null, max: number): Excerpt {
  if (!span) return { before: head(text, max), focus: '', after: '' };
  const [from, to] = span;
  const focus = clip(text.slice(from, to), Math.floor(max / 2));
  const before = text.slice(0, from);
  const after = text.slice(to);
  const room = max - focus.length;
  if (before.length + after.length <= room) return { before, focus, after };
  // Share the room evenly; a side that needs less gives the rest to the other.
  const half = Math.floor(room / 2);
  const beforeRoom = before.length < half ? before.length : Math.max(half, room - after.length);
  return { before: tail(before, beforeRoom), focus, after: head(after, room - Math.min(beforeRoom, before.length)) };
}
