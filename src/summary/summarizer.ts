import { citationOf, dateSortKey } from '../citation.js';
import { libraryKey } from '../index/library-key.js';
import type { Library } from '../library.js';
import type { Candidate } from './candidates.js';
import { scoreByCentrality, scoreByTopic } from './score.js';
import { type Scored, selectSentences } from './select.js';
import { buildSummaryIndex, type SummaryIndex } from './summary-index.js';
import { restoreTerms, storeTerms, summarySnapshots } from './summary-snapshot.js';
import { labelOf, TopicTree } from './topics.js';
import type { SummaryOptions, SummaryResult, SummarySentence, SummaryTopic } from './types.js';

export type Summarizer = (options?: SummaryOptions) => SummaryResult;

export interface SummarizerOptions {
  /** A corpus of at least this many articles is summed up topic by topic. Default 12. */
  topicModeMinArticles?: number;
  /** Sentences whose word sets overlap at least this much (Jaccard) say the same thing. Default 0.4. */
  maxWordOverlap?: number;
  /** Sentences at least this similar (TF-IDF cosine) say the same thing. Default 0.5. */
  maxCosine?: number;
  /** Average characters a summary sentence may use (the budget is this times the count). Default 280. */
  charsPerSentence?: number;
  /** Sentences shown per topic. Default 2. */
  sentencesPerTopic?: number;
  /**
   * Where the corpus terms are kept between starts (read when the library is the same, written when built);
   * null keeps them in memory only. Default null.
   */
  cacheDir?: string | null;
}

const defaultOptions: Required<SummarizerOptions> = {
  topicModeMinArticles: 12,
  maxWordOverlap: 0.4,
  maxCosine: 0.5,
  charsPerSentence: 280,
  sentencesPerTopic: 2,
  cacheDir: null,
};

/** MMR trade-off and the weight of naming new entities and dates (see select.ts). */
const LAMBDA = 0.7;
const COVERAGE_WEIGHT = 0.25;
/** A topic's sentences come from the first sentences of its articles nearest the centre. */
const TOPIC_ARTICLES = 15;
const TOPIC_LEAD_SENTENCES = 3;
/** A topic's label is read off its articles nearest the centre. */
const LABEL_ARTICLES = 10;
/** The `sentences` option's range and default. */
const MIN_SENTENCES = 1;
const MAX_SENTENCES = 15;
const DEFAULT_SENTENCES = 5;

/** Built on first use and kept: the sentence index, and the topic tree. */
interface State {
  index: SummaryIndex;
  topics?: TopicTree;
}

/** The library's summary index, its corpus terms read from the snapshot when it has them, else built and stored. */
function openIndex(library: Library, cacheDir: string | null): SummaryIndex {
  const key = libraryKey(library);
  const snapshots = cacheDir && key ? summarySnapshots(cacheDir, library.corpusDir) : null;
  const known = key && snapshots ? restoreTerms(snapshots.read(key), library.documents.length) : null;
  const index = buildSummaryIndex(library.documents, known ?? undefined);
  if (key && snapshots && !known) snapshots.write(key, storeTerms(index));
  return index;
}

/**
 * Extractive summaries of the whole corpus or of one article. A small corpus (or one article) gets its
 * most central sentences, without repeats, in time order; a large one its largest topics, each labelled
 * and summed up by the leads of its most typical articles.
 */
export function createSummarizer(library: Library, options: SummarizerOptions = {}): Summarizer {
  const settings = { ...defaultOptions, ...options };
  const { documents } = library;
  let state: State | undefined;
  const open = (): State => {
    state ??= { index: openIndex(library, settings.cacheDir) };
    return state;
  };

  const sentenceOf = (c: Candidate): SummarySentence => {
    return { text: c.text, ...citationOf(documents[c.doc]), start: c.start, end: c.end };
  };
  const dateOf = (doc: number): string => dateSortKey(documents[doc]);
  /** Article date (undated last), then corpus order, then place in the article. */
  const timeOrder = (a: Scored, b: Scored): number =>
    dateOf(a.candidate.doc).localeCompare(dateOf(b.candidate.doc)) ||
    a.candidate.doc - b.candidate.doc ||
    a.candidate.start - b.candidate.start;
  const select = (scored: Scored[], count: number): Scored[] =>
    selectSentences(scored, {
      count,
      lambda: LAMBDA,
      maxWordOverlap: settings.maxWordOverlap,
      maxCosine: settings.maxCosine,
      coverageWeight: COVERAGE_WEIGHT,
      charBudget: count * settings.charsPerSentence,
    }).sort(timeOrder);

  const topicSummary = (s: State, count: number): SummaryResult => {
    s.topics ??= new TopicTree(s.index.articleVectors, s.index.vocabulary.size);
    const tree = s.topics;
    const idf = (id: number): number => s.index.idf[id];
    const topics: SummaryTopic[] = tree.clusters(count).map((cluster) => {
      const near = cluster.members.slice(0, TOPIC_ARTICLES);
      const scored = scoreByTopic(s.index, near, TOPIC_LEAD_SENTENCES, cluster.centroid, idf);
      const texts = near.slice(0, LABEL_ARTICLES).map((d) => documents[d].article.text);
      return {
        label: labelOf(cluster, s.index.vocabulary, texts),
        articles: cluster.members.length,
        sentences: select(scored, settings.sentencesPerTopic).map((x) => sentenceOf(x.candidate)),
      };
    });
    return { sentences: topics.flatMap((t) => t.sentences.slice(0, 1)), topics };
  };

  return (request = {}) => {
    // a count that is not a number (NaN from a caller's parse) means the default, like an absent one
    const asked = Number.isFinite(request.sentences) ? (request.sentences as number) : DEFAULT_SENTENCES;
    const count = Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, Math.round(asked)));
    let docs = documents.map((_, i) => i);
    if (request.article !== undefined) {
      const doc = documents.findIndex((d) => d.article.id === request.article);
      if (doc < 0) return { sentences: [], message: `no article "${request.article}" in the corpus` };
      docs = [doc];
    }
    const s = open();
    if (docs.length >= settings.topicModeMinArticles) return topicSummary(s, count);
    const chosen = select(scoreByCentrality(s.index, docs), count);
    if (chosen.length === 0) return { sentences: [], message: 'nothing to summarise: the articles have no body text' };
    return { sentences: chosen.map((x) => sentenceOf(x.candidate)) };
  };
}
