import type { Newsbot } from '../newsbot.js';
import type { QuoteResult } from '../quote/types.js';
import { UsageError } from './usage-error.js';

function readableQuotes(result: QuoteResult): string {
  if (result.quotes.length === 0) return result.message ?? 'No quotes found.';
  return result.quotes
    .map(
      (q) => `"${q.text}"\n  - ${q.speaker}; ${q.sources.map((s) => `${s.title} (${s.date ?? 'undated'})`).join('; ')}`,
    )
    .join('\n');
}

/** `newsbot quote "SPEAKER" [--topic WORDS]`. */
export function runQuote(
  newsbot: Newsbot,
  positionals: string[],
  options: { topic?: string; json: boolean },
  write: (line: string) => void,
): void {
  const speaker = positionals.join(' ');
  if (speaker.trim() === '') throw new UsageError('quote needs a speaker: newsbot quote "Lavrov"');
  const result = newsbot.quote(speaker, { topic: options.topic });
  write(options.json ? JSON.stringify(result) : readableQuotes(result));
}
