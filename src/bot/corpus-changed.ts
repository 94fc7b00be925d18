import type { Logger } from '../log.js';
import type { Newsbot } from '../newsbot.js';

/**
 * The message a sharding manager sends its shards after it has taken in a corpus change: it watches the
 * corpus and extracts the new files once, into the shared fact cache, and each shard then refreshes from
 * that cache instead of watching and extracting the same files itself.
 */
export const CORPUS_CHANGED = 'newsbot:corpus-changed';

/** In a shard's process: refreshes the newsbot whenever the manager says the corpus changed. */
export function refreshOnManagerMessages(newsbot: Newsbot, logger: Logger): void {
  process.on('message', (message) => {
    if (message !== CORPUS_CHANGED) return;
    newsbot.refresh().then(
      (changed) => {
        if (changed) logger.info({ articles: newsbot.library.documents.length }, 'corpus refreshed');
      },
      (error: unknown) => logger.error({ err: error }, 'could not take in the corpus changes; answering from before'),
    );
  });
}
