import { termsOf } from '../../index/terms.js';
import type { Question } from '../question/types.js';
import { SPEECH_VERBS } from '../text/lexicon.js';
import { draft } from './helpers.js';
import type { ParsedSentence, QuoteMention } from './parse.js';
import { keyWordOf, subjectMentions } from './subject.js';
import type { AnswerRule, CandidateDraft } from './types.js';

function saidBySubject(speaker: string | null, key: string): boolean {
  return Boolean(speaker?.toLowerCase().split(/\s+/).includes(key));
}

/** Whether the article resolves the sentence's "he said" to the subject: a quote of it close before. */
function subjectSpokeJustBefore(sentence: ParsedSentence, key: string): boolean {
  const index = sentence.view.sentence.index;
  return sentence.view.doc.facts.quotes.some(
    (q) => q.sentence < index && index - q.sentence <= 1 && saidBySubject(q.speaker, key),
  );
}

/** Quoted words this short are a fragment of what was said ('could have "severe" consequences'). */
const MIN_QUOTE_WORDS = 4;
const SPEECH = new Set(SPEECH_VERBS);
/** How far before its verb of saying a speaker's name may stand ("Greenspan has warned that"). */
const MAX_SUBJECT_DISTANCE = 6;

/**
 * What a speaker said, from one quote: the quote itself, or for a fragment the reported clause around it, from
 * after the verb of saying to the end of its clause ('Greenspan has warned that allowing huge deficits to
 * continue could have "severe" consequences' -> 'allowing ... "severe" consequences'). `speakerAt`: where the
 * sentence names the speaker, when the quote is not attributed to them: the verb of a fragment's clause must
 * come after one of those (in 'Blair said he was "delighted", as did Kennedy', Blair said it, not Kennedy).
 */
function whatWasSaid(
  rule: string,
  sentence: ParsedSentence,
  quote: QuoteMention,
  strength: number,
  speakerAt?: number[],
): CandidateDraft[] {
  if (quote.words.split(/\s+/).length >= MIN_QUOTE_WORDS) return [draft(rule, quote, strength, quote.words)];
  let verb = quote.first - 1;
  while (verb >= 0 && !SPEECH.has(sentence.words[verb].raw.toLowerCase())) verb--;
  if (speakerAt && !speakerAt.some((at) => at < verb && verb - at <= MAX_SUBJECT_DISTANCE)) return [];
  const last = sentence.words.length - 1;
  if (verb < 0 || verb + 1 > last) return [draft(rule, quote, strength / 2, quote.words)];
  const first = sentence.words[verb + 1].raw.toLowerCase() === 'that' ? verb + 2 : verb + 1;
  let end = quote.last;
  while (end < last && !/[,;:]/.test(sentence.words[end].post)) end++;
  return [draft(rule, sentence.phrase(Math.min(first, quote.first), end), strength * 0.85)];
}

/** A quote that does not itself say the topic asked about keeps this share of its strength. */
const OFF_TOPIC = 0.85;

/**
 * Whether a quote's own words say one of the topic's terms ("what did Lavrov say about counterterrorism":
 * '"our efforts in counterterrorism"', not a quote in a sentence that says "counterterrorism" outside it).
 */
function saysAny(topic: string[], words: string): boolean {
  const said = new Set(termsOf(words));
  return topic.some((term) => said.has(term));
}

/**
 * The drafts of `whatWasSaid`, weaker when the quote's words do not say the topic asked about, and none when
 * its sentence does not either ("what did Kerry say about Iran" where no sentence of his speaks of Iran).
 */
function onTopic(question: Question, sentence: ParsedSentence, drafts: CandidateDraft[]): CandidateDraft[] {
  if (!question.topic) return drafts;
  const topic = termsOf(question.topic);
  if (topic.length > 0 && !topic.some((t) => sentence.ranked.matched.has(t))) return [];
  return drafts.map((d) => (saysAny(topic, d.text) ? d : { ...d, strength: d.strength * OFF_TOPIC }));
}

/**
 * The quotes extraction attributed to the speaker come first; without attribution, quoted words in a
 * sentence that names the speaker; any quote of a matching sentence last (its speaker may be "he").
 */
export const QUOTE_RULES: AnswerRule[] = [
  // "What did Lavrov say about terrorist groups?" <- '"ISIL ... are common threats ...," he said' (he = Lavrov)
  {
    id: 'quote-attributed',
    extract(question, sentence) {
      const key = question.subject ? keyWordOf(question.subject) : '';
      return sentence.quotes
        .filter((q) => saidBySubject(q.speaker, key))
        .flatMap((q) => onTopic(question, sentence, whatWasSaid('quote-attributed', sentence, q, 0.95)));
    },
  },
  // '"We support the idea ...," Lavrov said.' with no attribution from extraction
  {
    id: 'quote-speaker-named',
    extract(question, sentence) {
      const unattributed = sentence.quotes.filter((q) => q.speaker === null);
      // quotes first: finding the speaker's name needs the tagger
      if (unattributed.length === 0) return [];
      const mentions = subjectMentions(question, sentence);
      if (mentions.length === 0) return [];
      const speakerAt = mentions.map((m) => m.last);
      return unattributed.flatMap((q) =>
        onTopic(question, sentence, whatWasSaid('quote-speaker-named', sentence, q, 0.7, speakerAt)),
      );
    },
  },
  // '"And I'm pleased to say he took that under advisement," he said.' right after a quote of the speaker
  {
    id: 'quote-continued',
    extract(question, sentence) {
      const key = question.subject ? keyWordOf(question.subject) : '';
      if (!key || !subjectSpokeJustBefore(sentence, key)) return [];
      return sentence.quotes
        .filter((q) => q.speaker === null)
        .flatMap((q) => onTopic(question, sentence, whatWasSaid('quote-continued', sentence, q, 0.5)));
    },
  },
];
