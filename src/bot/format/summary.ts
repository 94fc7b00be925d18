import type { APIEmbed } from 'discord.js';
import type { ArticleInfo } from '../../newsbot.js';
import type { SummaryResult, SummarySentence } from '../../summary/types.js';
import type { Reply } from '../command.js';
import { COLORS } from './colors.js';
import { joinWithin, LIMITS } from './limits.js';
import { escapeWithin, oneLine, sourceLabel } from './markdown.js';

/** A summary sentence longer than this is cut at a word. */
const SENTENCE_MAX = 500;
/** Room kept for an embed's title and footer when sharing out the 6,000 characters of a message. */
const FRAME_ROOM = 300;
/** The least room an embed of a topic gets: two sentences and their sources. Fewer topics are shown otherwise. */
const TOPIC_ROOM = 900;
/** Source titles are shorter when room is tight. */
const SHORT_TITLE = 60;

/** What was summarised: one article, or the whole corpus of `articleCount` articles. */
export interface SummaryScope {
  article: ArticleInfo | null;
  articleCount: number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function moreSentences(left: number): string {
  return `…and ${plural(left, 'more sentence')}`;
}

/** From one article: the sentences as bullets and the source once, under them. */
function articleBullets(sentences: SummarySentence[], max: number, article: ArticleInfo): string {
  const source = `— ${sourceLabel(article)}`;
  const lines = sentences.map((s) => `• ${escapeWithin(oneLine(s.text), SENTENCE_MAX)}`);
  return `${joinWithin(lines, max - source.length - 2, moreSentences, { separator: '\n' })}\n\n${source}`;
}

/** The first `shown` sentences as bullets with numbered references, and the sources they refer to. */
function referencedBullets(sentences: SummarySentence[], shown: number, lineMax: number, titleMax: number): string {
  const kept = sentences.slice(0, shown);
  const order = [...new Set(kept.map((s) => s.article))];
  const lines = kept.map((s) => `• ${escapeWithin(oneLine(s.text), lineMax)} [${order.indexOf(s.article) + 1}]`);
  if (shown < sentences.length) lines.push(moreSentences(sentences.length - shown));
  const sources = order.map((id, i) => {
    const first = kept.find((s) => s.article === id) as SummarySentence;
    return `${i + 1}. ${sourceLabel(first, titleMax)}`;
  });
  return `${lines.join('\n')}\n\n${sources.join('\n')}`;
}

/**
 * Sentences from several articles within `max` characters: as many as fit with the sources of those shown
 * (at least one, which the last check of the reply cuts if it must).
 */
function bullets(sentences: SummarySentence[], max: number): string {
  const lineMax = Math.min(SENTENCE_MAX, Math.floor(max / 3));
  const titleMax = max < 2 * TOPIC_ROOM ? SHORT_TITLE : undefined;
  let text = referencedBullets(sentences, 1, lineMax, titleMax ?? Number.POSITIVE_INFINITY);
  for (let shown = 2; shown <= sentences.length; shown++) {
    const longer = referencedBullets(sentences, shown, lineMax, titleMax ?? Number.POSITIVE_INFINITY);
    if (longer.length > max) break;
    text = longer;
  }
  return text;
}

interface Part {
  title: string;
  sentences: SummarySentence[];
  footer: string;
  article: ArticleInfo | null;
}

/**
 * The reply to `/summary`: the summary sentences as bullets with their sources; for a corpus of unrelated
 * stories, one embed per topic as well, as many as the 6,000 characters of a message hold with substance.
 */
export function summaryReply(result: SummaryResult, scope: SummaryScope): Reply {
  const topics = result.topics ?? [];
  if (result.sentences.length === 0 && topics.length === 0) {
    const text = escapeWithin(oneLine(result.message ?? 'There is nothing to summarise.'), 1000);
    return { embeds: [{ title: 'No summary', description: text, color: COLORS.none }] };
  }
  const title = scope.article
    ? `Summary: ${oneLine(scope.article.title)}`
    : `Summary of ${plural(scope.articleCount, 'article')}`;
  const parts: Part[] = [
    ...(result.sentences.length ? [{ title, sentences: result.sentences, footer: '', article: scope.article }] : []),
    ...topics
      .filter((t) => t.sentences.length > 0)
      .map((t) => ({ title: t.label, sentences: t.sentences, footer: plural(t.articles, 'article'), article: null })),
  ];
  const fitting = Math.min(LIMITS.embeds, Math.floor(LIMITS.embedTotal / (TOPIC_ROOM + FRAME_ROOM)));
  const shown = parts.slice(0, Math.max(1, fitting));
  const hidden = parts.length - shown.length;
  const room = Math.min(LIMITS.description, Math.floor(LIMITS.embedTotal / shown.length) - FRAME_ROOM);
  const embeds: APIEmbed[] = shown.map((part, i) => {
    const notShown = i === shown.length - 1 && hidden > 0 ? `${plural(hidden, 'more topic')} not shown` : '';
    const footer = [part.footer, notShown].filter(Boolean).join('; ');
    return {
      title: escapeWithin(oneLine(part.title), LIMITS.title),
      description: part.article ? articleBullets(part.sentences, room, part.article) : bullets(part.sentences, room),
      color: COLORS.summary,
      ...(footer ? { footer: { text: footer } } : {}),
    };
  });
  return { embeds };
}
