import nlp from 'compromise';
import MiniSearch from 'minisearch';
import type { Library } from '../src/library.js';
import { type Latency, latencyOf, seconds, timeEach } from './stats.js';

interface JsonArticle {
  body?: string;
  text?: string;
}

/**
 * The naive way to extract with compromise, for scale: its full tagger over every article, asking for
 * sentences, people, places and organizations.
 */
export async function naiveCompromisePass(lines: string[]): Promise<number> {
  const [, elapsed] = await seconds(() => {
    for (const line of lines) {
      const article = JSON.parse(line) as JsonArticle;
      const doc = nlp(article.body ?? article.text ?? '');
      doc.sentences().out('array');
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  });
  return elapsed;
}

/** A bare MiniSearch over the same sentences, default options, searched with the same questions. */
export function bareMiniSearch(library: Library, questions: string[]): { buildSeconds: number; search: Latency } {
  const start = performance.now();
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  let id = 0;
  for (const { article, facts } of library.documents) {
    index.addAll(facts.sentences.map((s) => ({ id: id++, text: article.text.slice(s.start, s.end) })));
  }
  const buildSeconds = (performance.now() - start) / 1000;
  return { buildSeconds, search: latencyOf(timeEach(questions, (q) => index.search(q))) };
}
