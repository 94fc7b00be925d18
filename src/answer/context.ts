import { indexDocuments } from '../index/documents.js';
import type { SentenceIndex, SentenceRef } from '../index/sentence-index.js';
import { termsOf } from '../index/terms.js';
import type { Document, Library } from '../library.js';
import type { Sentence } from '../nlp/sentences.js';
import { type Acronyms, acronymsOf } from './acronyms.js';
import { referencesOf } from './coref.js';

/** A sentence of the library as the answerer reads it. */
export interface SentenceView {
  ref: SentenceRef;
  id: string;
  doc: Document;
  sentence: Sentence;
  text: string;
  /** The terms of its words. */
  terms: ReadonlySet<string>;
  /** The terms of the names extraction resolved in it and it does not spell out ("the top US diplomat" -> Kerry). */
  nameTerms: ReadonlySet<string>;
  /** The terms of the names its pronouns stand for and it does not spell out ("She was a forward" -> Babe). */
  referTerms: ReadonlySet<string>;
}

/**
 * Sentence views kept for reuse (the sentences of the last few hundred articles asked about); past this the
 * caches start over, so that a long-running bot's memory does not grow with the questions it is asked.
 */
const MAX_VIEWS = 5_000;
/** Documents whose names and terms are kept for reuse, likewise. */
const MAX_DOCUMENTS = 500;

/**
 * Stores `value` under `key`, dropping the oldest entry first when the map is full: one at a time, as emptying
 * it would leave the next questions to build everything again at once.
 */
function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V {
  if (map.size >= limit) map.delete(map.keys().next().value as K);
  map.set(key, value);
  return value;
}

/** What answering needs, built once per library. */
export interface AnswerContext {
  library: Library;
  /** Opened on first use: `newsbot quote` and `summary` never pay for it. */
  index(): SentenceIndex;
  /** The position of an article in `library.documents`. */
  documentOf(articleId: string): number | undefined;
  view(ref: SentenceRef): SentenceView;
  /** All sentences of one document. */
  sentencesOf(document: number): SentenceView[];
  /** Every term of one document's sentences and resolved names. */
  termsOfDocument(document: number): ReadonlySet<string>;
  /** The acronyms the articles' names spell, worked out on first use. */
  acronyms(): Acronyms;
}

export function createContext(library: Library, openIndex: () => SentenceIndex): AnswerContext {
  let index: SentenceIndex | null = null;
  const documents = new Map(library.documents.map((d, i) => [d.article.id, i]));
  const views = new Map<string, SentenceView>();
  const namesCache = new Map<number, string[]>();

  const namesOf = (document: number): string[] =>
    namesCache.get(document) ??
    remember(
      namesCache,
      document,
      indexDocuments(library.documents[document]).map((d) => d.names),
      MAX_DOCUMENTS,
    );

  const view = (ref: SentenceRef): SentenceView => {
    const doc = library.documents[ref.document];
    const id = `${doc.article.id}#${ref.sentence}`;
    let found = views.get(id);
    if (!found) {
      const sentence = doc.facts.sentences[ref.sentence];
      const text = doc.article.text.slice(sentence.start, sentence.end);
      const terms = new Set(termsOf(text));
      const nameTerms = new Set(termsOf(namesOf(ref.document)[ref.sentence] ?? '').filter((t) => !terms.has(t)));
      const referTerms = new Set(
        termsOf(referencesOf(doc, ref.sentence).join(' ')).filter((t) => !terms.has(t) && !nameTerms.has(t)),
      );
      found = remember(views, id, { ref, id, doc, sentence, text, terms, nameTerms, referTerms }, MAX_VIEWS);
    }
    return found;
  };

  const documentTerms = new Map<number, Set<string>>();
  // what the views of all its sentences would hold, without making them: ranking asks this of a hundred
  // articles a question, and reads the sentences of only a few
  const documentTermsOf = (document: number): Set<string> => {
    const { article, facts } = library.documents[document];
    const names = namesOf(document);
    const terms = new Set<string>();
    for (const s of facts.sentences) {
      for (const t of termsOf(article.text.slice(s.start, s.end))) terms.add(t);
      for (const t of termsOf(names[s.index] ?? '')) terms.add(t);
    }
    return terms;
  };
  const sentencesOf = (document: number): SentenceView[] =>
    library.documents[document].facts.sentences.map((s) => view({ document, sentence: s.index }));

  let acronyms: Acronyms | null = null;

  return {
    library,
    index: () => {
      index ??= openIndex();
      return index;
    },
    documentOf: (articleId) => documents.get(articleId),
    view,
    sentencesOf,
    termsOfDocument: (document) =>
      documentTerms.get(document) ?? remember(documentTerms, document, documentTermsOf(document), MAX_DOCUMENTS),
    acronyms: () => {
      acronyms ??= acronymsOf(library);
      return acronyms;
    },
  };
}
