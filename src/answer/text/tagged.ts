import { nlp } from '../../nlp/compromise.js';
import { termsOf } from '../../index/terms.js';
import { storedWords, type WordReading } from './tag-store.js';

/** A word with its offsets, compromise's part-of-speech tags and its index term. */
export interface TaggedWord {
  raw: string;
  start: number;
  end: number;
  /** compromise's tags, computed on first use for the whole text (see `tagText`). */
  readonly tags: ReadonlySet<string>;
  /** Index term (stemmed), null for a stop word. */
  term: string | null;
  /** Punctuation and space before and after the word. */
  pre: string;
  post: string;
}

/**
 * What compromise's tagger computes, in its order, without what `nlp.tokenize` has already done (contractions,
 * aliases, machine forms), without the phrase chunker, which the rules do not read, and with its last step,
 * `postTagger`, done by `postTag` below: the same tags as `nlp(text)`, in two thirds of the time.
 */
const TOKENIZED = new Set(['contractions', 'alias', 'machine']);
const PRE_TAGGING = nlp
  .hooks()
  .filter((hook: string) => !TOKENIZED.has(hook) && hook !== 'chunks' && hook !== 'postTagger');

type Document = ReturnType<typeof nlp.tokenize>;
type CompromiseTerm = Document['docs'][number][number];

/**
 * One of compromise's tagging patterns ("(got|were|was|is|are|am) (#PastTense|#Participle)" tags Passive),
 * with what `buildNet` works out: the words or tags (`#Noun`) it needs, those of which it wants `minWant`, the
 * ones it must not meet (`ifNo`), its fewest words.
 */
interface TagPattern {
  match: string;
  /** A pattern that must not match there too: text, or parsed once the pattern is in a net. */
  notIf?: string | object;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
}

/** compromise's index of its patterns: by each word or tag a pattern needs or wants. */
interface PatternNet {
  hooks: Record<string, TagPattern[]>;
  /** Patterns with neither, tried on every clause long enough. */
  always: TagPattern[];
}

/** A pattern that matched, with where: clause, first word, past the last word. */
type Found = TagPattern & { pointer: number[] };

/** The parts of compromise's world `postTag` uses. */
interface World {
  model: { two: { matches: TagPattern[] } };
  methods: {
    one: {
      buildNet(patterns: TagPattern[], world: World): PatternNet;
      cacheDoc(clauses: CompromiseTerm[][]): Set<string>[];
      match(clauses: CompromiseTerm[][], pattern: TagPattern): { ptrs: number[][] };
      bulkTagger(found: Found[], clauses: CompromiseTerm[][], world: World): void;
    };
    two: { quickSplit(terms: CompromiseTerm[][]): CompromiseTerm[][] };
  };
}

const world = nlp.world() as World;

/**
 * compromise's patterns indexed once by `buildNet`, and each key's place in the index. Built from copies:
 * building parses the patterns in place, and compromise's own tagger may have parsed them already (a parsed
 * `notIf` is kept).
 */
const patterns = (() => {
  const originals = world.model.two.matches;
  const copies = originals.map((p): TagPattern => ({ ...p, notIf: typeof p.notIf === 'string' ? p.notIf : undefined }));
  const { hooks, always } = world.methods.one.buildNet(copies, world);
  copies.forEach((copy, i) => (copy.notIf ??= originals[i].notIf));
  // patterns are told apart by their text, as the sweep does: a number for each text
  const texts = new Map(copies.map((p) => [p.match, 0]));
  [...texts.keys()].forEach((text, i) => texts.set(text, i));
  const byKey = new Map(
    Object.keys(hooks).map((key, i) => [
      key,
      { order: i, list: hooks[key].map((p) => ({ pattern: p, text: texts.get(p.match) as number })) },
    ]),
  );
  return { byKey, always, count: texts.size };
})();

/** For each pattern text, the last clause it was listed for (clauses are numbered as they come). */
const listedFor = new Float64Array(patterns.count);
let clausesListed = 0;

const holdsAll = (held: Set<string>, keys: string[]): boolean => {
  for (const key of keys) if (!held.has(key)) return false;
  return true;
};

const holdsCount = (held: Set<string>, keys: string[]): number => {
  let count = 0;
  for (const key of keys) if (held.has(key)) count++;
  return count;
};

/** The sweep's tests, in its order: all needs held, no `ifNo` held, enough wants held, enough words. */
const isCandidate = (pattern: TagPattern, held: Set<string>, words: number): boolean =>
  holdsAll(held, pattern.needs) &&
  (pattern.ifNo === undefined || holdsCount(held, pattern.ifNo) === 0) &&
  (pattern.wants.length === 0 || holdsCount(held, pattern.wants) >= pattern.minWant) &&
  words >= pattern.minWords;

/**
 * The patterns worth trying on a clause, in the order compromise's sweep lists them (the order they are
 * applied in): by the index's keys the clause holds, in index order, each pattern (told by its text) once,
 * then those for every clause. The sweep reads all 730 keys for each clause and copies their lists, half
 * its cost; this reads only the keys the clause holds.
 */
function candidates(words: number, held: Set<string>): TagPattern[] {
  const keys = [];
  for (const key of held) {
    const entry = patterns.byKey.get(key);
    if (entry) keys.push(entry);
  }
  keys.sort((a, b) => a.order - b.order);
  const clause = ++clausesListed;
  const chosen: TagPattern[] = [];
  for (const { list } of keys) {
    for (const { pattern, text } of list) {
      if (listedFor[text] === clause) continue;
      listedFor[text] = clause;
      if (isCandidate(pattern, held, words)) chosen.push(pattern);
    }
  }
  return chosen.concat(patterns.always.filter((pattern) => words >= pattern.minWords));
}

