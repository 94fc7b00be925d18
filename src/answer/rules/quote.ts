import { draft } from './helpers.js';
import type { ParsedSentence } from './parse.js';
import { keyWordOf, subjectMentions } from './subject.js';
import type { AnswerRule } from './types.js';

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
        .map((q) => draft('quote-attributed', q, 0.95, q.words));
    },
  },
  // '"We support the idea ...," Lavrov said.' with no attribution from extraction
  {
    id: 'quote-speaker-named',
    extract(question, sentence) {
      const unattributed = sentence.quotes.filter((q) => q.speaker === null);
      // quotes first: finding the speaker's name needs the tagger
      if (unattributed.length === 0 || subjectMentions(question, sentence).length === 0) return [];
      return unattributed.map((q) => draft('quote-speaker-named', q, 0.7, q.words));
    },
  },
  // '"And I'm pleased to say he took that under advisement," he said.' right after a quote of the speaker
  {
    id: 'quote-continued',
    extract(question, sentence) {
      const key = question.subject ? keyWordOf(question.subject) : '';
      if (!key || !subjectSpokeJustBefore(sentence, key)) return [];
      return sentence.quotes.filter((q) => q.speaker === null).map((q) => draft('quote-continued', q, 0.5, q.words));
    },
  },
];
