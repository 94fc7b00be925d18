import nlp from 'compromise';
import { termsOf } from '../../index/terms.js';

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
 * aliases, machine forms) and without the phrase chunker, which the rules do not read: the same tags as
 * `nlp(text)`, a sixth faster.
 */
const TOKENIZED = new Set(['contractions', 'alias', 'machine']);
const TAGGING = nlp.hooks().filter((hook: string) => !TOKENIZED.has(hook) && hook !== 'chunks');

interface CompromiseWord {
  text: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  start: number;
}

/** The words of a compromise document with their offsets, counted as compromise does (pre, text, post in turn). */
function wordsOf(doc: ReturnType<typeof nlp.tokenize>, text: string): CompromiseWord[] {
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

/**
 * A text split into words, tagged the first time a word's tags are read: tokenizing is a tenth of the cost,
 * and the rules for dates and quotes read no tags. The tagger leaves the words as the tokenizer found them.
 */
class Tokenized {
  readonly words: Word[];
  private tags: ReadonlySet<string>[] | null = null;
  /**
   * The tokenizer's document, to be tagged in place: held weakly, as many texts are never tagged. It lives at
   * least until the question being answered is (a weak reference's target outlives the current job), and is
   * tokenized again if it is gone by the time its tags are read.
   */
  private doc: WeakRef<ReturnType<typeof nlp.tokenize>> | null;

  constructor(readonly text: string) {
    const doc = nlp.tokenize(text);
    this.doc = new WeakRef(doc);
    this.words = wordsOf(doc, text).map(
      (w, i) => new Word(w.text, w.start, termsOf(w.text)[0] ?? null, w.pre, w.post, this, i),
    );
  }

  tagsAt(position: number): ReadonlySet<string> {
    if (!this.tags) {
      const doc = this.doc?.deref() ?? nlp.tokenize(this.text);
      this.doc = null;
      doc.compute(TAGGING);
      const byStart = new Map(wordsOf(doc, this.text).map((w) => [w.start, w.tags]));
      this.tags = this.words.map((w) => byStart.get(w.start) ?? new Set<string>());
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
