import type { WatchOptions } from '../live/watch-corpus.js';
import type { Logger } from '../log.js';
import type { Newsbot } from '../newsbot.js';

/**
 * The message a sharding manager sends its shards after it has taken in a corpus change: it watches the
 * corpus and extracts the new files once, into the shared fact cache, and each shard then refreshes from
 * that cache instead of watching and extracting the same files itself.
 */
export const CORPUS_CHANGED = 'newsbot:corpus-changed';

/** How a bot process logs a corpus refresh: the articles it now has, or why it answers from before. */
export function refreshLog(logger: Logger): Required<Pick<WatchOptions, 'onRefresh' | 'onError'>> {
  return {
    onRefresh: (library) => logger.info({ articles: library.documents.length }, 'corpus refreshed'),
    onError: (error) => logger.error({ err: error }, 'could not take in the corpus changes; answering from before'),
  };
}

/** In a shard's process: refreshes the newsbot whenever the manager says the corpus changed. */
export function refreshOnManagerMessages(newsbot: Newsbot, logger: Logger): void {
  const log = refreshLog(logger);
  process.on('message', (message) => {
    if (message !== CORPUS_CHANGED) return;
    newsbot.refresh().then(
      (changed) => {
        if (changed) log.onRefresh(newsbot.library);
      },
      (error: unknown) => log.onError(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
