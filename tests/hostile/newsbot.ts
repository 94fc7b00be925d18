import path from 'node:path';
import { openLibrary } from '../../src/library.js';
import { createNewsbot, type Newsbot } from '../../src/newsbot.js';
import type { Texts } from './contract.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

/** The real newsbot over the two seed articles (no cache on disk), and each article's text by id. */
export function seedsNewsbot(): { newsbot: Newsbot; texts: Texts; ids: string[] } {
  const newsbot = createNewsbot(openLibrary({ corpusDir: SEEDS, cacheDir: null }), { cacheDir: null });
  const texts = new Map(newsbot.library.documents.map(({ article }) => [article.id, article.text]));
  return { newsbot, texts, ids: [...texts.keys()] };
}

/** Catastrophic only (a regex backtracking for ever): every call should take milliseconds, not seconds. */
export const CATASTROPHIC_MS = 5000;

/** `run()`'s result and how long it took, in milliseconds. */
export function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}
