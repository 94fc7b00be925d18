import fs from 'node:fs';
import path from 'node:path';

/** The BBC corpus of the shared datasets (research use only: read in place, never copied into the project). */
export const BBC_CORPUS = path.resolve('..', 'shared', 'datasets', 'bbc', 'bbc.jsonl');

interface BbcArticle {
  id: string;
  title: string;
  body: string;
  [key: string]: unknown;
}

/** A corpus folder holding the BBC articles (a link to the file, not a copy). */
export function bbcCorpus(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const link = path.join(dir, 'bbc.jsonl');
  if (!fs.existsSync(link)) fs.symlinkSync(BBC_CORPUS, link);
  return dir;
}

/** A small deterministic generator, so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SWAPS = ['however', 'meanwhile', 'reportedly', 'notably', 'indeed', 'also', 'still', 'now'];

/**
 * The corpus `copies` times over, in a temporary folder outside the project: copy k has new ids and a few
 * words changed in every article, so no fact, quote or cache entry is shared between copies.
 */
export function multipliedCorpus(dir: string, copies: number): string {
  fs.mkdirSync(dir, { recursive: true });
  const articles = fs
    .readFileSync(BBC_CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as BbcArticle);
  for (let copy = 1; copy <= copies; copy++) {
    const next = random(copy);
    const lines = articles.map((article) => {
      const words = article.body.split(' ');
      for (let i = 0; i < words.length; i += 40) {
        const j = i + Math.floor(next() * 40);
        if (j < words.length && /^[a-z]+$/.test(words[j])) words[j] = SWAPS[Math.floor(next() * SWAPS.length)];
      }
      return JSON.stringify({ ...article, id: `${article.id}-c${copy}`, body: words.join(' ') });
    });
    fs.writeFileSync(path.join(dir, `bbc-copy-${copy}.jsonl`), `${lines.join('\n')}\n`);
  }
  return dir;
}
