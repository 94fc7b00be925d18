import { termsOf } from '../index/terms.js';
import type { AnswerContext, SentenceView } from './context.js';
import type { Question } from './question/types.js';
import { INSTITUTION_NOUNS, OPINION_VERBS, SPEECH_VERBS } from './text/lexicon.js';
import { synonymsOf } from './text/synonyms.js';

/** A sentence scored against the question. */
export interface RankedSentence {
  view: SentenceView;
  /**
   * The ranking score: the match with the question's words, weighted inside the article, with partial credit
   * for words of the sentence before; over the whole corpus, scaled by how much its article is about the question.
   */
  score: number;
  /**
   * Share of the question's weighted words the sentence matches (0..1), weighted by rarity in the whole
   * corpus: whether the sentence is about the question at all.
   */
  coverage: number;
  /** The question terms it matches (exactly, through a resolved name, a synonym or a shared prefix). */
  matched: ReadonlySet<string>;
  /** Whether its article mentions at least one of the names the question gives (true when it gives none). */
  articleHasNames: boolean;
  /** The sentence before it in the article, scored the same way (an answer often follows its restatement). */
  previous?: RankedSentence;
}

export interface RankOptions {
  /** Only this article's sentences. Default: the whole corpus. */
  document?: number;
  /** How many sentences to return. Default: 10. */
  limit?: number;
  /** Only sentences whose own words hold this term (the subject of "who is X"). Default: any sentence. */
  mentioning?: string;
  /**
   * Over the whole corpus, the articles to rank in, as `topArticles` found them for this question: a second
   * ranking of the same question passes them on rather than searching again. Default: searched.
   */
  articles?: WeightedArticle[];
}

/** An article ranked for a question, with a weight (1 for the best). */
export interface WeightedArticle {
  document: number;
  weight: number;
}

/**
 * How much a match counts: the word itself, a name extraction resolved, a name a pronoun stands for, a synonym,
 * or a word sharing its first five letters.
 */
const NAME_MATCH = 0.8;
const REFER_MATCH = 0.8;
const SYNONYM_MATCH = 0.7;
const PREFIX_MATCH = 0.6;
/** A word of a name the sentence refers to by its head noun alone ("the school" for "South Queens ... School"). */
const DESCRIPTION_MATCH = 0.7;
/** How much more the question's focus words count: the noun it asks about and its main verb. */
const FOCUS_BOOST = 1.5;
/** How strongly a term that many of the article's sentences share is damped in ranking (0 = not at all). */
const LOCAL_EXPONENT = 2;
/**
 * A sentence continues the one before it: a question word missing from it but found just before counts
 * partly, more when the sentence has a pronoun that may stand for it ("He refuses to..." after "Milosevic").
 */
const CONTEXT_MATCH = 0.25;
const PRONOUN_CONTEXT_MATCH = 0.5;
const PRONOUN = /\b(?:he|she|they|it|his|her|hers|him|them|their|its|this|these|those)\b/i;
/** How much more a sentence counts when it gives the words of the source the question names ("according to X"). */
const SOURCE_BONUS = 2;
const SAYING_TERMS = new Set([...SPEECH_VERBS, ...OPINION_VERBS, 'according'].flatMap((w) => termsOf(w)));

/**
 * Whether the sentence states what the source says or thinks: it holds a quote extraction gives to them
 * (`quoting`: those sentences), or a verb of saying or thinking and their name (or a pronoun for them).
 */
function saidBySource(view: SentenceView, key: string, quoting: ReadonlySet<number>): boolean {
  if (quoting.has(view.ref.sentence)) return true;
  const named = view.terms.has(key) || view.nameTerms.has(key) || view.referTerms.has(key);
  return named && [...view.terms].some((t) => SAYING_TERMS.has(t));
}

/** Over the whole corpus: sentences fetched from the index, and articles ranked inside. */
const CORPUS_HITS = 100;
const CORPUS_ARTICLES = 3;
/** How much more an article counts when its title is made of the question's words (all of them: x1.5). */
const TITLE_BONUS = 0.5;
/** How much a weaker article's sentences are held back (0 = not at all). */
const ARTICLE_EXPONENT = 2;

/** A question term as ranking matches it: itself, its synonyms, its prefix. */
interface Asked {
  term: string;
  synonyms: readonly string[];
  prefix: string | null;
}

/**
 * The first five letters of a term that words sharing them match ("immunize", "immunization"; "Canada",
 * "Canadian"); null for a shorter term or a number.
 */
function prefixOf(term: string): string | null {
  return term.length >= 5 && !/^\d/.test(term) ? term.slice(0, 5) : null;
}

const askedOf = (term: string): Asked => ({ term, synonyms: synonymsOf(term), prefix: prefixOf(term) });

/** Whether one of `terms` shares the asked term's prefix. */
function sharesPrefix(asked: Asked, terms: ReadonlySet<string>): boolean {
  if (asked.prefix === null) return false;
  for (const t of terms) if (t.startsWith(asked.prefix)) return true;
  return false;
}

