import dotenv from 'dotenv';
import { readConfig } from '../config.js';
import { startBot } from './start.js';

/** One shard's process, started by the ShardingManager of shards.ts. */
dotenv.config({ quiet: true });
// The manager sets SHARDS to this shard's id and SHARD_COUNT to the total: not newsbot's own SHARDS setting.
const shard = { id: Number(process.env.SHARDS), count: Number(process.env.SHARD_COUNT) };
startBot(readConfig({ ...process.env, SHARDS: undefined }), shard).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message ?? error}\n`);
  process.exit(1);
});
