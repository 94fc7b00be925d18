import { openSentenceIndex, type SentenceIndex } from '../index/sentence-index.js';
import { termsOf } from '../index/terms.js';
import type { Library } from '../library.js';
import { confidenceOf } from './confidence.js';
import { expandAcronyms } from './acronyms.js';
import { type AnswerContext, createContext } from './context.js';
import { answerText, evidenceOf } from './format.js';
import { cleanQuestion } from './input.js';
import { analyzeQuestion } from './question/analyze.js';
import type { Question } from './question/types.js';
import { type RankedSentence, type RankOptions, rankSentences, topArticles } from './rank.js';
import { conflicting, leastCoverage, REFINERS, type Scope } from './refiners.js';
import { RULES } from './rules/index.js';
import { ANNOUNCES } from './rules/rest.js';
import { parseSentence } from './rules/parse.js';
import { keyWordOf } from './rules/subject.js';
import type { Candidate } from './rules/types.js';
import type { Answer, AskOptions, QuestionKind } from './types.js';

export type Answerer = (question: string, options?: AskOptions) => Answer;

/** How many of the best-matching sentences the answer rules read. */
const RULE_SENTENCES = 8;
/** Over the whole corpus, each ranked article gets this many of its sentences read at least. */
const PER_ARTICLE_SENTENCES = 3;
/** For "why", the sentences after this many of the best are read too. */
const FOLLOWED_SENTENCES = 3;
/** Sentences ranked before choosing what the rules read. */
const RANKED_SENTENCES = 40;
/** For "who is X" and the like: how many sentences naming X the rules read. */
const SUBJECT_SENTENCES = 12;
/**
 * Below this score (the sentence's match plus the rule's strength), an answer is more often wrong than right
 * on development questions: better to say the articles don't tell.
 */
const MIN_SCORE = 0.35;
/** Sentences kept as evidence when there is no answer (the nearest ones). */
const NEAREST_SENTENCES = 3;
/**
 * The rules read the best-scored evidence sentences, at most this many and this much text: tagging them is
 * most of the time an answer takes, and it grows with the text (a dozen sentences of children's news are
 * about 1,200 characters, BBC's run longer). On the development questions, reading more changed nothing;
 * reading 1,000 characters or 8 sentences lost answers.
 */
const MAX_READ = 12;
const MAX_READ_CHARACTERS = 1200;

/**
 * Whether anything the rules find in a sentence can survive drop-without-evidence: its article names what
 * the question names, and the sentence, or the one before it that a candidate may lean on (`via`), covers
 * enough of the question. The others are not worth tagging.
 */
function worthReading(sentence: RankedSentence, scope: Scope): boolean {
  const least = leastCoverage(scope);
  return sentence.articleHasNames && (sentence.coverage >= least || (sentence.previous?.coverage ?? 0) >= least);
}

/**
 * The evidence sentences the rules read, in their order: of those worth reading, the best one of each
 * article first (so that another article can still corroborate the answer), then the best of the others, up
 * to `MAX_READ` sentences and `MAX_READ_CHARACTERS` of text (the best one always).
 */
function toRead(sentences: RankedSentence[], scope: Scope): RankedSentence[] {
  const worth = sentences.filter((s) => worthReading(s, scope));
  const byScore = [...worth].sort((a, b) => b.score - a.score);
  const firsts = new Map<number, RankedSentence>();
  for (const s of byScore) if (!firsts.has(s.view.ref.document)) firsts.set(s.view.ref.document, s);
  const chosen = new Set<RankedSentence>();
  let characters = 0;
  for (const sentence of new Set([...firsts.values(), ...byScore])) {
    characters += sentence.view.text.length;
    if (chosen.size === MAX_READ || (chosen.size > 0 && characters > MAX_READ_CHARACTERS)) break;
    chosen.add(sentence);
  }
  return worth.filter((s) => chosen.has(s));
}

