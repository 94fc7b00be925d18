import { parentPort } from 'node:worker_threads';
import type { Job } from '../workers/pool.js';
import { tagListsOf } from './text/tagged.js';

/** For each text of a batch, the tags of each of its words. */
export type TagReply = string[][][];

parentPort?.on('message', ({ id, work }: Job<string[]>) => {
  parentPort?.postMessage({ id, work: work.map(tagListsOf) } satisfies Job<TagReply>);
});
