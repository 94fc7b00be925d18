import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { ArticleInfo, Newsbot } from '../newsbot.js';
import type { KnownSpeaker } from '../quote/types.js';
import { clip, LIMITS } from './format/limits.js';
import { formatDate } from './format/markdown.js';

export type Choice = ApplicationCommandOptionChoiceData<string>;

/** Autocomplete over the loaded corpus, answered from memory. */
export interface Suggestions {
  /** Known speakers matching what is typed, best match first, then most quoted: `Sergei Lavrov (3 quotes)`. */
  speakers(query: string): Choice[];
  /** Articles whose title matches what is typed, best match first, then newest; the value is the article id. */
  articles(query: string): Choice[];
  /** The article a typed value means: its id, its exact title, or the one title it matches; null otherwise. */
  resolveArticle(value: string): string | null;
}

/** A name taken apart once for matching: lower case, no accents, words split on anything not a letter or digit. */
interface Prepared {
  text: string;
  words: string[];
}

export function prepare(text: string): Prepared {
  const normalized = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return { text: normalized, words: normalized === '' ? [] : normalized.split(' ') };
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function typoDistance(a: string, b: string): number {
  return prefixDistances(a, b)[b.length];
}

/** The distances from `a` to every prefix of `b` (index = prefix length): the last row of the OSA matrix. */
function prefixDistances(a: string, b: string): number[] {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    before = previous;
    previous = row;
  }
  return previous;
}

/** Whether a typed word is a slip away from the start of a name's word ("lavorv" for "lavrov"). */
function nearPrefix(typed: string, word: string): boolean {
  const allowed = typed.length >= 7 ? 2 : typed.length >= 3 ? 1 : 0;
  if (allowed === 0) return word.startsWith(typed);
  // Slips rarely hit the first letter: checking it first skips almost every word, and keeps the list sane.
  if (word[0] !== typed[0] && word[1] !== typed[0] && word[0] !== typed[1]) return false;
  const distances = prefixDistances(typed, word.slice(0, typed.length + 1));
  return distances.slice(Math.max(0, typed.length - 1)).some((d) => d <= allowed);
}

export type MatchId = 'name-start' | 'word-starts' | 'near-words';

interface Matcher {
  id: MatchId;
  match(query: Prepared, name: Prepared): boolean;
}

/**
 * How a typed query matches a name, most exact first: a name is ranked by the first matcher that accepts
 * it, so exact starts come before word starts, and typos only fill the list when nothing closer does.
 */
export const MATCHERS: Matcher[] = [
  // "sergei l" -> "Sergei Lavrov"
  { id: 'name-start', match: (query, name) => name.text.startsWith(query.text) },
  // "lav" -> "Sergei Lavrov"; "s lav" -> "Sergei Lavrov"
  {
    id: 'word-starts',
    match: (query, name) => query.words.every((typed) => name.words.some((word) => word.startsWith(typed))),
  },
  // "lavorv" -> "Sergei Lavrov"
  {
    id: 'near-words',
    match: (query, name) => query.words.every((typed) => name.words.some((word) => nearPrefix(typed, word))),
  },
];

/** The id of the first matcher that accepts the name; null when none does. */
export function matchOf(query: string, name: string): MatchId | null {
  const q = prepare(query);
  const n = prepare(name);
  return MATCHERS.find((m) => m.match(q, n))?.id ?? null;
}

/**
 * The items matching `query`, best matcher first; items keep their given order within a matcher. Each matcher
 * looks only at what the ones before it left, and the slower ones run only while the list has room.
 */
export function rankMatches<T>(items: { item: T; name: Prepared }[], query: string, max: number): T[] {
  const q = prepare(query);
  if (q.words.length === 0) return items.slice(0, max).map((i) => i.item);
  const ranked: T[] = [];
  let rest = items;
  for (const matcher of MATCHERS) {
    const left: typeof items = [];
    for (const entry of rest) {
      if (ranked.length >= max) break;
      if (matcher.match(q, entry.name)) ranked.push(entry.item);
      else left.push(entry);
    }
    if (ranked.length >= max) break;
    rest = left;
  }
  return ranked;
}

function speakerChoice(speaker: KnownSpeaker): Choice {
  const count = ` (${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'})`;
  return { name: `${clip(speaker.name, LIMITS.choiceName - count.length)}${count}`, value: speaker.name };
}

function articleChoice(article: ArticleInfo): Choice {
  const date = ` · ${formatDate(article.date)}`;
  return {
    name: `${clip(article.title.trim() || article.id, LIMITS.choiceName - date.length)}${date}`,
    value: article.id,
  };
}

/**
 * Suggestions over a newsbot's speakers and articles. The lists are read and prepared on first use and kept:
 * the corpus does not change while the bot runs.
 */
/** `build(source())`, built again only when `source` gives a different array. */
function preparedFrom<T, U>(source: () => T[], build: (all: T[]) => U[]): () => U[] {
  let from: T[] | null = null;
  let prepared: U[] = [];
  return () => {
    const all = source();
    if (all !== from) {
      from = all;
      prepared = build(all);
    }
    return prepared;
  };
}

export function createSuggestions(newsbot: Newsbot): Suggestions {
  // A choice's value has at most 100 characters: a longer name or id cannot be offered. The lists are
  // prepared once per version of the corpus: newsbot hands out new arrays when a refresh changed it.
  const speakerList = preparedFrom(
    () => newsbot.speakers(),
    (all) => all.filter((s) => s.name.length <= LIMITS.choiceValue).map((item) => ({ item, name: prepare(item.name) })),
  );
  const articleList = preparedFrom(
    () => newsbot.articles(),
    (all) =>
      all
        .filter((a) => a.id.length > 0 && a.id.length <= LIMITS.choiceValue)
        .map((item) => ({ item, name: prepare(item.title) })),
  );
  return {
    speakers: (query) => rankMatches(speakerList(), query, LIMITS.choices).map(speakerChoice),
    articles: (query) => rankMatches(articleList(), query, LIMITS.choices).map(articleChoice),
    resolveArticle(value) {
      const all = newsbot.articles();
      const byId = all.find((a) => a.id === value.trim());
      if (byId) return byId.id;
      const typed = prepare(value);
      const byTitle = all.filter((a) => prepare(a.title).text === typed.text);
      if (byTitle.length === 1) return byTitle[0].id;
      // A typo may pick the wrong article: only exact starts resolve a typed title.
      const exact = MATCHERS.filter((m) => m.id !== 'near-words');
      const close = articleList().filter(({ name }) => exact.some((m) => m.match(typed, name)));
      return close.length === 1 ? close[0].item.id : null;
    },
  };
}
