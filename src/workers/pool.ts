import { type ResourceLimits, Worker } from 'node:worker_threads';

/** A numbered batch of work sent to a worker, and its reply: `id` tells the pool where the reply belongs. */
export interface Job<T> {
  id: number;
  work: T;
}

/** `items` cut into batches of `size` (the last may be shorter), in order. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

const ENTRY = new URL('./entry.mjs', import.meta.url);

/**
 * Runs `batches` on `threads` worker threads running `module` (a file URL; it answers each `Job` on
 * `parentPort` with a `Job` of the same id), each worker taking the next batch when it replies. `onReply`
 * receives every reply as it comes; the workers stop when all batches are done.
 */
export async function runInWorkers<Work, Reply>(
  module: URL,
  batches: Work[],
  threads: number,
  onReply: (reply: Job<Reply>) => void,
  resourceLimits?: ResourceLimits,
): Promise<void> {
  if (batches.length === 0) return;
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(ENTRY, { workerData: { module: module.href }, resourceLimits });
      const send = (): void => {
        if (next >= batches.length) {
          worker.terminate().then(() => resolve(), reject);
          return;
        }
        const id = next++;
        worker.postMessage({ id, work: batches[id] } satisfies Job<Work>);
      };
      worker.on('message', (reply: Job<Reply>) => {
        try {
          onReply(reply);
        } catch (error) {
          worker.terminate().finally(() => reject(error as Error));
          return;
        }
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, runWorker));
}
