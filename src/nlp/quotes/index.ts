import type { Article, Span } from '../../corpus/article.js';
import type { ArticleEntities } from '../entities/index.js';
import type { Quotation } from '../facts.js';
import type { Sentence } from '../sentences.js';
import { createDiscourse, type Discourse, type SentenceView } from './discourse.js';
import { rejection } from './filters.js';
import { findQuotedSegments, type QuotedSegment } from './marks.js';
import { findPersonNames } from './names.js';
import { collectPeople, looksLikeOrganization, looksLikePerson, type People, type Person } from './people.js';
import { type Attribution, attribute, type QuoteContext } from './rules.js';
import type { SpeakerMention } from './speaker-phrase.js';
import { clauseSubject, descriptionSubject, organizationSubject } from './subjects.js';
import { type Token, tokenize } from './tokens.js';

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/**
 * Whether the token at `i` ends a sentence: terminal punctuation outside brackets, not followed by a lowercase word
 * or more punctuation ("Rep. Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said").
 */
function endsSentence(tokens: Token[], i: number): boolean {
  if (!SENTENCE_END.has(tokens[i].text)) return false;
  const next = tokens[i + 1];
  if (next && ((next.word && !next.capitalised) || /^[,;:)\]]$/.test(next.text))) return false;
  let depth = 0;
  for (let k = 0; k < i; k++) depth += tokens[k].text === '(' ? 1 : tokens[k].text === ')' ? -1 : 0;
  return depth <= 0;
}

/** The paragraphs as the sentence splitter numbered them, each spanning its sentences. */
function paragraphSpans(sentences: Sentence[]): Span[] {
  const spans: Span[] = [];
  let current = -1;
  for (const s of sentences) {
    if (s.paragraph !== current || spans.length === 0) {
      spans.push({ start: s.start, end: s.end });
      current = s.paragraph;
    } else spans[spans.length - 1].end = s.end;
  }
  return spans;
}

/** Tokens of a span with the quoted stretches left out. */
function tokensOutside(text: string, span: Span, segments: QuotedSegment[]): Token[] {
  const tokens: Token[] = [];
  let from = span.start;
  for (const q of segments) {
    if (q.end <= span.start || q.start >= span.end) continue;
    if (q.start > from) tokens.push(...tokenize(text, { start: from, end: q.start }));
    from = Math.max(from, q.end);
  }
  if (from < span.end) tokens.push(...tokenize(text, { start: from, end: span.end }));
  return tokens;
}

/** Index of the last token ending a sentence, or -1. */
function lastSentenceEnd(tokens: Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (endsSentence(tokens, i)) return i;
  return -1;
}

function afterLastSentenceEnd(tokens: Token[]): Token[] {
  return tokens.slice(lastSentenceEnd(tokens) + 1);
}

/** The last sentence of a stretch of tokens, without its closing punctuation. */
function lastSentence(tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  return afterLastSentenceEnd(last && SENTENCE_END.has(last.text) ? tokens.slice(0, -1) : tokens);
}

function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function contextFor(
  text: string,
  segments: QuotedSegment[],
  index: number,
  paragraphs: Span[],
  found: QuoteContext['found'],
  isPerson: QuoteContext['isPerson'],
): QuoteContext {
  const segment = segments[index];
  const paragraph = paragraphs[segment.paragraph];
  const previous = segments[index - 1];
  const next = segments[index + 1];
  const from = previous && previous.paragraph === segment.paragraph ? previous.end : paragraph.start;
  const nextInParagraph = next && next.paragraph === segment.paragraph;
  const to = nextInParagraph ? next.start : paragraph.end;
  const lead = tokenize(text, { start: from, end: segment.start });
  const cut = lastSentenceEnd(lead);
  const before = lead.slice(cut + 1);
  const tail = tokenize(text, { start: segment.end, end: to });
  const stop = tail.findIndex((_, i) => endsSentence(tail, i));
  const after = stop < 0 ? tail : tail.slice(0, stop);
  let previousParagraphEnd: Token[] = [];
  let previousSentence = cut >= 0 ? lastSentence(lead.slice(0, cut + 1)) : [];
  if (lead.length === 0 && from === paragraph.start && segment.paragraph > 0) {
    const tokens = tokensOutside(text, paragraphs[segment.paragraph - 1], segments);
    const last = tokens[tokens.length - 1];
    previousParagraphEnd = last?.text === ':' ? afterLastSentenceEnd(tokens.slice(0, -1)).concat(last) : [];
    previousSentence = lastSentence(tokens);
  }
  return {
    segments,
    index,
    segment,
    before,
    after,
    afterReachesQuote: stop < 0 && Boolean(nextInParagraph),
    closesSentence: /[.…][^\p{L}\p{N}]*$/u.test(text.slice(segment.end - 3, segment.end)),
    closesClause: /[,.…?!:;\-–—][^\p{L}\p{N}]*$/u.test(text.slice(segment.end - 3, segment.end)),
    previousParagraphEnd,
    previousSentence,
    found,
    isPerson,
  };
}

