import type { APIEmbed } from 'discord.js';
import type { Reply } from '../command.js';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  /** All embed text of one message together: titles, descriptions, fields, footers, author names. */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Autocomplete: choices per answer, and characters of a choice's name and value. */
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
} as const;

const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis; unchanged when it fits.
 * Falls back to a hard cut when the last word boundary would lose more than a third of the room.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  const boundary = room.search(/\s+\S*$/);
  const cut = boundary > room.length * (2 / 3) ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s,;:]+$/, '')}${ELLIPSIS}`;
}

export interface JoinOptions {
  /** Show at most this many blocks, even when more would fit. Default: all that fit. */
  limit?: number;
  /** Between blocks. Default a blank line. */
  separator?: string;
}

/**
 * As many whole blocks as fit in `max` characters, in order, joined by a separator; when some are left
 * out, a last line `more(n)` says how many ("…and 3 more quotes"). Never cuts inside a block.
 */
export function joinWithin(
  blocks: string[],
  max: number,
  more: (left: number) => string,
  options: JoinOptions = {},
): string {
  const { limit = blocks.length, separator = '\n\n' } = options;
  const kept: string[] = [];
  for (const [i, block] of blocks.slice(0, limit).entries()) {
    const left = blocks.length - i - 1;
    const candidate = [...kept, block, ...(left > 0 ? [more(left)] : [])].join(separator);
    if (candidate.length > max) break;
    kept.push(block);
  }
  if (kept.length === blocks.length) return kept.join(separator);
  return [...kept, more(blocks.length - kept.length)].join(separator);
}

/**
 * Blocks in pages of at most `perPage` blocks and `max` characters each, in order; the same blocks always
 * give the same pages, so a page can be rebuilt from its number alone.
 */
export function paginate(blocks: string[], max: number, perPage: number, separator = '\n\n'): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  for (const block of blocks) {
    if (page.length > 0 && (page.length >= perPage || [...page, block].join(separator).length > max)) {
      pages.push(page);
      page = [];
    }
    page.push(block);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The characters of an embed that count towards the 6,000 of a message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** `text` without its last lines, so that it has at most `max` characters and ends on a line of its own. */
function dropLines(text: string, max: number): string {
  const lines = text.split('\n');
  while (lines.length > 1 && `${lines.join('\n')}\n${ELLIPSIS}`.length > max) lines.pop();
  const kept = lines.join('\n');
  return kept.length < text.length ? clip(`${kept}\n${ELLIPSIS}`, max) : clip(kept, max);
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  return {
    ...embed,
    ...(embed.title === undefined ? {} : { title: clip(embed.title, LIMITS.title) }),
    ...(embed.description === undefined ? {} : { description: dropLines(embed.description, LIMITS.description) }),
    ...(embed.author === undefined
      ? {}
      : { author: { ...embed.author, name: clip(embed.author.name, LIMITS.author) } }),
    ...(embed.footer === undefined
      ? {}
      : { footer: { ...embed.footer, text: clip(embed.footer.text, LIMITS.footer) } }),
    ...(embed.fields === undefined
      ? {}
      : {
          fields: embed.fields.slice(0, LIMITS.fields).map((field) => ({
            ...field,
            name: clip(field.name, LIMITS.fieldName),
            value: dropLines(field.value, LIMITS.fieldValue),
          })),
        }),
  };
}

/** Makes `embeds` fit 6,000 characters in all: the longest description loses lines, then fields, then embeds go. */
function shrinkToTotal(embeds: APIEmbed[]): void {
  let total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  while (total > LIMITS.embedTotal) {
    const longest = embeds.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
    const description = longest.description ?? '';
    const withFields = embeds.findLast((embed) => (embed.fields?.length ?? 0) > 0);
    if (description.length > 1) {
      longest.description = dropLines(description, Math.max(1, description.length - (total - LIMITS.embedTotal)));
    } else if (withFields) {
      withFields.fields = withFields.fields?.slice(0, -1);
    } else {
      embeds.pop();
    }
    total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  }
}

/**
 * The last line of defence: a reply that fits every limit whatever the formatters made of it. Over-long text
 * loses whole lines from its end (the longest description first), never a cut mid-markup when avoidable.
 */
export function fitReply(reply: Reply): Reply {
  const embeds = (reply.embeds ?? []).slice(0, LIMITS.embeds).map(fitEmbed);
  shrinkToTotal(embeds);
  return {
    ...reply,
    ...(reply.content === undefined ? {} : { content: dropLines(reply.content, LIMITS.content) }),
    ...(reply.embeds === undefined ? {} : { embeds }),
  };
}