/** How strongly a sentence matches one question term: 1, a partial credit, or 0. */
function matchStrength(asked: Asked, view: SentenceView): number {
  const { terms } = view;
  const { term } = asked;
  if (terms.has(term)) return 1;
  if (view.nameTerms.has(term)) return NAME_MATCH;
  if (view.referTerms.has(term)) return REFER_MATCH;
  if (asked.synonyms.some((s) => terms.has(s))) return SYNONYM_MATCH;
  return sharesPrefix(asked, terms) ? PREFIX_MATCH : 0;
}

interface Weight extends Asked {
  /** For a word of a name the question gives: the term of the name's head noun, which can stand for it. */
  head?: string;
  /** Rarity in the whole corpus (inverse sentence frequency). */
  global: number;
  /** The global weight, damped inside one article for a term most of its sentences share (its subject). */
  ranking: number;
}

/**
 * The words of the question's names whose head is an institution noun, each with that head's term: "South
 * Queens Junior High School", "Mt. Sinai hospital" (the noun may follow the capitalised words).
 */
function describedTerms(question: Question): Map<string, string> {
  const heads = new Map<string, string>();
  for (const name of question.names) {
    const words = name.split(/\s+/);
    const after = question.text.slice(question.text.indexOf(name) + name.length).match(/^\s+(\p{Ll}+)/u)?.[1];
    const head = after && INSTITUTION_NOUNS.has(after) ? after : words[words.length - 1].toLowerCase();
    if (!INSTITUTION_NOUNS.has(head) || (head !== after && words.length < 2)) continue;
    const headTerm = termsOf(head)[0];
    if (!headTerm) continue;
    for (const term of termsOf(name)) if (term !== headTerm) heads.set(term, headTerm);
  }
  return heads;
}

function weightsOf(context: AnswerContext, question: Question, local: SentenceView[]): Weight[] {
  const index = context.index();
  const n = Math.max(1, index.size);
  const heads = describedTerms(question);
  return question.terms.map((term) => {
    const global = Math.log(1 + n / (1 + index.documentFrequency(term)));
    const focus = question.focus.includes(term) ? FOCUS_BOOST : 1;
    const df = local.filter((v) => v.terms.has(term) || v.nameTerms.has(term)).length;
    const ranking = focus * global * Math.log(1 + local.length / (1 + df)) ** LOCAL_EXPONENT;
    return { ...askedOf(term), head: heads.get(term), global, ranking };
  });
}

interface Match {
  /** Share of the global weight matched. */
  coverage: number;
  /** Share of the ranking weight matched. */
  relevance: number;
  matched: Set<string>;
}

function matchOf(view: SentenceView, weights: Weight[], before: SentenceView | null): Match {
  const contextMatch = before ? (PRONOUN.test(view.text) ? PRONOUN_CONTEXT_MATCH : CONTEXT_MATCH) : 0;
  let global = 0;
  let ranking = 0;
  let globalTotal = 0;
  let rankingTotal = 0;
  const matched = new Set<string>();
  for (const w of weights) {
    globalTotal += w.global;
    rankingTotal += w.ranking;
    const own = matchStrength(w, view) || (w.head && view.terms.has(w.head) ? DESCRIPTION_MATCH : 0);
    const strength = own > 0 ? own : before ? contextMatch * matchStrength(w, before) : 0;
    if (strength === 0) continue;
    global += strength * w.global;
    ranking += strength * w.ranking;
    if (own > 0) matched.add(w.term);
  }
  return {
    coverage: globalTotal > 0 ? global / globalTotal : 0,
    relevance: rankingTotal > 0 ? ranking / rankingTotal : 0,
    matched,
  };
}

/**
 * A number the question states ("the 2016 election", "14,000 troops") must be in the sentence, or be the
 * article's year: each one missing halves the match.
 */
function numbersFactor(view: SentenceView, numbers: string[]): number {
  const year = view.doc.article.date?.slice(0, 4);
  const missing = numbers.filter((n) => !view.terms.has(n) && n !== year).length;
  return 0.5 ** missing;
}

/**
 * Whether the document names what a name of the question (given by its terms) names: a one-word name
 * ("Kerry") by its term or a word sharing its prefix, and so any name unless `whole`; with `whole`, a longer
 * one ("Australian Open") as a whole: its words in one sentence (`Jesse "The Body" Ventura`) or in one of the
 * names of its entities ("Lavrov" alone in the text, linked to "Sergei Lavrov"). Its words scattered over the
 * article ("Australian" here, "open" there) do not name it.
 */
