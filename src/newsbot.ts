import { type Answerer, createAnswerer } from './answer/answerer.js';
import { readSavedTags, tagAhead, type TagAheadReport } from './answer/tag-ahead.js';
import type { Answer, AskOptions } from './answer/types.js';
import { collectGarbage } from './collect-garbage.js';
import type { SkippedFile } from './corpus/article.js';
import { type Library, prepareForChanges, refreshLibrary } from './library.js';
import { createQuoteBook, type QuoteBook } from './quote/quote-book.js';
import type { KnownSpeaker, QuoteOptions, QuoteResult } from './quote/types.js';
import { createSummarizer, type Summarizer } from './summary/summarizer.js';
import type { SummaryOptions, SummaryResult } from './summary/types.js';

/** An article as lists and autocomplete show it. */
export interface ArticleInfo {
  id: string;
  title: string;
  /** The article's own date, else the one inferred from its text (see `dateInferred`), else null. */
  date: string | null;
  dateInferred: boolean;
  source: string | null;
  url: string | null;
  /** The corpus file it was read from. */
  file: string;
  sentences: number;
  quotes: number;
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
  /** The corpus files (or parts of them) that could not be read, and why. */
  skipped(): SkippedFile[];
  /** Builds now what is otherwise built on first use (index, quote book, summary data): for a server's start. */
  prepare(): void;
  /**
   * Runs once what is slow the first time: the tags saved ahead read from the cache (see `tagAhead`), one
   * question of each kind (the rules' code compiled; and what was just read settles in memory then rather than
   * during a user's question) and what the first refresh needs (see `prepareForChanges`). For a bot's first
   * idle moment after it is ready.
   */
  warmUp(): void;
  /**
   * Tags every sentence ahead of questions on worker threads (or reads the tags from the cache), so that no
   * answer waits for the tagger; from then on, each refresh tags its new sentences too. For a bot once it is
   * ready: answers keep coming meanwhile. Resolves when every sentence is tagged; a failure is a warning.
   */
  tagAhead(threads?: number): Promise<TagAheadReport | null>;
  /**
   * Takes in what changed in the corpus folder since the library was read: new, changed and deleted files.
   * Answers keep coming from the old state until the new one is complete. Resolves to whether anything changed.
   */
  refresh(): Promise<boolean>;
}

export interface NewsbotOptions {
  /** Where facts and the snapshots (index, quote book, summary terms) are kept; null keeps them in memory only. */
  cacheDir: string | null;
  /** Receives one line per problem met while refreshing (skipped files...). Default: nothing. */
  onWarning?: (message: string) => void;
}

/**
 * One question of each kind, asked by `warmUp`: the first questions of a kind run its rules' code cold, two to
 * three times slower, and would otherwise be the slowest a bot's users see; an acronym builds the acronym table.
 */
const WARM_UP = [
  'what happened',
  'who is the president',
  'when did the meeting happen',
  'where is the company based',
  'how many people were hurt',
  'why did prices rise',
  'what did the UN say about the plan',
  'who did the leader meet',
];

/** Runs tasks one after another: each starts once the one before has settled, whether it failed or not. */
function inTurn(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task);
    last = run.catch(() => undefined);
    return run;
  };
}

/** The warning for a failure that costs only speed. */
const onlySpeedLost = (what: string, error: unknown): string =>
  `newsbot: ${what} failed (${(error as Error).message ?? error}); answers are not affected`;

function byDateDescending(a: ArticleInfo, b: ArticleInfo): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);
}

/** What answers one version of the library. */
interface State {
  library: Library;
  answerer: Answerer;
  quoteBook: QuoteBook;
  summarizer: Summarizer;
  articles: ArticleInfo[];
}

/** `previous`: the state of the library's earlier version, whose index the new answerer takes over. */
function stateOf(library: Library, cacheDir: string | null, previous?: State): State {
  const articles = library.documents
    .map(({ article, facts }) => ({
      id: article.id,
      title: article.title,
      date: article.date ?? facts.inferredDate,
      dateInferred: article.date === null && facts.inferredDate !== null,
      source: article.source,
      url: article.url,
      file: article.file,
      sentences: facts.sentences.length,
      quotes: facts.quotes.length,
    }))
    .sort(byDateDescending);
  return {
    library,
    answerer: createAnswerer(library, cacheDir, previous?.answerer),
    quoteBook: createQuoteBook(library, { cacheDir }),
    summarizer: createSummarizer(library, { cacheDir }),
    articles,
  };
}

export function createNewsbot(library: Library, options: NewsbotOptions): Newsbot {
  let state = stateOf(library, options.cacheDir);
  // one refresh at a time: a call during one waits for it, then looks at the folder again
  const refreshInTurn = inTurn();
  // one pass of tagging ahead at a time, each over the library as it is when the pass starts
  const tagInTurn = inTurn();
  /** The threads of the last tagging ahead; undefined until `tagAhead` is first called. */
  let tagging: { threads: number | undefined } | undefined;
  const tagAll = (threads: number | undefined): Promise<TagAheadReport | null> => {
    tagging = { threads };
    return tagInTurn(() =>
      tagAhead(state.library, { cacheDir: options.cacheDir, threads }).catch((error: unknown) => {
        options.onWarning?.(onlySpeedLost('tagging ahead', error));
        return null;
      }),
    );
  };
  const refresh = async (): Promise<boolean> => {
    const next = await refreshLibrary(state.library, {
      corpusDir: state.library.corpusDir,
      cacheDir: options.cacheDir,
      onWarning: options.onWarning,
    });
    if (next) state = stateOf(next, options.cacheDir, state);
    // the new sentences are tagged once the refresh's caller has had its turn
    const threads = tagging?.threads;
    if (next && tagging) setImmediate(() => void tagAll(threads));
    return next !== null;
  };
  return {
    get library() {
      return state.library;
    },
    ask: (question, askOptions) => state.answerer(question, askOptions),
    quote: (speaker, quoteOptions) => state.quoteBook.quote(speaker, quoteOptions),
    summary: (summaryOptions) => state.summarizer(summaryOptions),
    speakers: () => state.quoteBook.speakers(),
    articles: () => state.articles,
    skipped: () => state.library.skipped,
    prepare() {
      // each part builds what it needs on first use; using each once builds it all
      state.answerer('what happened');
      state.quoteBook.speakers();
      state.summarizer({ sentences: 1 });
    },
    warmUp() {
      // only speed is at stake: a failure here is reported, never thrown at the bot's event loop
      try {
        readSavedTags(state.library, options.cacheDir);
        for (const question of WARM_UP) state.answerer(question);
        prepareForChanges(state.library);
        collectGarbage();
      } catch (error) {
        options.onWarning?.(onlySpeedLost('the warm-up', error));
      }
    },
    tagAhead: (threads) => tagAll(threads),
    refresh: () => refreshInTurn(refresh),
  };
}
