import type { Article } from './article.js';
import { parseHeaderDate } from './header-date.js';

/**
 * The fields each article slot is read from, first present wins: the interface's names first, then those of
 * common news feeds and APIs (NewsAPI's `content` and `publishedAt`, schema.org's `articleBody` and
 * `datePublished`, RSS's `link` and `pubDate`, scrapers' `headline` and `author`). A summary field
 * (`description`) is the body only when nothing longer is given.
 */
const FIELDS = {
  text: ['body', 'text', 'content', 'articleBody', 'article_text', 'full_text', 'story', 'description', 'summary'],
  title: ['title', 'headline', 'heading'],
  date: [
    'date',
    'published',
    'publishedAt',
    'published_at',
    'datePublished',
    'publish_date',
    'publication_date',
    'pubDate',
    'created_at',
  ],
  id: ['id', 'storyId', 'story_id', 'guid', 'uuid'],
  source: ['source', 'byline', 'agency', 'publisher', 'author'],
  section: ['section', 'category'],
  url: ['url', 'link'],
} as const satisfies Record<string, readonly string[]>;

const KNOWN_FIELDS = new Set<string>(Object.values(FIELDS).flat());

/**
 * The keys under which a feed wraps its list of articles (`{"articles": [...]}` from NewsAPI, `items`,
 * `data`, `results`...): such an object stands for its list.
 */
const LIST_KEYS = ['articles', 'items', 'data', 'results', 'stories', 'entries', 'documents', 'docs'];

/** Epoch times past this are milliseconds, not seconds (it is 2001-09-09 in seconds). */
const MILLISECONDS_FROM = 1e12;
/** Epoch seconds below this (1973-03-03) are more likely counts or ids than publication times. */
const SECONDS_FROM = 1e8;

function stringField(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A name given as a string or as an object with a `name` (NewsAPI's `source`, schema.org's `author`). */
function nameField(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return stringField((value as Record<string, unknown>).name);
  }
  if (Array.isArray(value)) return value.map(nameField).filter(Boolean).join(', ') || null;
  return stringField(value);
}

function firstOf<T>(
  object: Record<string, unknown>,
  keys: readonly string[],
  read: (v: unknown) => T | null,
): T | null {
  for (const key of keys) {
    const value = read(object[key]);
    if (value !== null) return value;
  }
  return null;
}

/** A publication date given as text, or as epoch seconds or milliseconds. */
function dateOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= SECONDS_FROM) {
    const date = new Date(value >= MILLISECONDS_FROM ? value : value * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  const text = stringField(value);
  return text === null ? null : parseHeaderDate(text);
}

/** The articles a parsed `.json` file holds: an array, a feed object wrapping one, or one article. */
export function articleObjects(value: unknown): { objects: unknown[]; listed: boolean } {
  if (Array.isArray(value)) return { objects: value, listed: true };
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    const hasText = FIELDS.text.some((key) => typeof object[key] === 'string');
    const list = LIST_KEYS.map((key) => object[key]).find(Array.isArray);
    if (!hasText && list) return { objects: list, listed: true };
  }
  return { objects: [value], listed: false };
}

/** Either an article or the reason the object is not one. */
export type JsonArticleResult = { article: Article } | { reason: string };

/**
 * One article object of a `.json`/`.jsonl` file. `fallbackId` (`FILE#N`) is used when the object has no id.
 * Offsets index the body string (the first of `FIELDS.text` present).
 */
export function articleFromObject(value: unknown, file: string, fallbackId: string): JsonArticleResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { reason: 'is not an article object' };
  }
  const object = value as Record<string, unknown>;
  const text = firstOf(object, FIELDS.text, (v) => (typeof v === 'string' ? v : null));
  if (text === null) return { reason: 'has no "body" or "text" string' };
  if (text.trim() === '') return { reason: 'has an empty body' };
  const id = firstOf(object, FIELDS.id, stringField)?.trim() || fallbackId;
  const title = (firstOf(object, FIELDS.title, stringField) ?? '').trim();
  const rawDate = firstOf(object, FIELDS.date, stringField);
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
      date: firstOf(object, FIELDS.date, dateOf),
      source: firstOf(object, FIELDS.source, nameField),
      section: firstOf(object, FIELDS.section, stringField),
      url: firstOf(object, FIELDS.url, stringField),
      metadata,
    },
  };
}

function firstLineOf(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 200);
}
