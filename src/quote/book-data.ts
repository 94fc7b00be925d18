import { dateSortKey } from '../citation.js';
import type { Document } from '../library.js';
import { groupStatements } from './dedup.js';
import { buildDirectory, type SpeakerDirectory, type SpeakerEntry } from './directory.js';
import type { Statement } from './statements.js';

/**
 * What the quote book derives from a library, as plain data a snapshot can keep (quote-snapshot.ts).
 * Statements are numbered as `statementsOf` lists them.
 */
export interface BookData {
  /** The entries that speak (people, organizations, the descriptions quotes are attributed to). */
  entries: SpeakerEntry[];
  /**
   * Per entry name, its distinct quotes, earliest first: each the statement shown (its longest version),
   * then every statement reporting it, in source order.
   */
  quotes: Map<string, number[][]>;
}

/** Sorts sources by article date (or the date its text gives; undated last), then corpus order, then position. */
function sourceOrder(documents: Document[]): (a: Statement, b: Statement) => number {
  const dateOf = (s: Statement): string => dateSortKey(documents[s.doc]);
  return (a, b) => dateOf(a).localeCompare(dateOf(b)) || a.doc - b.doc || a.start - b.start;
}

/** One speaker's statements as distinct quotes (see `BookData.quotes`). */
function quotesOf(documents: Document[], statements: Statement[], said: number[]): number[][] {
  const order = sourceOrder(documents);
  const numbers = new Map(said.map((i) => [statements[i], i]));
  const number = (s: Statement): number => numbers.get(s) as number;
  return groupStatements(said.map((i) => statements[i]))
    .map((group) => ({ shown: group[0], sorted: [...group].sort(order) }))
    .sort((a, b) => order(a.sorted[0], b.sorted[0]))
    .map(({ shown, sorted }) => [number(shown), ...sorted.map(number)]);
}

/** The directory of the library's speakers, and their statements grouped into quotes. */
export function deriveBook(
  documents: Document[],
  statements: Statement[],
): { data: BookData; directory: SpeakerDirectory } {
  const directory = speakerDirectory(documents, statements);
  const bySpeaker = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const name = directory.canonical(s.speaker);
    const said = bySpeaker.get(name);
    if (said) said.push(i);
    else bySpeaker.set(name, [i]);
  });
  const quotes = new Map<string, number[][]>();
  for (const [name, said] of bySpeaker) quotes.set(name, quotesOf(documents, statements, said));
  return { data: { entries: directory.entries, quotes }, directory };
}

/** The directory of a library's speakers: the entities its articles name, and who its statements quote. */
export function speakerDirectory(documents: Document[], statements: Statement[]): SpeakerDirectory {
  return buildDirectory(
    documents,
    statements.map((s) => s.speaker),
  );
}
