import { citedDate } from '../citation.js';
import type { Newsbot } from '../newsbot.js';
import type { QuoteResult, QuoteSource, SpeakerQuote } from '../quote/types.js';
import { UsageError } from './usage-error.js';

function sourceLine(source: QuoteSource): string {
  return `${source.title} (${citedDate(source)})`;
}

function quoteLines(quote: SpeakerQuote, n: number): string[] {
  const articles = [...new Map(quote.sources.map((s) => [s.article, s])).values()];
  return [`${n}. “${quote.text}”`, `   ${articles.map(sourceLine).join('; ')}`];
}

/** The answer as a reader wants it: who, how many quotes, each quote with the articles that report it. */
export function readableQuotes(result: QuoteResult): string {
  if (result.quotes.length === 0) {
    const lines = [result.message ?? 'No quotes found.'];
    if (result.suggestions?.length) lines.push(`Known speakers with a similar name: ${result.suggestions.join(', ')}.`);
    return lines.join('\n');
  }
  const count = result.quotes.length;
  const about = result.topic ? ` about "${result.topic}"` : '';
  const header = `${result.speaker}: ${count} ${count === 1 ? 'quote' : 'quotes'}${about}`;
  const note = result.message ? [`(${result.message})`] : [];
  return [header, ...note, '', ...result.quotes.flatMap((q, i) => quoteLines(q, i + 1))].join('\n');
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
