import type { Article } from './article.js';
import { parseHeaderDate } from './header-date.js';

const KNOWN_FIELDS = new Set([
  'id',
  'title',
  'headline',
  'body',
  'text',
  'date',
  'published',
  'source',
  'section',
  'url',
]);

function stringField(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Either an article or the reason the object is not one. */
export type JsonArticleResult = { article: Article } | { reason: string };

/**
 * One article object of a `.json`/`.jsonl` file. `fallbackId` (`FILE#N`) is used when the object has no id.
 * Offsets index the `body` (or `text`) string.
 */
export function articleFromObject(value: unknown, file: string, fallbackId: string): JsonArticleResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { reason: 'is not an article object' };
  }
  const object = value as Record<string, unknown>;
  const text = stringField(object.body) ?? stringField(object.text);
  if (text === null) return { reason: 'has no "body" or "text" string' };
  if (text.trim() === '') return { reason: 'has an empty body' };
  const id = stringField(object.id)?.trim() || fallbackId;
  const title = (stringField(object.title) ?? stringField(object.headline) ?? '').trim();
  const rawDate = stringField(object.date) ?? stringField(object.published);
  const metadata: Record<string, string> = {};
  for (const [key, field] of Object.entries(object)) {
    const s = stringField(field);
    if (!KNOWN_FIELDS.has(key) && s !== null) metadata[key] = s;
  }
  if (rawDate) metadata.rawDate = rawDate;
  return {
    article: {
      id,
      file,
      title: title || firstLineOf(text) || id,
      text,
      bodyStart: 0,
      titleSpan: null,
      date: rawDate ? parseHeaderDate(rawDate) : null,
      source: stringField(object.source),
      section: stringField(object.section),
      url: stringField(object.url),
      metadata,
    },
  };
}

function firstLineOf(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 200);
}