function quotedWords(text: string, segment: Span): string[] {
  return text.slice(segment.start, segment.end).match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

function peopleOf(text: string, sentences: Sentence[], entities: ArticleEntities): People {
  const names = sentences.flatMap((s) => findPersonNames(tokenize(text, s)));
  return collectPeople(entities.profiles, entities.mentions, names);
}

interface Resolved {
  person: Person | null;
  speaker: string | null;
  span: Span | null;
}

/** The speaker an attribution names: the person behind its mention, or the one of the quotation it shares. */
function speakerOf(attribution: Attribution, resolved: (Resolved | null)[], discourse: Discourse): Resolved {
  const { mention, inherits } = attribution;
  if (inherits !== null) return resolved[inherits] ?? { person: null, speaker: null, span: null };
  if (!mention) return { person: null, speaker: null, span: null };
  const person = discourse.personFor(mention);
  const speaker = person?.name ?? (mention.kind === 'description' ? mention.text : null);
  return { person, speaker, span: { start: mention.start, end: mention.end } };
}

/** Every direct quotation of the article, one item per quoted segment, with its resolved speaker. */
export function extractQuotes(article: Article, sentences: Sentence[], entities: ArticleEntities): Quotation[] {
  const { text } = article;
  if (sentences.length === 0) return [];
  const paragraphs = paragraphSpans(sentences);
  const segments = findQuotedSegments(text, paragraphs);
  if (segments.length === 0) return [];
  const people = peopleOf(text, sentences, entities);
  const isPerson = (m: SpeakerMention) => m.kind === 'name' && looksLikePerson(people, m);
  const isOrganization = (m: SpeakerMention) => m.kind === 'name' && looksLikeOrganization(people, m);
  const outside = (s: number) => tokensOutside(text, sentences[s], segments);
  const subjects = new Map<number, SpeakerMention | null>();
  const view: SentenceView = {
    at: (offset) => sentenceIndexAt(sentences, offset),
    isBody: (s) => sentences[s].kind === 'body',
    organization: (s) => organizationSubject(outside(s), isOrganization),
    subject(s) {
      if (!subjects.has(s)) {
        const tokens = outside(s);
        // "The French defender believes Mourinho is ...": a description opening the clause is its subject
        subjects.set(s, descriptionSubject(tokens) ?? clauseSubject(tokens, isPerson, 12));
      }
      return subjects.get(s) ?? null;
    },
  };
  const discourse = createDiscourse(people, view);
  const found: QuoteContext['found'] = [];
  const resolved: (Resolved | null)[] = [];
  const quotes: Quotation[] = [];
  segments.forEach((segment, index) => {
    const ctx = contextFor(text, segments, index, paragraphs, found, isPerson);
    const match = attribute(ctx);
    found[index] = match?.attribution ?? null;
    resolved[index] = match ? speakerOf(match.attribution, resolved, discourse) : null;
    if (!match) return;
    const { person, speaker, span } = resolved[index] ?? { person: null, speaker: null, span: null };
    const candidate = {
      words: quotedWords(text, segment),
      single: segment.single,
      attribution: match.attribution,
      before: ctx.before,
      after: ctx.after,
      hasSpeaker: speaker !== null || span !== null,
    };
    if (rejection(candidate)) return;
    if (person) discourse.noteSpeaker(view.at(span?.start ?? segment.start), person);
    quotes.push({
      text: text.slice(segment.start, segment.end),
      start: segment.start,
      end: segment.end,
      speaker,
      speakerStart: span?.start ?? null,
      speakerEnd: span?.end ?? null,
      sentence: view.at(segment.start),
      rule: match.rule,
    });
  });
  return quotes;
}
