import { clip } from './limits.js';

/**
 * Article text and user input made safe to show in Discord markdown: the characters of emphasis, code,
 * spoilers, strikethrough and links escaped (Discord takes a backslash before any punctuation), a heading
 * or list marker at a line start too, and mention syntax (`<@123>`, `<#1>`, `<t:0>`) shown as typed instead of
 * rendered. Pinging is prevented elsewhere, by `allowedMentions` on every message.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/<(?=[@#:/]|a:|t:)/g, '\\<')
    .replace(/^(\s*)(#{1,3}|-#|[->+])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/** Runs of whitespace (line breaks included) as single spaces: sentences read as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2015-12-17` as `17 Dec 2015` (also `2015-12` and `2015`); null as `undated`; anything else as it is. */
export function formatDate(date: string | null): string {
  if (date === null) return 'undated';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Titles longer than this are cut in source lines; URLs longer than this are not linked. */
const TITLE_MAX = 150;
const URL_MAX = 300;

/** A source as one short line: the title (a link when the article has a usable URL) and its date. */
export function sourceLabel(
  source: { title: string; date: string | null; url?: string | null },
  titleMax = TITLE_MAX,
): string {
  const title = escapeWithin(oneLine(source.title) || 'Untitled', titleMax);
  const url =
    source.url && source.url.length <= URL_MAX && /^https?:\/\/[^\s<>]+$/i.test(source.url) ? source.url : null;
  // The address cannot hold a parenthesis (and encodeURIComponent keeps those); the title's brackets are escaped.
  const shown = url ? `[${title}](${url.replaceAll('(', '%28').replaceAll(')', '%29')})` : `*${title}*`;
  return `${shown} · ${formatDate(source.date)}`;
}

/** `text` escaped and cut at a word so that the escaped form has at most `max` characters. */
export function escapeWithin(text: string, max: number): string {
  let room = max;
  for (;;) {
    const escaped = escapeText(clip(text, room));
    if (escaped.length <= max || room <= 1) return escaped.length <= max ? escaped : '…';
    room = Math.min(room - 1, Math.floor((room * max) / escaped.length));
  }
}
