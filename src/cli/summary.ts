import type { Newsbot } from '../newsbot.js';
import type { SummaryResult } from '../summary/types.js';

function readableSummary(result: SummaryResult): string {
  if (result.sentences.length === 0) return result.message ?? 'Nothing to summarise.';
  return result.sentences.map((s) => `- ${s.text} (${s.title}, ${s.date ?? 'undated'})`).join('\n');
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
