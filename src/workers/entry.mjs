// A worker thread starts without the parent's TypeScript loader: register tsx, then load the module the
// pool named (a file URL), which listens on `parentPort`.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
