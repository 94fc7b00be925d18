import { citationOf, dateSortKey } from '../citation.js';
import type { Document, Library } from '../library.js';
import { groupStatements } from './dedup.js';
import { buildDirectory, type SpeakerEntry } from './directory.js';
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

/** Everything precomputed from the library once, on first use. */
interface Book {
  /** The entries that speak (people, organizations, quoted descriptions), indexed. */
  index: EntryIndex;
  /** Named entries with quotes, most quoted first (descriptions like "a spokesman" left out). */
  named: SpeakerEntry[];
  known: KnownSpeaker[];
  quotesOf: Map<string, BookEntry[]>;
  /** How many distinct quotes an entry has. */
  count(entry: SpeakerEntry): number;
  topicFilter: (topic: string) => TopicFilter | null;
}

/** Sorts sources by article date (or the date its text gives; undated last), then corpus order, then position. */
function sourceOrder(documents: Document[]): (a: Statement, b: Statement) => number {
  const dateOf = (s: Statement): string => dateSortKey(documents[s.doc]);
  return (a, b) => dateOf(a).localeCompare(dateOf(b)) || a.doc - b.doc || a.start - b.start;
}

function sourceOf(documents: Document[], statement: Statement): QuoteSource {
  const document = documents[statement.doc];
  const { article } = document;
  const source: QuoteSource = { ...citationOf(document), start: statement.start, end: statement.end };
  if (article.url) source.url = article.url;
  if (statement.parts.length > 1) source.parts = statement.parts;
  return source;
}

function bookEntriesOf(documents: Document[], speaker: string, statements: Statement[]): BookEntry[] {
  const order = sourceOrder(documents);
  return groupStatements(statements)
    .map((group) => {
      const sorted = [...group].sort(order);
      return {
        quote: { text: group[0].text, speaker, sources: sorted.map((s) => sourceOf(documents, s)) },
        statements: sorted,
      };
    })
    .sort((a, b) => order(a.statements[0], b.statements[0]));
}

/**
 * Whether a named speaker belongs in the autocomplete list: an entity the articles name as a person or
 * organization, or a name of two words or more ("Speaking", a quote extractor's slip, stays out).
 */
function isListed(entry: SpeakerEntry): boolean {
  return entry.type === 'person' || entry.type === 'organization' || entry.name.trim().includes(' ');
}

function buildBook(library: Library): Book {
  const { documents } = library;
  const statements = statementsOf(documents);
  const directory = buildDirectory(
    documents,
    statements.map((s) => s.speaker),
  );
  const bySpeaker = new Map<string, Statement[]>();
  for (const s of statements) {
    const name = directory.canonical(s.speaker);
    const said = bySpeaker.get(name);
    if (said) said.push(s);
    else bySpeaker.set(name, [s]);
  }
  const quotesOf = new Map<string, BookEntry[]>();
  for (const [name, said] of bySpeaker) quotesOf.set(name, bookEntriesOf(documents, name, said));
  const count = (e: SpeakerEntry): number => quotesOf.get(e.name)?.length ?? 0;
  const speakers = directory.entries
    .filter((e) => count(e) > 0)
    .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name));
  const named = speakers.filter((e) => e.isName);
  return {
    index: indexEntries(directory.entries),
    named,
    known: named.filter(isListed).map((e) => ({ name: e.name, quotes: count(e) })),
    quotesOf,
    count,
    topicFilter: createTopicFilters(documents, directory.entitiesNamed, directory.canonical),
  };
}

function listOf(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function quotesOfEntry(book: Book, entry: SpeakerEntry, rule: string, topic: string | undefined): QuoteResult {
  const all = book.quotesOf.get(entry.name) ?? [];
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

export function createQuoteBook(library: Library): QuoteBook {
  let book: Book | undefined;
  const open = (): Book => {
    book ??= buildBook(library);
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
