import type { Document } from '../library.js';
import { type Candidate, datelineLength, skipReason } from './candidates.js';
import { isContentWord, stem, words } from './terms.js';
import { type SparseVector, tfidfVector, Vocabulary } from './vectors.js';

/** Terms kept per article vector for clustering. */
const ARTICLE_TERMS = 60;

/** An article's candidate sentences with the term ids and the concepts (entities, dates) of each. */
export interface ArticleSentences {
  candidates: Candidate[];
  terms: Int32Array[];
  /** Canonical names and TimeML values named inside each candidate. */
  concepts: string[][];
}

/** What the summary index derives from every article at once: plain data, kept in a snapshot (summary-snapshot.ts). */
export interface CorpusTerms {
  vocabulary: Vocabulary;
  /** Per term: log(articles / articles using it). */
  idf: Float64Array;
  /**
   * Per article: the TF-IDF vector of its title and body sentences (captions and boilerplate left out),
   * its heaviest terms only (a long article's rarest words are noise for clustering).
   */
  articleVectors: SparseVector[];
}

/**
 * What summaries need of the library: every article's terms (read once, at build), and its candidate
 * sentences (read on first use: a topic summary of a large corpus reads only the articles it quotes).
 */
export interface SummaryIndex extends CorpusTerms {
  sentencesOf(doc: number): ArticleSentences;
}

/** The entities and dated values named inside each candidate (a dateline's "MOSCOW" is not). */
function conceptsOf(doc: Document, candidates: Candidate[]): string[][] {
  const named: { at: number; concept: string }[] = [
    ...doc.facts.entities.map((m) => ({ at: m.start, concept: m.canonical })),
    ...doc.facts.dates
      .filter((d) => d.type === 'DATE' && /^\d{4}/.test(d.value))
      .map((d) => ({ at: d.start, concept: d.value })),
  ];
  return candidates.map((c) => named.filter((n) => n.at >= c.start && n.at < c.end).map((n) => n.concept));
}

/** Term ids of words, new stems added to the vocabulary. */
type TermIds = (ws: string[], into: number[]) => void;

function termIdsOf(vocabulary: Vocabulary): TermIds {
  // word -> term id (-1 for a stop word): one map lookup per token instead of a stop-word test and a stem
  const memo = new Map<string, number>();
  return (ws, into) => {
    for (const w of ws) {
      let id = memo.get(w);
      if (id === undefined) {
        id = isContentWord(w) ? vocabulary.idOf(stem(w), w) : -1;
        memo.set(w, id);
      }
      if (id >= 0) into.push(id);
    }
  };
}

/** Reads the terms of every article; the vocabulary learns every stem of the library's body text. */
function corpusTermsOf(documents: Document[], termIds: TermIds, vocabulary: Vocabulary): CorpusTerms {
  const articleTerms = documents.map(({ article, facts }) => {
    const ids: number[] = [];
    termIds(words(article.title), ids);
    const body = facts.sentences
      .filter((s) => s.kind === 'body')
      .map((s) => article.text.slice(s.start, s.end))
      .join('\n');
    termIds(words(body), ids);
    return Int32Array.from(ids);
  });
  const articleFrequency = new Int32Array(vocabulary.size);
  const lastSeen = new Int32Array(vocabulary.size).fill(-1);
  articleTerms.forEach((terms, doc) => {
    for (const id of terms) {
      if (lastSeen[id] === doc) continue;
      lastSeen[id] = doc;
      articleFrequency[id]++;
    }
  });
  const idf = Float64Array.from(articleFrequency, (df) => Math.log(documents.length / Math.max(1, df)));
  const articleVectors = articleTerms.map((terms) => tfidfVector(terms, (id) => idf[id], ARTICLE_TERMS));
  return { vocabulary, idf, articleVectors };
}

/**
 * The summary index of a library. `known`: its corpus terms as a snapshot kept them (same library, same
 * code); without them they are read from every article.
 */
export function buildSummaryIndex(documents: Document[], known?: CorpusTerms): SummaryIndex {
  const vocabulary = known?.vocabulary ?? new Vocabulary();
  const termIds = termIdsOf(vocabulary);
  const corpus = known ?? corpusTermsOf(documents, termIds, vocabulary);

  const read = new Map<number, ArticleSentences>();
  const sentencesOf = (doc: number): ArticleSentences => {
    const done = read.get(doc);
    if (done) return done;
    const { article, facts } = documents[doc];
    const candidates: Candidate[] = [];
    const terms: Int32Array[] = [];
    let position = 0;
    for (const sentence of facts.sentences) {
      if (sentence.kind !== 'body') continue;
      const raw = article.text.slice(sentence.start, sentence.end);
      const skip = datelineLength(raw, position);
      const text = raw.slice(skip);
      const ws = words(text);
      if (skipReason(text, ws.length) === null) {
        const ids: number[] = [];
        termIds(ws, ids);
        const flat = text.replace(/\s+/g, ' ');
        candidates.push({
          doc,
          sentence: sentence.index,
          start: sentence.start + skip,
          end: sentence.end,
          text: flat,
          position,
        });
        terms.push(Int32Array.from(ids));
      }
      position++;
    }
    const sentences = { candidates, terms, concepts: conceptsOf(documents[doc], candidates) };
    read.set(doc, sentences);
    return sentences;
  };

  return { ...corpus, sentencesOf };
}
