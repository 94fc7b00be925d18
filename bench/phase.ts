/**
 * One phase of the benchmark, run in a process of its own so its time and peak memory are its own.
 * Prints one JSON object. Usage: tsx bench/phase.ts PHASE CORPUS_DIR CACHE_DIR
 */
import fs from 'node:fs';
import { ingestThreads } from '../src/cli/ingest.js';
import path from 'node:path';
import { loadLibrary } from '../src/library.js';
import { createNewsbot, type Newsbot } from '../src/newsbot.js';
import { latencyOf, peakRssMb, seconds, timeEach } from './stats.js';
import { buildWorkload } from './workload.js';

async function openNewsbot(corpusDir: string, cacheDir: string): Promise<Newsbot> {
  const library = await loadLibrary({ corpusDir, cacheDir });
  const newsbot = createNewsbot(library, { cacheDir });
  newsbot.prepare();
  return newsbot;
}

function corpusLines(corpusDir: string): string[] {
  return fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n'))
    .filter((line) => line.trim());
}

/** Articles added in turn to a loaded corpus: the first pays what a process does once (see the README). */
const ADDED = ['Quillfeather', 'Brambleton', 'Oxenridge', 'Wittering', 'Marrowby'];

/**
 * Articles no corpus holds, written one at a time into the corpus folder, each searched for once taken in:
 * the seconds each took, in order.
 */
async function incrementalAdds(newsbot: Newsbot, corpusDir: string): Promise<number[]> {
  const files = ADDED.map((town) => path.join(corpusDir, `bench-added-${town.toLowerCase()}.txt`));
  try {
    const times: number[] = [];
    for (const [i, town] of ADDED.entries()) {
      fs.writeFileSync(
        files[i],
        `Zebra crossing vote\n\nThe ${town} council voted on Tuesday to paint a zebra crossing outside the school.\n`,
      );
      const [, elapsed] = await seconds(async () => {
        await newsbot.refresh();
        const answer = newsbot.ask(`when did the ${town} council vote`);
        if (!answer.evidence.some((e) => e.article === path.basename(files[i], '.txt')))
          throw new Error(`bench: the added article on ${town} was not found`);
      });
      times.push(elapsed);
    }
    return times;
  } finally {
    for (const file of files) fs.rmSync(file, { force: true });
    await newsbot.refresh();
  }
}

const phases: Record<string, (corpusDir: string, cacheDir: string) => Promise<object>> = {
  async baseline(corpusDir) {
    const lines = corpusLines(corpusDir);
    // the baselines are loaded only in their own phases: compromise's ES modules would weigh on newsbot's start
    const { naiveCompromisePass } = await import('./baselines.js');
    return { articles: lines.length, seconds: await naiveCompromisePass(lines), peakRssMb: peakRssMb() };
  },

  // as `newsbot ingest`: load, tag ahead (before the rest is built: less memory held), then ready
  async cold(corpusDir, cacheDir) {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const [library, loadSeconds] = await seconds(() => loadLibrary({ corpusDir, cacheDir }));
    const newsbot = createNewsbot(library, { cacheDir });
    const [, tagAheadSeconds] = await seconds(() => newsbot.tagAhead(ingestThreads()));
    const [, prepareSeconds] = await seconds(() => newsbot.prepare());
    const elapsed = loadSeconds + prepareSeconds;
    const sentences = library.documents.reduce((n, d) => n + d.facts.sentences.length, 0);
    const articles = library.documents.length;
    return {
      seconds: elapsed,
      tagAheadSeconds,
      articles,
      sentences,
      articlesPerSecond: articles / elapsed,
      sentencesPerSecond: sentences / elapsed,
      peakRssMb: peakRssMb(),
    };
  },

  async warm(corpusDir, cacheDir) {
    const newsbot = await openNewsbot(corpusDir, cacheDir);
    const readySeconds = performance.now() / 1000;
    // what the bot does in its first idle moment once ready, before users' requests (see the README)
    const [, warmUpSeconds] = await seconds(() => newsbot.warmUp());
    // and tags every sentence ahead, here read from the snapshot the cold phase left (see the README)
    const [, tagAheadSeconds] = await seconds(() => newsbot.tagAhead());
    const workload = buildWorkload(newsbot);
    const ask = latencyOf(timeEach(workload.questions, (q) => newsbot.ask(q)));
    const quote = latencyOf(timeEach(workload.speakers, (s) => newsbot.quote(s)));
    const corpusSummary = latencyOf(timeEach([5, 5, 5, 10, 15], (n) => newsbot.summary({ sentences: n })));
    const articleSummary = latencyOf(timeEach(workload.articleSummaries, (article) => newsbot.summary({ article })));
    const adds = await incrementalAdds(newsbot, corpusDir);
    const addFirstSeconds = adds[0];
    const addSeconds = adds.slice(1).sort((a, b) => a - b)[Math.floor((adds.length - 1) / 2)];
    return {
      readySeconds,
      warmUpSeconds,
      tagAheadSeconds,
      ask,
      quote,
      corpusSummary,
      articleSummary,
      addFirstSeconds,
      addSeconds,
      peakRssMb: peakRssMb(),
    };
  },

  // in a process of its own, so its memory is not counted as newsbot's
  async search(corpusDir, cacheDir) {
    const library = await loadLibrary({ corpusDir, cacheDir });
    const { bareMiniSearch } = await import('./baselines.js');
    return bareMiniSearch(library, buildWorkload(createNewsbot(library, { cacheDir: null })).questions);
  },
};

const [phase, corpusDir, cacheDir] = process.argv.slice(2);
const run = phases[phase];
if (!run || !corpusDir || !cacheDir) {
  process.stderr.write('usage: tsx bench/phase.ts baseline|cold|warm|search CORPUS_DIR CACHE_DIR\n');
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(await run(path.resolve(corpusDir), path.resolve(cacheDir)))}\n`);
}
