import { type Answerer, createAnswerer } from './answer/answerer.js';
import type { Answer, AskOptions } from './answer/types.js';
import type { Library } from './library.js';
import { createQuoteBook, type QuoteBook } from './quote/quote-book.js';
import type { KnownSpeaker, QuoteOptions, QuoteResult } from './quote/types.js';
import { createSummarizer, type Summarizer } from './summary/summarizer.js';
import type { SummaryOptions, SummaryResult } from './summary/types.js';

/** An article as lists and autocomplete show it. */
export interface ArticleInfo {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
}

/**
 * Everything users can ask of a loaded corpus; the command line, the console and the Discord commands all
 * go through it. Plain TypeScript: no Discord in here.
 */
export interface Newsbot {
  readonly library: Library;
  ask(question: string, options?: AskOptions): Answer;
  quote(speaker: string, options?: QuoteOptions): QuoteResult;
  summary(options?: SummaryOptions): SummaryResult;
  /** Known speakers, most quoted first (for autocomplete). */
  speakers(): KnownSpeaker[];
  /** The articles, newest first (for autocomplete and listings). */
  articles(): ArticleInfo[];
}

export interface NewsbotOptions {
  /** Where the index snapshot is kept; null keeps it in memory only. */
  cacheDir: string | null;
}

function byDateDescending(a: ArticleInfo, b: ArticleInfo): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);
}

export function createNewsbot(library: Library, options: NewsbotOptions): Newsbot {
  const answerer: Answerer = createAnswerer(library, options.cacheDir);
  const quoteBook: QuoteBook = createQuoteBook(library);
  const summarizer: Summarizer = createSummarizer(library);
  const articles = library.documents
    .map(({ article }) => ({
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
    }))
    .sort(byDateDescending);
  return {
    library,
    ask: (question, askOptions) => answerer(question, askOptions),
    quote: (speaker, quoteOptions) => quoteBook.quote(speaker, quoteOptions),
    summary: (summaryOptions) => summarizer(summaryOptions),
    speakers: () => quoteBook.speakers(),
    articles: () => articles,
  };
}
