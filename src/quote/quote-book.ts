import { citationOf } from '../citation.js';
import type { Document, Library } from '../library.js';
import { libraryKey } from '../index/library-key.js';
import { type BookData, deriveBook, speakerDirectory } from './book-data.js';
import type { EntityNames, SpeakerEntry } from './directory.js';
import { quoteSnapshots, restoreBook, restoreEntityNames, storeBook, storeEntityNames } from './quote-snapshot.js';
import { type EntryIndex, indexEntries, resolveSpeaker, speakerQuery } from './resolve.js';
import { type Statement, statementsOf } from './statements.js';
import { createTopicFilters, type TopicFilter } from './topic.js';
import type { KnownSpeaker, QuoteOptions, QuoteResult, QuoteSource, SpeakerQuote } from './types.js';

/** Every quote of the corpus by speaker, shown once with all its sources. */
export interface QuoteBook {
  quote(speaker: string, options?: QuoteOptions): QuoteResult;
  /** Known speakers, most quoted first. */
  speakers(): KnownSpeaker[];
}

/** An ambiguous query lists at most this many candidates. */
const MAX_CANDIDATES = 10;

/** A quote with the statements it was merged from (for topic filtering). */
interface BookEntry {
  quote: SpeakerQuote;
  statements: Statement[];
}

/** Everything precomputed from the library once, on first use (or read from its snapshot). */
interface Book {
  /** The entries that speak (people, organizations, quoted descriptions), indexed. */
  index: EntryIndex;
  /** Named entries with quotes, most quoted first (descriptions like "a spokesman" left out). */
  named: SpeakerEntry[];
  known: KnownSpeaker[];
  /** The quotes of an entry name, earliest first. */
  quotesOf(speaker: string): BookEntry[];
  /** How many distinct quotes an entry has. */
  count(entry: SpeakerEntry): number;
  topicFilter: (topic: string) => TopicFilter | null;
}

function sourceOf(documents: Document[], statement: Statement): QuoteSource {
  const document = documents[statement.doc];
  const { article } = document;
  const source: QuoteSource = { ...citationOf(document), start: statement.start, end: statement.end };
  if (article.url) source.url = article.url;
  if (statement.parts.length > 1) source.parts = statement.parts;
  return source;
}

/**
 * Whether a named speaker belongs in the autocomplete list: an entity the articles name as a person or
 * organization, or a name of two words or more ("Speaking", a quote extractor's slip, stays out).
 */
function isListed(entry: SpeakerEntry): boolean {
  return entry.type === 'person' || entry.type === 'organization' || entry.name.trim().includes(' ');
}

/** The book over derived data; `entityNames` gives the directory's names when a topic filter first needs them. */
function bookOf(documents: Document[], statements: Statement[], data: BookData, entityNames: () => EntityNames): Book {
  // a speaker's quotes are put together when first asked for: a few objects each, but many thousands in all
  const built = new Map<string, BookEntry[]>();
  const quotesOf = (speaker: string): BookEntry[] => {
    let entries = built.get(speaker);
    if (!entries) {
      entries = (data.quotes.get(speaker) ?? []).map(([shown, ...reports]) => {
        const sorted = reports.map((i) => statements[i]);
        const sources = sorted.map((s) => sourceOf(documents, s));
        return { quote: { text: statements[shown].text, speaker, sources }, statements: sorted };
      });
      built.set(speaker, entries);
    }
    return entries;
  };
  const count = (e: SpeakerEntry): number => data.quotes.get(e.name)?.length ?? 0;
  const speakers = data.entries
    .filter((e) => count(e) > 0)
    .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name));
  const named = speakers.filter((e) => e.isName);
  let filters: ((topic: string) => TopicFilter | null) | undefined;
  return {
    index: indexEntries(data.entries),
    named,
    known: named.filter(isListed).map((e) => ({ name: e.name, quotes: count(e) })),
    quotesOf,
    count,
    topicFilter: (topic) => {
      filters ??= createTopicFilters(documents, entityNames());
      return filters(topic);
    },
  };
}

/**
 * The book of a library: its derived data read from the snapshot when the library and the code are the same,
 * else derived and stored. Topic filters read the entity names from a snapshot of their own when first used
 * (else rebuild the directory).
 */
function openBook(library: Library, cacheDir: string | null): Book {
  const { documents } = library;
  const statements = statementsOf(documents);
  const key = libraryKey(library);
  const snapshots = cacheDir && key ? quoteSnapshots(cacheDir, library.corpusDir) : null;
  const known = key && snapshots ? restoreBook(snapshots.quotes.read(key), statements.length) : null;
  if (key && snapshots && known) {
    const entityNames = (): EntityNames =>
      restoreEntityNames(snapshots.names.read(key)) ?? speakerDirectory(documents, statements).entityNames();
    return bookOf(documents, statements, known, entityNames);
  }
  const { data, directory } = deriveBook(documents, statements);
  if (key && snapshots) {
    snapshots.quotes.write(key, storeBook(data, statements.length));
    snapshots.names.write(key, storeEntityNames(directory.entityNames()));
  }
  return bookOf(documents, statements, data, directory.entityNames);
}

function listOf(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function quotesOfEntry(book: Book, entry: SpeakerEntry, rule: string, topic: string | undefined): QuoteResult {
  const all = book.quotesOf(entry.name);
  const result = { speaker: entry.name, resolvedBy: rule };
  if (all.length === 0) {
    return { ...result, quotes: [], message: `no direct quotes from ${entry.name} in the articles` };
  }
  const filter = topic ? book.topicFilter(topic) : null;
  if (topic && !filter) {
    const message = `the topic "${topic}" has no words to look for, so every quote is shown`;
    return { ...result, quotes: all.map((e) => e.quote), message };
  }
  const kept = filter ? all.filter((e) => e.statements.some(filter)) : all;
  if (kept.length === 0) {
    return { ...result, topic, quotes: [], message: `no quotes from ${entry.name} about "${topic}" in the articles` };
  }
  return { ...result, ...(topic ? { topic } : {}), quotes: kept.map((e) => e.quote) };
}

export interface QuoteBookOptions {
  /**
   * Where what the book derives from the library is kept between starts (read when the library is the same,
   * written when built); null keeps it in memory only. Default null.
   */
  cacheDir?: string | null;
}

export function createQuoteBook(library: Library, options: QuoteBookOptions = {}): QuoteBook {
  let book: Book | undefined;
  const open = (): Book => {
    book ??= openBook(library, options.cacheDir ?? null);
    return book;
  };
  return {
    quote: (speaker, options = {}) => {
      const b = open();
      const asked = speaker.trim();
      const resolution = resolveSpeaker(speakerQuery(asked), b.index, b.named, b.count);
      switch (resolution.kind) {
        case 'found':
          return quotesOfEntry(b, resolution.entry, resolution.rule, options.topic?.trim() || undefined);
        case 'ambiguous': {
          const candidates = resolution.candidates.slice(0, MAX_CANDIDATES).map((e) => e.name);
          return {
            speaker: null,
            quotes: [],
            candidates,
            resolvedBy: resolution.rule,
            message: `"${asked}" could be ${listOf(candidates)}; which one?`,
          };
        }
        case 'unknown':
          return {
            speaker: null,
            quotes: [],
            message: asked ? `no one called ${asked} in the articles` : 'no speaker given',
            suggestions: resolution.suggestions.map((e) => e.name),
          };
      }
    },
    speakers: () => open().known,
  };
}