/** Every rule's candidates from every sentence; where two rules propose the same span, the earlier one's stands. */
function collectCandidates(question: Question, sentences: RankedSentence[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const ranked of sentences) {
    const parsed = parseSentence(question, ranked);
    const seen = new Set<string>();
    for (const rule of RULES[question.expects]) {
      for (const draft of rule.extract(question, parsed)) {
        const key = `${draft.start}:${draft.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push({ ...draft, sentence: draft.sentence ?? ranked, support: [], score: 0 });
      }
    }
  }
  return candidates;
}

/**
 * The sentences the rules read: the best-matching ones; for "who is X", "where is X" and "what is X", also the
 * best of those that name X themselves, however little else of the question they share ("A middle school in
 * Liverpool" for "where is the school located").
 */
function evidenceSentences(
  context: AnswerContext,
  question: Question,
  where: Pick<RankOptions, 'document' | 'articles'>,
  ranked: RankedSentence[],
): RankedSentence[] {
  const best = withFollowers(question, withEachArticle(ranked), ranked);
  const key = question.subject ? termsOf(keyWordOf(question.subject))[0] : undefined;
  if (!key) return best;
  const naming = rankSentences(context, question, { ...where, mentioning: key, limit: SUBJECT_SENTENCES });
  if (question.gap === 'identity') return naming;
  const seen = new Set(best.map((r) => r.view.id));
  return [...best, ...naming.filter((r) => !seen.has(r.view.id))];
}

/**
 * For "why": the sentence right after each of the best few, which often gives the reason the best one only
 * announces ("...opposed to gun control for another reason." "They believe..."); for "what" and "how", the
 * one after a sentence that announces an answer ("The town has two options.").
 */
function withFollowers(question: Question, best: RankedSentence[], ranked: RankedSentence[]): RankedSentence[] {
  if (question.expects !== 'reason' && question.expects !== 'thing') return best;
  const seen = new Set(best.map((r) => r.view.id));
  // for "what" and "how", only a sentence that announces its answer ("the town has two options") is followed
  const leads = best
    .slice(0, FOLLOWED_SENTENCES)
    .filter((r) => question.expects === 'reason' || ANNOUNCES.test(r.view.text.trim()));
  const followers = leads.flatMap((r) => {
    const next = ranked.find(
      (n) => n.view.ref.document === r.view.ref.document && n.view.ref.sentence === r.view.ref.sentence + 1,
    );
    return next && !seen.has(next.view.id) ? [next] : [];
  });
  return [...best, ...followers];
}

/**
 * The best sentences overall, plus the best few of each article among them, so that a second article
 * reporting the same answer is read too (and can corroborate it).
 */
function withEachArticle(ranked: RankedSentence[]): RankedSentence[] {
  const best = ranked.slice(0, RULE_SENTENCES);
  const perArticle = new Map<number, number>();
  for (const r of best) perArticle.set(r.view.ref.document, (perArticle.get(r.view.ref.document) ?? 0) + 1);
  for (const r of ranked.slice(RULE_SENTENCES)) {
    const count = perArticle.get(r.view.ref.document) ?? 0;
    if (count >= PER_ARTICLE_SENTENCES) continue;
    perArticle.set(r.view.ref.document, count + 1);
    best.push(r);
  }
  return best;
}

function emptyAnswer(question: string, kind: QuestionKind, note: string): Answer {
  return { question, kind, answer: null, confidence: 0, evidence: [], note };
}

function noAnswer(question: Question, ranked: RankedSentence[]): Answer {
  return {
    question: question.text,
    kind: question.kind,
    answer: null,
    confidence: 0,
    evidence: ranked
      .filter((r) => r.score > 0)
      .slice(0, NEAREST_SENTENCES)
      .map((r) => evidenceOf({ sentence: r, start: 0, end: 0 })),
    note: "The articles don't say.",
  };
}

/** "Sources differ: ..." when another article gives a different answer nearly as well supported. */
function conflictNote(question: Question, best: Candidate, others: Candidate[]): string | undefined {
  const rival = others.find((c) => conflicting(question, best, c));
  if (!rival) return undefined;
  const says = (c: Candidate): string => `"${c.sentence.view.doc.article.title}" says ${answerText(question, c)}`;
  return `Sources differ: ${says(best)}; ${says(rival)}.`;
}

function answerFrom(question: Question, [best, ...others]: Candidate[]): Answer {
  const runnerUp = others[0];
  const evidence = [best, ...best.support].map(evidenceOf);
  const note = conflictNote(question, best, others);
  return {
    question: question.text,
    kind: question.kind,
    answer: answerText(question, best),
    ...(question.expects === 'date' && best.value ? { value: best.value } : {}),
    confidence: confidenceOf(question, best, runnerUp),
    evidence,
    ...(note ? { note } : {}),
  };
}

/** What the answerer did with a question: its reading of it and every candidate, best first (for debugging). */
export interface AnswerTrace {
  answer: Answer;
  question: Question | null;
  /** Every rule's proposal, before the refiners. */
  proposals: { rule: string; text: string }[];
  /** What the refiners kept, best first. */
  candidates: { rule: string; text: string; score: number; sentence: string }[];
}

function solve(context: AnswerContext, raw: string, options: AskOptions): AnswerTrace {
  const cleaned = cleanQuestion(raw);
  if (!cleaned.ok) {
    return { answer: emptyAnswer('', 'other', cleaned.reason), question: null, proposals: [], candidates: [] };
  }
  // "what is the ISSG" is read as "what is the International Syria Support Group"; the answer keeps the asking
  const question = analyzeQuestion(expandAcronyms(cleaned.text, context.acronyms));
  let document: number | undefined;
  if (options.article !== undefined) {
    document = context.documentOf(options.article);
    if (document === undefined) {
      const answer = emptyAnswer(cleaned.text, question.kind, `No article has the id "${options.article}".`);
      return { answer, question, proposals: [], candidates: [] };
    }
  }
  const where = { document, articles: document === undefined ? topArticles(context, question) : undefined };
  const ranked = rankSentences(context, question, { ...where, limit: RANKED_SENTENCES });
  const scope = { article: document !== undefined };
  const candidates = collectCandidates(question, toRead(evidenceSentences(context, question, where, ranked), scope));
  const refined = REFINERS.reduce((list, refiner) => refiner.refine(list, question, scope), candidates);
  const result =
    refined[0] && refined[0].score >= MIN_SCORE ? answerFrom(question, refined) : noAnswer(question, ranked);
  const asked = { ...result, question: cleaned.text };
  const answer = cleaned.note ? { ...asked, note: [cleaned.note, result.note].filter(Boolean).join(' ') } : asked;
  const proposals = candidates.map(({ rule, text }) => ({ rule, text }));
  const trace = refined.map((c) => ({ rule: c.rule, text: c.text, score: c.score, sentence: c.sentence.view.text }));
  return { answer, question, proposals, candidates: trace };
}

/** The sentence index each answerer has opened so far (null before its first question), for the next version's. */
const openedIndexes = new WeakMap<Answerer, () => SentenceIndex | null>();

function contextOf(
  library: Library,
  cacheDir: string | null,
  previous: SentenceIndex | null = null,
): { context: AnswerContext; opened: () => SentenceIndex | null } {
  let opened: SentenceIndex | null = null;
  const onWarning = (message: string): void => {
    process.stderr.write(`${message}\n`);
  };
  const context = createContext(library, () => {
    opened = openSentenceIndex(library, { cacheDir, onWarning, previous });
    return opened;
  });
  return { context, opened: () => opened };
}

/**
 * Answers questions over the library's articles; the sentence index opens on the first question. Given the
 * answerer of the library's earlier version (before a refresh) whose index is open, it takes that index over
 * at once and updates it in place for the articles that changed; the earlier answerer must not be asked
 * anything afterwards.
 */
export function createAnswerer(library: Library, cacheDir: string | null, previous?: Answerer): Answerer {
  const handedOn = previous ? (openedIndexes.get(previous)?.() ?? null) : null;
  const { context, opened } = contextOf(library, cacheDir, handedOn);
  if (handedOn) context.index();
  const answerer: Answerer = (question, options = {}) => solve(context, question, options).answer;
  openedIndexes.set(answerer, opened);
  return answerer;
}

/** Like `createAnswerer`, with the trace of each answer: for tests that print it when they fail, and debugging. */
export function createExplainer(library: Library): (question: string, options?: AskOptions) => AnswerTrace {
  const { context } = contextOf(library, null);
  return (question, options = {}) => solve(context, question, options);
}
