import type { APIEmbed } from 'discord.js';
import type { QuoteResult, SpeakerQuote } from '../../quote/types.js';
import type { Reply } from '../command.js';
import { COLORS } from './colors.js';
import { joinWithin, LIMITS, paginate } from './limits.js';
import { escapeWithin, oneLine, sourceLabel } from './markdown.js';
import { clampPage, type PageId, pageButtons } from './pages.js';

/** The longest remark shown above the quotes. */
const MAX_NOTE = 300;

/** Quotes per page at most: a page is read on a phone screen or two. Fewer when long quotes fill 4,096. */
export const QUOTES_PER_PAGE = 5;
/** A quoted paragraph longer than this is cut at a word: it is a pointer to the article, not a copy of it. */
const QUOTE_MAX = 500;
/** Sources listed under a quote; the rest are counted. */
const SOURCES_SHOWN = 3;

export interface QuotePageOptions {
  /** 1-based; clamped to the pages there are. */
  page: number;
  /** The custom id of the button showing page `n`; null when the query does not fit one (then no buttons). */
  pageId: PageId;
}

function quoteBlock(quote: SpeakerQuote): string {
  const shown = quote.sources.slice(0, SOURCES_SHOWN).map((source) => sourceLabel(source));
  const hidden = quote.sources.length - shown.length;
  if (hidden > 0) shown.push(`…and ${hidden} more article${hidden === 1 ? '' : 's'}`);
  return [`> “${escapeWithin(oneLine(quote.text), QUOTE_MAX)}”`, ...shown].join('\n');
}

function noQuotes(result: QuoteResult, query: string): APIEmbed {
  const lines = [escapeWithin(oneLine(result.message ?? `No quotes from ${query} in the articles.`), 1000)];
  const names = (list: string[]) => list.map((name) => `**${escapeWithin(name, 100)}**`).join(', ');
  if (result.candidates?.length) lines.push(`Which one? ${names(result.candidates.slice(0, 10))}`);
  if (result.suggestions?.length) lines.push(`Did you mean ${names(result.suggestions.slice(0, 10))}?`);
  return { title: 'No quotes found', description: lines.join('\n\n'), color: COLORS.none };
}

/**
 * The reply to `/quote`: one page of the speaker's quotes, each with its sources, and buttons to turn the
 * pages; without buttons (a query too long for a button id) the quotes that do not fit are counted instead.
 */
export function quotesReply(result: QuoteResult, query: string, options: QuotePageOptions): Reply {
  if (result.quotes.length === 0) return { embeds: [noQuotes(result, query)], components: [] };
  // a remark such as a topic left aside opens every page
  const note = result.message ? `*${escapeWithin(oneLine(result.message), MAX_NOTE)}*\n\n` : '';
  const room = LIMITS.description - note.length;
  const blocks = result.quotes.map(quoteBlock);
  const pages = paginate(blocks, room, QUOTES_PER_PAGE);
  const page = clampPage(options.page, pages.length);
  const components = pageButtons(page, pages.length, options.pageId);
  const more = (left: number) => `…and ${left} more quote${left === 1 ? '' : 's'}; a \`topic\` narrows them down`;
  const description = components ? pages[page - 1].join('\n\n') : joinWithin(blocks, room, more);
  const count = result.quotes.length;
  const first = pages.slice(0, page - 1).reduce((sum, p) => sum + p.length, 0);
  const footer = components
    ? `Quotes ${first + 1}–${first + pages[page - 1].length} of ${count}`
    : `${count} quote${count === 1 ? '' : 's'}`;
  const about = result.topic ? ` on “${result.topic}”` : '';
  const embed: APIEmbed = {
    title: escapeWithin(oneLine(`${result.speaker ?? query}${about}`), LIMITS.title),
    description: note + description,
    color: COLORS.quotes,
    footer: { text: footer },
  };
  return { embeds: [embed], components: components ?? [] };
}
