import { boundaryBetween, draft, novelty, verbPositions } from './helpers.js';
import { restOfSentence } from './rest.js';
import { ROLE_RULES } from './role.js';
import type { AnswerRule, CandidateDraft } from './types.js';

/**
 * "What is X" reads like "who is X" (an apposition or "X is a ..."); otherwise the noun phrase on the side of
 * the question's verb the gap is on; the rest of the sentence last.
 */
export const WHAT_RULES: AnswerRule[] = [
  // "What is a mosasaur?" <- "Mosasaurs, giant sea lizards, ..."
  ...ROLE_RULES.filter((r) => r.id !== 'role-profile').map((rule): AnswerRule => ({
    id: rule.id.replace(/^role-/, 'what-is-'),
    extract: (question, sentence) =>
      question.gap === 'identity'
        ? rule
            .extract(question, sentence)
            .map((c) => ({ ...c, rule: rule.id.replace(/^role-/, 'what-is-'), strength: c.strength * 0.9 }))
        : [],
  })),
  // "What did McFarlane buy?" <- "McFarlane bought Mark McGwire's 70th home run ball."
  {
    id: 'what-object',
    extract(question, sentence) {
      if (question.gap !== 'object') return [];
      return verbPositions(question, sentence).flatMap((v): CandidateDraft[] => {
        const phrase = sentence.nounPhrases.find(
          (p) =>
            p.first > v && p.first - v <= 3 && novelty(sentence, p) > 0.5 && !boundaryBetween(sentence, v, p.first),
        );
        return phrase ? [draft('what-object', phrase, 0.6)] : [];
      });
    },
  },
  // "What destroyed the town?" <- "A tornado destroyed the town."
  {
    id: 'what-subject',
    extract(question, sentence) {
      if (question.gap !== 'subject') return [];
      return verbPositions(question, sentence).flatMap((v): CandidateDraft[] => {
        const phrase = sentence.nounPhrases
          .filter(
            (p) => p.last < v && v - p.last <= 3 && novelty(sentence, p) > 0.5 && !boundaryBetween(sentence, p.last, v),
          )
          .pop();
        return phrase ? [draft('what-subject', phrase, 0.55)] : [];
      });
    },
  },
  { id: 'what-rest', extract: (question, sentence) => restOfSentence('what-rest', question, sentence, 0.35) },
];
