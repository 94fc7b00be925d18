import type { Answer, QuestionKind } from '../../src/answer/types.js';
import type { QuoteResult } from '../../src/quote/types.js';
import type { SummaryResult } from '../../src/summary/types.js';

/**
 * The shapes of interface.md, section 3, checked independently of src/: each function lists what is wrong
 * with a result (empty when it is well-formed). Offsets must slice the article's text; `texts` maps article
 * ids to those texts.
 */

export type Texts = ReadonlyMap<string, string>;

const KINDS: QuestionKind[] = ['who', 'when', 'where', 'quote', 'howmany', 'what', 'why', 'other'];
const ISO_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isText = (value: unknown): value is string => typeof value === 'string';
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Problems with a span `[start, end)` of an article: unknown article, bad offsets, or a slice that differs. */
function spanProblems(
  where: string,
  texts: Texts,
  span: { article: string; start: number; end: number },
  expected?: string,
): string[] {
  const text = texts.get(span.article);
  if (text === undefined) return [`${where}: unknown article ${JSON.stringify(span.article)}`];
  if (!isIndex(span.start) || !isIndex(span.end) || span.start >= span.end || span.end > text.length) {
    return [`${where}: offsets ${span.start}..${span.end} do not fit the article's ${text.length} characters`];
  }
  if (expected !== undefined && text.slice(span.start, span.end) !== expected) {
    return [`${where}: text.slice(${span.start}, ${span.end}) is not the text given`];
  }
  return [];
}

function sourceProblems(where: string, source: { title: unknown; date: unknown }): string[] {
  const problems: string[] = [];
  if (!isText(source.title)) problems.push(`${where}: title is not a string`);
  if (source.date !== null && !(isText(source.date) && DATE.test(source.date))) {
    problems.push(`${where}: date ${JSON.stringify(source.date)} is neither null nor YYYY-MM-DD`);
  }
  return problems;
}

export function answerProblems(answer: Answer, texts: Texts): string[] {
  const problems: string[] = [];
  if (!isText(answer.question)) problems.push('question is not a string');
  if (!KINDS.includes(answer.kind)) problems.push(`kind ${JSON.stringify(answer.kind)} is not one of ${KINDS}`);
  if (answer.answer !== null && !(isText(answer.answer) && answer.answer.trim() !== '')) {
    problems.push(`answer ${JSON.stringify(answer.answer)} is neither null nor a phrase`);
  }
  if (answer.value !== undefined) {
    const when = answer.kind === 'when' && answer.answer !== null;
    if (!when || !ISO_VALUE.test(answer.value)) problems.push(`value ${JSON.stringify(answer.value)} on a non-date`);
  }
  if (!(Number.isFinite(answer.confidence) && answer.confidence >= 0 && answer.confidence <= 1)) {
    problems.push(`confidence ${answer.confidence} is not within 0..1`);
  }
  if (answer.note !== undefined && !isText(answer.note)) problems.push('note is not a string');
  if (!Array.isArray(answer.evidence)) return [...problems, 'evidence is not an array'];
  if (answer.answer !== null && answer.evidence.length === 0) problems.push('an answer without evidence');
  const articles = answer.evidence.map((e) => e.article);
  if (answer.answer !== null && new Set(articles).size < articles.length) {
    problems.push('more than one evidence sentence from one article');
  }
  answer.evidence.forEach((e, i) => {
    const where = `evidence[${i}]`;
    problems.push(...spanProblems(where, texts, e, e.sentence), ...sourceProblems(where, e));
    if ((e.answerStart === undefined) !== (e.answerEnd === undefined)) {
      problems.push(`${where}: only one of answerStart and answerEnd`);
    } else if (e.answerStart !== undefined && e.answerEnd !== undefined) {
      const inside = isIndex(e.answerStart) && e.answerStart >= e.start && e.answerStart < e.answerEnd;
      if (!inside || e.answerEnd > e.end) {
        problems.push(`${where}: answer offsets ${e.answerStart}..${e.answerEnd} outside the sentence`);
      }
    }
  });
  return problems;
}

export function quoteProblems(result: QuoteResult, texts: Texts): string[] {
  const problems: string[] = [];
  if (result.speaker !== null && !(isText(result.speaker) && result.speaker.trim() !== '')) {
    problems.push(`speaker ${JSON.stringify(result.speaker)} is neither null nor a name`);
  }
  for (const key of ['candidates', 'suggestions'] as const) {
    const list = result[key];
    if (list !== undefined && !(Array.isArray(list) && list.every(isText))) problems.push(`${key} are not names`);
  }
  if (result.message !== undefined && !isText(result.message)) problems.push('message is not a string');
  if (!Array.isArray(result.quotes)) return [...problems, 'quotes is not an array'];
  if (result.quotes.length > 0 && result.speaker === null) problems.push('quotes without a speaker');
  result.quotes.forEach((quote, i) => {
    const where = `quotes[${i}]`;
    if (!(isText(quote.text) && quote.text.trim() !== '')) problems.push(`${where}: no quoted words`);
    if (quote.speaker !== result.speaker) {
      problems.push(`${where}: said by ${JSON.stringify(quote.speaker)}, not ${JSON.stringify(result.speaker)}`);
    }
    if (!Array.isArray(quote.sources) || quote.sources.length === 0) problems.push(`${where}: no sources`);
    (quote.sources ?? []).forEach((source, j) => {
      const at = `${where}.sources[${j}]`;
      problems.push(...spanProblems(at, texts, source), ...sourceProblems(at, source));
      for (const part of source.parts ?? []) {
        if (part.start < source.start || part.end > source.end || part.start >= part.end) {
          problems.push(`${at}: part ${part.start}..${part.end} outside ${source.start}..${source.end}`);
        }
      }
    });
  });
  return problems;
}

/** At most 15 sentences, each sliced from its article; nothing to show comes with a message saying why. */
export function summaryProblems(result: SummaryResult, texts: Texts): string[] {
  const problems: string[] = [];
  if (!Array.isArray(result.sentences)) return ['sentences is not an array'];
  if (result.sentences.length > 15) problems.push(`${result.sentences.length} sentences (at most 15)`);
  if (result.message !== undefined && !isText(result.message)) problems.push('message is not a string');
  const empty = result.sentences.length === 0 && (result.topics ?? []).length === 0;
  if (empty && !(isText(result.message) && result.message.trim() !== '')) problems.push('nothing, and no message');
  const sentences = [
    ...result.sentences.map((s, i) => [`sentences[${i}]`, s] as const),
    ...(result.topics ?? []).flatMap((topic, t) => {
      if (!isText(topic.label) || !isIndex(topic.articles)) problems.push(`topics[${t}]: no label or article count`);
      return topic.sentences.map((s, i) => [`topics[${t}].sentences[${i}]`, s] as const);
    }),
  ];
  for (const [where, s] of sentences) {
    problems.push(...spanProblems(where, texts, s, s.text), ...sourceProblems(where, s));
  }
  return problems;
}
