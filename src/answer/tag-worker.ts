import { parentPort } from 'node:worker_threads';
import type { Job } from '../workers/pool.js';
import type { WordReading } from './text/tag-store.js';
import { readingOf } from './text/tagged.js';

/** For each text of a batch, its words. */
export type TagReply = WordReading[][];

parentPort?.on('message', ({ id, work }: Job<string[]>) => {
  parentPort?.postMessage({ id, work: work.map(readingOf) } satisfies Job<TagReply>);
});