/**
 * compromise's `postTagger`, as its sweep does it: the patterns matched clause by clause (commas split
 * clauses), all on the tags found before, then applied in order.
 */
function postTag(doc: Document): void {
  const { methods } = world;
  const clauses = methods.two.quickSplit(doc.docs);
  const held = methods.one.cacheDoc(clauses);
  const found: Found[] = [];
  clauses.forEach((clause, n) => {
    for (const pattern of candidates(clause.length, held[n])) {
      for (const pointer of methods.one.match([clause], pattern).ptrs) {
        pointer[0] = n;
        found.push({ ...pattern, pointer });
      }
    }
  });
  methods.one.bulkTagger(found, clauses, world);
  doc.uncache();
  doc.unfreeze();
}

interface CompromiseWord {
  text: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  start: number;
}

/** The words of a compromise document with their offsets, counted as compromise does (pre, text, post in turn). */
function wordsOf(doc: Document, text: string): CompromiseWord[] {
  const words: CompromiseWord[] = [];
  let at = 0;
  for (const term of doc.docs.flat()) {
    const start = at + term.pre.length;
    at = start + term.text.length + term.post.length;
    // contractions add words that are not in the text ("it's" -> "it is")
    if (term.text === '' || text.slice(start, start + term.text.length) !== term.text) continue;
    words.push({ text: term.text, pre: term.pre, post: term.post, tags: term.tags ?? new Set(), start });
  }
  return words;
}

/** The tags of each word of a tokenized text (as `wordsOf` lists them), tagging the document in place. */
function tagsOfDocument(doc: Document, text: string, words: readonly { start: number }[]): ReadonlySet<string>[] {
  doc.compute(PRE_TAGGING);
  postTag(doc);
  const byStart = new Map(wordsOf(doc, text).map((w) => [w.start, w.tags]));
  return words.map((w) => byStart.get(w.start) ?? new Set<string>());
}

/**
 * Each word of `text` as `tagText` gives them, with its place and its tags (sorted): what reading ahead stores
 * (see tag-store.ts).
 */
export function readingOf(text: string): WordReading[] {
  const doc = nlp.tokenize(text);
  const words = wordsOf(doc, text);
  const tags = tagsOfDocument(doc, text, words);
  return words.map((w, i) => ({
    start: w.start,
    length: w.text.length,
    pre: w.pre.length,
    post: w.post.length,
    tags: [...tags[i]].sort(),
  }));
}

/**
 * A text split into words, tagged the first time a word's tags are read: tokenizing is a tenth of the cost,
 * and the rules for dates and quotes read no tags. The tagger leaves the words as the tokenizer found them. A
 * text read ahead (see tag-store.ts) comes with its words and tags, and compromise is not run at all.
 */
class Tokenized {
  readonly words: Word[];
  private tags: readonly ReadonlySet<string>[] | null = null;
  /**
   * The tokenizer's document, to be tagged in place: held weakly, as many texts are never tagged. It lives at
   * least until the question being answered is (a weak reference's target outlives the current job), and is
   * tokenized again if it is gone by the time its tags are read.
   */
  private doc: WeakRef<Document> | null = null;

  constructor(readonly text: string) {
    const stored = storedWords(text);
    const word = (raw: string, start: number, pre: string, post: string, i: number): Word =>
      new Word(raw, start, termsOf(raw)[0] ?? null, pre, post, this, i);
    if (stored) {
      this.tags = stored.map((w) => w.tags);
      this.words = stored.map((w, i) => {
        const end = w.start + w.length;
        return word(
          text.slice(w.start, end),
          w.start,
          text.slice(w.start - w.pre, w.start),
          text.slice(end, end + w.post),
          i,
        );
      });
      return;
    }
    const doc = nlp.tokenize(text);
    this.doc = new WeakRef(doc);
    this.words = wordsOf(doc, text).map((w, i) => word(w.text, w.start, w.pre, w.post, i));
  }

  tagsAt(position: number): ReadonlySet<string> {
    if (!this.tags) {
      const doc = this.doc?.deref() ?? nlp.tokenize(this.text);
      this.tags = tagsOfDocument(doc, this.text, this.words);
      this.doc = null;
    }
    return this.tags[position];
  }
}

class Word implements TaggedWord {
  readonly end: number;

  constructor(
    readonly raw: string,
    readonly start: number,
    readonly term: string | null,
    readonly pre: string,
    readonly post: string,
    private readonly owner: Tokenized,
    private readonly position: number,
  ) {
    this.end = start + raw.length;
  }

  get tags(): ReadonlySet<string> {
    return this.owner.tagsAt(this.position);
  }

  /** The same word in a text that starts `offset` further on. */
  shifted(offset: number): Word {
    return new Word(this.raw, this.start + offset, this.term, this.pre, this.post, this.owner, this.position);
  }
}

/** Sentences read lately (a story's sentences come up again for each of its questions); the oldest go first. */
const CACHE_SIZE = 1000;
const cache = new Map<string, Tokenized>();

/**
 * The words of `text` with their tags; offsets are shifted by `offset` (the text's place in its article). The
 * tags are computed when first read, for the whole text at once.
 */
export function tagText(text: string, offset = 0): TaggedWord[] {
  let tokenized = cache.get(text);
  if (!tokenized) {
    tokenized = new Tokenized(text);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(text, tokenized);
  }
  return offset === 0 ? tokenized.words : tokenized.words.map((w) => w.shifted(offset));
}

export const isCapitalised = (word: TaggedWord): boolean => /^\p{Lu}/u.test(word.raw);
