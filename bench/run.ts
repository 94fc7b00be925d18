/**
 * `npm run bench [-- --json] [-- --quick]`: ingest, start-up, latency and memory of newsbot over the BBC
 * corpus and a 10x corpus made from it, with baselines measured in the same run. See the README.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BBC_CORPUS, bbcCorpus, multipliedCorpus } from './corpus.js';
import type { Latency } from './stats.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TSX = path.join(HERE, '..', 'node_modules', '.bin', 'tsx');

interface Cold {
  seconds: number;
  articles: number;
  sentences: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  /** Not in `seconds`: every sentence tagged ahead, as `newsbot ingest` does (`Newsbot.tagAhead`). */
  tagAheadSeconds: number;
  peakRssMb: number;
}
interface Warm {
  readySeconds: number;
  /** The bot's warm-up once ready (`Newsbot.warmUp`), run before the requests are timed. */
  warmUpSeconds: number;
  /** Then the tags read from the snapshot the cold phase left (`Newsbot.tagAhead`). */
  tagAheadSeconds: number;
  ask: Latency;
  quote: Latency;
  corpusSummary: Latency;
  articleSummary: Latency;
  /** The first article added after the start, and the median of those added after it. */
  addFirstSeconds: number;
  addSeconds: number;
  peakRssMb: number;
}
interface BareSearch {
  buildSeconds: number;
  search: Latency;
}

function phase<T>(name: string, corpusDir: string, cacheDir: string): T {
  process.stderr.write(`bench: ${name} over ${corpusDir}\n`);
  // as `npm start` runs the bot: with the garbage collector exposed for the warm-up (see collect-garbage.ts)
  const result = spawnSync(TSX, ['--expose-gc', path.join(HERE, 'phase.ts'), name, corpusDir, cacheDir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench: phase ${name} failed\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() as string) as T;
}

function sizeMb(dir: string): number {
  const bytes = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function measure(corpusDir: string, cacheDir: string) {
  const cold = phase<Cold>('cold', corpusDir, cacheDir);
  const warm = phase<Warm>('warm', corpusDir, cacheDir);
  return { cold, warm, cacheMb: sizeMb(cacheDir) };
}

const args = new Set(process.argv.slice(2));
if (!fs.existsSync(BBC_CORPUS)) {
  process.stderr.write(`bench: the BBC corpus is not at ${BBC_CORPUS}\n`);
  process.exit(1);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-bench-'));
try {
  const bbc = bbcCorpus(path.join(work, 'bbc'));
  const baseline = phase<{ seconds: number; articles: number }>('baseline', bbc, path.join(work, 'unused'));
  const one = measure(bbc, path.join(work, 'cache-1x'));
  const bare = phase<BareSearch>('search', bbc, path.join(work, 'cache-1x'));
  const ten = args.has('--quick')
    ? null
    : measure(multipliedCorpus(path.join(work, 'bbc-10x'), 10), path.join(work, 'cache-10x'));
  const machine = {
    cpus: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const report = {
    machine,
    baselines: { naiveCompromiseSeconds: baseline.seconds, bareMiniSearch: bare },
    bbc: { ...one, coldIngestRatio: one.cold.seconds / baseline.seconds },
    ...(ten ? { bbc10x: { ...ten, coldGrowth: ten.cold.seconds / one.cold.seconds } } : {}),
  };
  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    const rows: [string, string, string][] = [['figure', '1x (BBC)', '10x']];
    const both = (f: (m: ReturnType<typeof measure>) => string): [string, string] => [f(one), ten ? f(ten) : '-'];
    rows.push(['articles', ...both((m) => String(m.cold.articles))]);
    rows.push(['cold ingest s', ...both((m) => m.cold.seconds.toFixed(1))]);
    rows.push(['  articles/s', ...both((m) => m.cold.articlesPerSecond.toFixed(0))]);
    rows.push(['  sentences/s', ...both((m) => m.cold.sentencesPerSecond.toFixed(0))]);
    rows.push([
      '  vs naive compromise',
      `${(one.cold.seconds / baseline.seconds).toFixed(2)}x of ${baseline.seconds.toFixed(1)} s`,
      '-',
    ]);
    rows.push(['  and tagging ahead s', ...both((m) => m.cold.tagAheadSeconds.toFixed(1))]);
    rows.push(['warm start to ready s', ...both((m) => m.warm.readySeconds.toFixed(2))]);
    rows.push(['  then warm-up s', ...both((m) => m.warm.warmUpSeconds.toFixed(2))]);
    rows.push(['  then tags read s', ...both((m) => m.warm.tagAheadSeconds.toFixed(2))]);
    rows.push(['add one article s', ...both((m) => m.warm.addSeconds.toFixed(3))]);
    rows.push(['  first after start s', ...both((m) => m.warm.addFirstSeconds.toFixed(3))]);
    for (const op of ['ask', 'quote', 'corpusSummary', 'articleSummary'] as const) {
      rows.push([
        `${op} ms p50/p95/p99/max`,
        ...both((m) => {
          const l = m.warm[op];
          return `${l.p50}/${l.p95}/${l.p99}/${l.max}`;
        }),
      ]);
    }
    rows.push(['bare MiniSearch ms p50/p99', `${bare.search.p50}/${bare.search.p99}`, '-']);
    rows.push(['peak RSS MB (cold/warm)', ...both((m) => `${m.cold.peakRssMb}/${m.warm.peakRssMb}`)]);
    rows.push(['cache + snapshot MB', ...both((m) => String(m.cacheMb))]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i])).join('  ')}\n`);
    process.stdout.write(
      `machine: ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}\n`,
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
