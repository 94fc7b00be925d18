import path from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import type { Newsbot } from '../newsbot.js';

export interface WatchOptions {
  /** Quiet time after the last file event before the corpus is read again, in ms. Default: 300. */
  debounceMs?: number;
  /** How long a file's size must stay the same before it counts as written, in ms. Default: 500. */
  settleMs?: number;
  /** Called after each refresh that changed something. Default: nothing. */
  onRefresh?: (library: Newsbot['library']) => void;
  /** Called when a refresh fails; the old state keeps answering. Default: nothing. */
  onError?: (error: Error) => void;
}

export interface CorpusWatcher {
  /** Resolves once the watcher is watching. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const defaultOptions: Required<WatchOptions> = {
  debounceMs: 300,
  settleMs: 500,
  onRefresh: () => {},
  onError: () => {},
};

/**
 * Keeps the newsbot in step with its corpus folder: new, changed and deleted files (not in dot-folders) are
 * taken in without a restart. A burst of events becomes one refresh, and a file still being written is
 * read once its size has settled.
 */
export function watchCorpus(newsbot: Newsbot, options: WatchOptions = {}): CorpusWatcher {
  const { debounceMs, settleMs, onRefresh, onError } = { ...defaultOptions, ...options };
  const corpusDir = newsbot.library.corpusDir;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const refresh = (): void => {
    timer = null;
    newsbot.refresh().then(
      (changed) => {
        if (changed && !closed) onRefresh(newsbot.library);
      },
      (error: unknown) => onError(error instanceof Error ? error : new Error(String(error))),
    );
  };
  const watcher: FSWatcher = watch(corpusDir, {
    ignoreInitial: true,
    ignored: (file) =>
      path
        .relative(corpusDir, file)
        .split(path.sep)
        .some((part) => part.startsWith('.')),
    awaitWriteFinish: { stabilityThreshold: settleMs, pollInterval: Math.min(100, settleMs) },
  });
  watcher.on('all', () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, debounceMs);
  });
  watcher.on('error', (error) => onError(error instanceof Error ? error : new Error(String(error))));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
