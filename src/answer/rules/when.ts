import type { Phrase } from '../text/phrases.js';
import { distanceToAnchors, draft, novelty, trimPhrase, verbPositions } from './helpers.js';
import type { ParsedSentence } from './parse.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const CLAUSE_OPENERS = /^(?:when|after|before|until|while|since|once)$/i;
/** A phrase that names its time ("1963", "March", "Friday"), not one that only points at it ("the year"). */
const NAMES_A_TIME =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|tonight)/i;
const VAGUE = /\b(?:now|soon|recently|currently|a few|several|some)\b/i;

function insideQuote(sentence: ParsedSentence, phrase: Phrase): boolean {
  return sentence.quotes.some((q) => q.start <= phrase.start && phrase.end <= q.end);
}

/**
 * A time phrase of the sentence first: extraction's, with a calendar value, then the fallback phrases; a
 * clause ("after he slipped in the shower") only when the sentence has no time phrase the question lacks.
 */
export const WHEN_RULES: AnswerRule[] = [
  // "When is the New York meeting?" <- "...a meeting ... this Friday, Dec 18"
  {
    id: 'when-time-phrase',
    extract(question, sentence) {
      const verbs = verbPositions(question, sentence);
      return sentence.times.flatMap((t): CandidateDraft[] => {
        if (novelty(sentence, t) === 0 && t.value === null) return [];
        if (question.words.some((w) => w.raw.toLowerCase() === t.text.toLowerCase())) return [];
        const nearVerb = verbs.some((v) => Math.abs(v - t.first) <= 6 || Math.abs(v - t.last) <= 6) ? 1 : 0.85;
        // explicit and dated beats resolved against an inferred date beats unresolved beats vague ("soon")
        // a range ("from 1929 to 1937") says more than either end
        const explicit =
          t.source === 'range'
            ? 1.1
            : VAGUE.test(t.text)
              ? 0.6
              : t.value && NAMES_A_TIME.test(t.text)
                ? t.inferred
                  ? 0.95
                  : 1
                : 0.85;
        // the narration's dates answer "when" more often than those inside a quote
        const narrated = insideQuote(sentence, t) ? 0.8 : 1;
        const near = 1 / (1 + distanceToAnchors(sentence, t) / 15);
        const strength = 0.85 * nearVerb * explicit * narrated * (Number.isFinite(near) ? near : 0.6);
        const candidate = draft('when-time-phrase', t, strength);
        return [t.value ? { ...candidate, value: t.value, inferred: t.inferred } : candidate];
      });
    },
  },
  // "When did Tyrell find the lump?" <- "...after he slipped in the shower."
  {
    id: 'when-clause',
    extract(_question, sentence) {
      if (sentence.times.some((t) => novelty(sentence, t) > 0)) return [];
      return sentence.words.flatMap((w, i): CandidateDraft[] => {
        // "As he left the arena, ..." opens the sentence; "when" and the rest may stand anywhere
        const opener = CLAUSE_OPENERS.test(w.raw) ? i > 0 || /,/.test(sentence.text) : i === 0 && /^as$/i.test(w.raw);
        if (!opener) return [];
        let last = i;
        while (last + 1 < sentence.words.length && !/[,;:.!?]/.test(sentence.words[last].post)) last++;
        const phrase = trimPhrase(sentence, sentence.phrase(i, last), (k) =>
          /^(?:and|but|or)$/i.test(sentence.words[k].raw),
        );
        const short = phrase && phrase.last - phrase.first <= 4;
        return phrase && (short || novelty(sentence, phrase) > 0.5) ? [draft('when-clause', phrase, 0.3)] : [];
      });
    },
  },
];
