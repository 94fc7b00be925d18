import type { APIEmbed } from 'discord.js';
import type { SkippedFile } from '../../corpus/article.js';
import type { ArticleInfo } from '../../newsbot.js';
import type { Reply } from '../command.js';
import { COLORS } from './colors.js';
import { embedLength, joinWithin, LIMITS, paginate } from './limits.js';
import { escapeWithin, oneLine, sourceLabel } from './markdown.js';
import { clampPage, type PageId, pageButtons } from './pages.js';

/** Articles per page at most: a page is read on a phone screen or two. */
export const ARTICLES_PER_PAGE = 10;
/** The list of skipped files gets this much room on every page; the files that do not fit are counted. */
const SKIPPED_ROOM = 1000;
/** Room kept for the titles and footers of the message's embeds when sharing out its 6,000 characters. */
const FRAME_ROOM = 300;
/** A source name or skipped file longer than this is cut. */
const NAME_MAX = 100;
const REASON_MAX = 200;

export interface SourcesPageOptions {
  /** 1-based; clamped to the pages there are. */
  page: number;
  pageId: PageId;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * One article in two lines: its title (a link when it has a URL) and date, saying when the date was inferred
 * from the text; then its source, its size and its id (what `article:` options take).
 * `*Syria talks to go ahead* · 17 Dec 2015` / `AFP · 14 sentences · 5 quotes · id 000\_58b9`
 */
function articleBlock(article: ArticleInfo): string {
  const dated = `${sourceLabel(article)}${article.dateInferred ? ' (inferred)' : ''}`;
  const details = [
    ...(article.source ? [escapeWithin(oneLine(article.source), NAME_MAX)] : []),
    plural(article.sentences, 'sentence'),
    plural(article.quotes, 'quote'),
    `id ${escapeWithin(article.id, NAME_MAX)}`,
  ];
  return `${dated}\n${details.join(' · ')}`;
}

/** The files that could not be read, and why; the same on every page. Null when every file was read. */
function skippedEmbed(skipped: SkippedFile[]): APIEmbed | null {
  if (skipped.length === 0) return null;
  const lines = skipped.map(
    (s) => `${escapeWithin(oneLine(s.file), NAME_MAX)}: ${escapeWithin(oneLine(s.reason), REASON_MAX)}`,
  );
  const more = (left: number) => `…and ${plural(left, 'more file')}`;
  return {
    title: `${plural(skipped.length, 'file')} skipped`,
    description: joinWithin(lines, SKIPPED_ROOM, more, { separator: '\n' }),
    color: COLORS.notice,
  };
}

/**
 * The reply to `/sources`: one page of the loaded articles, newest first, with buttons to turn the pages,
 * and the files that were skipped with their reasons.
 */
export function sourcesReply(articles: ArticleInfo[], skipped: SkippedFile[], options: SourcesPageOptions): Reply {
  const notice = skippedEmbed(skipped);
  const extra = notice ? [notice] : [];
  if (articles.length === 0) {
    const none = { title: 'No articles loaded', description: 'No file of the corpus could be read as an article.' };
    return { embeds: [{ ...none, color: COLORS.none }, ...extra], components: [] };
  }
  const room = Math.min(LIMITS.description, LIMITS.embedTotal - FRAME_ROOM - (notice ? embedLength(notice) : 0));
  const pages = paginate(articles.map(articleBlock), room, ARTICLES_PER_PAGE);
  const page = clampPage(options.page, pages.length);
  const components = pageButtons(page, pages.length, options.pageId);
  const first = pages.slice(0, page - 1).reduce((sum, p) => sum + p.length, 0);
  const embed: APIEmbed = {
    title: `${plural(articles.length, 'article')}, newest first`,
    description: pages[page - 1].join('\n\n'),
    color: COLORS.sources,
    footer: { text: `Articles ${first + 1}–${first + pages[page - 1].length} of ${articles.length}` },
  };
  return { embeds: [embed, ...extra], components: components ?? [] };
}