function namesIn(context: AnswerContext, document: number, terms: string[], whole: boolean): boolean {
  const articleTerms = context.termsOfDocument(document);
  if (terms.length < 2 || !whole) {
    return terms.some((t) => articleTerms.has(t) || sharesPrefix(askedOf(t), articleTerms));
  }
  // a name of three words or more may differ in one ("the Canadian Health Department" for "the Health Department")
  const needed = terms.length > 2 ? terms.length - 1 : terms.length;
  const count = (has: (term: string) => boolean): number => terms.filter(has).length;
  if (count((t) => articleTerms.has(t)) < needed) return false;
  const { facts } = context.library.documents[document];
  const together = context
    .sentencesOf(document)
    .some((v) => count((t) => v.terms.has(t) || v.nameTerms.has(t)) >= needed);
  if (together) return true;
  return facts.profiles.some((p) =>
    [p.canonical, ...p.aliases].some((name) => {
      const own = new Set(termsOf(name));
      return count((t) => own.has(t)) >= needed;
    }),
  );
}

function nameTermsOf(question: Question): string[][] {
  return question.names.map((name) =>
    question.words.filter((w) => w.term && name.includes(w.raw.replace(/['’]s$/, ''))).map((w) => w.term as string),
  );
}

/**
 * The articles most about the question, with a weight each (1 for the best): the sum of their best
 * sentences' retrieval scores, so an article that matches in several sentences beats a single lucky one.
 */
export function topArticles(context: AnswerContext, question: Question): WeightedArticle[] {
  const index = context.index();
  let hits = index.search(question.terms, { limit: CORPUS_HITS });
  if (hits.length === 0) hits = index.search(question.terms, { limit: CORPUS_HITS, fuzzy: true });
  const scores = new Map<number, number[]>();
  for (const hit of hits) scores.set(hit.document, [...(scores.get(hit.document) ?? []), hit.score]);
  const asked = new Set(question.terms);
  const ranked = [...scores]
    .map(([document, list]) => {
      const title = termsOf(context.library.documents[document].article.title);
      const inTitle = title.length ? title.filter((t) => asked.has(t)).length / title.length : 0;
      const score = list.slice(0, 3).reduce((a, b) => a + b, 0) * (1 + TITLE_BONUS * inTitle);
      return { document, score };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, CORPUS_ARTICLES);
  const best = ranked[0]?.score ?? 1;
  return ranked.map(({ document, score }) => ({ document, weight: score / best }));
}

/**
 * `wholeNames`: a name of several words must stand in the document as a whole (see `namesIn`); asked over
 * the whole corpus, an article that only shares a name's words is most likely about something else. Asked
 * about one article, the asker has picked it: a name spelt otherwise ("Carnagie Mellon") or with a title
 * ("Quebec Premier Lucien Bouchard") still counts by any of its words.
 */
function rankInDocument(
  context: AnswerContext,
  question: Question,
  document: number,
  mentioning: string | undefined,
  wholeNames: boolean,
): RankedSentence[] {
  const views = context.sentencesOf(document);
  const weights = weightsOf(context, question, views);
  const names = nameTermsOf(question);
  const numbers = question.terms.filter((t) => /^\d/.test(t));
  const sourceKey = question.source ? termsOf(question.source).pop() : undefined;
  const quoting = new Set(
    sourceKey
      ? views[0]?.doc.facts.quotes
          .filter((q) => q.speaker && termsOf(q.speaker).includes(sourceKey))
          .map((q) => q.sentence)
      : [],
  );
  const articleHasNames = names.length === 0 || names.some((terms) => namesIn(context, document, terms, wholeNames));
  const ranked = views.map((view): RankedSentence => {
    const previous = view.ref.sentence > 0 ? view.doc.facts.sentences[view.ref.sentence - 1] : undefined;
    const before = previous?.kind === 'body' ? context.view({ ...view.ref, sentence: previous.index }) : null;
    const match = matchOf(view, weights, before);
    const required = numbersFactor(view, numbers);
    const kindFactor = view.sentence.kind === 'caption' || view.sentence.kind === 'boilerplate' ? 0.5 : 1;
    const source = sourceKey && saidBySource(view, sourceKey, quoting) ? SOURCE_BONUS : 1;
    const score = kindFactor * required * source * match.relevance;
    const coverage = required * match.coverage;
    return { view, score, coverage, matched: match.matched, articleHasNames };
  });
  const linked = ranked.map((r, i) => {
    const before = ranked[i - 1];
    const sameParagraph = before && before.view.sentence.paragraph === r.view.sentence.paragraph;
    return sameParagraph || before?.view.sentence.kind === 'body' ? { ...r, previous: before } : r;
  });
  return mentioning ? linked.filter((r) => r.view.terms.has(mentioning)) : linked;
}

/**
 * The sentences that best match the question, best first. Over the whole corpus, the few articles most about
 * the question are ranked inside as one article is, each sentence's score scaled by its article's weight.
 */
export function rankSentences(context: AnswerContext, question: Question, options: RankOptions = {}): RankedSentence[] {
  const { document, limit = 10, mentioning } = options;
  const ranked =
    document !== undefined
      ? rankInDocument(context, question, document, mentioning, false)
      : (options.articles ?? topArticles(context, question)).flatMap(({ document: d, weight }) =>
          rankInDocument(context, question, d, mentioning, true).map((r) => ({
            ...r,
            score: r.score * weight ** ARTICLE_EXPONENT,
          })),
        );
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}
