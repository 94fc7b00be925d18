import { citedDate } from '../citation.js';
import type { Newsbot } from '../newsbot.js';
import type { SummaryResult, SummarySentence } from '../summary/types.js';

function sentenceLines(s: SummarySentence, indent: string): string[] {
  return [`${indent}- ${s.text}`, `${indent}  (${s.title}, ${citedDate(s)})`];
}

/** The summary as a reader wants it: the sentences with their sources, or the corpus's topics, largest first. */
export function readableSummary(result: SummaryResult): string {
  if (result.sentences.length === 0) return result.message ?? 'Nothing to summarise.';
  if (result.topics?.length) {
    const total = result.topics.reduce((sum, t) => sum + t.articles, 0);
    const n = result.topics.length;
    const lines = [`The ${n === 1 ? 'largest topic' : `${n} largest topics`}, covering ${total} articles:`];
    result.topics.forEach((topic, i) => {
      lines.push('', `${i + 1}. ${topic.label} (${topic.articles} ${topic.articles === 1 ? 'article' : 'articles'})`);
      for (const s of topic.sentences) lines.push(...sentenceLines(s, '   '));
    });
    return lines.join('\n');
  }
  return result.sentences.flatMap((s) => sentenceLines(s, '')).join('\n');
}

/** `newsbot summary [--article ID] [--sentences N]`. */
export function runSummary(
  newsbot: Newsbot,
  options: { article?: string; sentences: number; json: boolean },
  write: (line: string) => void,
): void {
  const result = newsbot.summary({ article: options.article, sentences: options.sentences });
  write(options.json ? JSON.stringify(result) : readableSummary(result));
}
