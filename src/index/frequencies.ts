import type { AsPlainObject } from 'minisearch';
import type { IndexDocument } from './documents.js';
import { processTerm, termsOf } from './terms.js';

/**
 * How many sentences hold each term, in their text or their names: the rarity the answerer weighs question
 * words by, and what tells a query which of its terms are too common to be worth their posting lists. Kept
 * up to date as documents are added and discarded, so that a lookup is a map read, not a search.
 */
export class TermFrequencies {
  private readonly counts: Map<string, number>;
  /** The terms met in the document MiniSearch is adding, while `adding` runs. */
  private current: Set<string> | null = null;

  constructor(entries: Iterable<readonly [string, number]> = []) {
    this.counts = new Map(entries);
  }

  /**
   * MiniSearch's `processTerm` for the index: the term of a word, noted for the document being added, so
   * that counting costs no second pass over the text.
   */
  readonly processTerm = (word: string): string | null => {
    const term = processTerm(word);
    if (term !== null) this.current?.add(term);
    return term;
  };

  /** Runs `add` (MiniSearch adding one document) and counts each term it met once. */
  adding(add: () => void): void {
    const terms = new Set<string>();
    this.current = terms;
    try {
      add();
    } finally {
      this.current = null;
    }
    for (const term of terms) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  /** Counts off a document that is being discarded. */
  remove(document: IndexDocument): void {
    for (const term of new Set([...termsOf(document.text), ...termsOf(document.names)])) this.decrement(term, 1);
  }

  /**
   * Counts off documents whose text is gone, from the postings of the snapshot they were indexed in (an
   * article changed between two runs: only the snapshot knows what its old sentences held).
   */
  removeFromSnapshot(index: AsPlainObject, ids: ReadonlySet<string>): void {
    const shortIds = new Set(
      Object.entries(index.documentIds).flatMap(([shortId, id]) => (ids.has(id as string) ? [shortId] : [])),
    );
    if (shortIds.size === 0) return;
    for (const [term, fields] of index.index) {
      const holding = new Set<string>();
      for (const postings of Object.values(fields)) {
        for (const shortId in postings) if (shortIds.has(shortId)) holding.add(shortId);
      }
      this.decrement(term, holding.size);
    }
  }

  get(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  entries(): [string, number][] {
    return [...this.counts];
  }

  private decrement(term: string, by: number): void {
    if (by === 0) return;
    const left = (this.counts.get(term) ?? 0) - by;
    if (left > 0) this.counts.set(term, left);
    else this.counts.delete(term);
  }
}
