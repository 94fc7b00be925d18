import { normalisedAnswer } from '../refiners.js';
import { boundaryBetween, draft, novelty, unplaced, verbPositions } from './helpers.js';
import { restOfSentence } from './rest.js';
import { ROLE_RULES } from './role.js';
import type { AnswerRule, CandidateDraft } from './types.js';

/** Prepositions that give the means or manner a "how" question asks for: "by building", "with a hammer". */
const MEANS = /^(?:by|through|using|with)$/i;

/**
 * "What is X" for another name of an entity comes first (what the article calls it in full); then it reads
 * like "who is X" (an apposition or "X is a ..."); then a name of the kind asked for ("what
 * party"); otherwise the noun phrase on the side of the question's verb the gap is on; for "how", the means the
 * sentence names; the rest of the sentence last.
 */
export const WHAT_RULES: AnswerRule[] = [
  // "What is Daesh?" <- '"You can't defeat Daesh ...," he said, using another name to refer to the jihadist
  // Islamic State group': extraction joined the two names, and the answer is the entity's own name
  {
    id: 'what-alias',
    extract(question, sentence) {
      if (question.gap !== 'identity' || !question.subject) return [];
      const asked = normalisedAnswer(question.subject);
      const mention = sentence.names.find((n) => n.canonical !== null && normalisedAnswer(n.text) === asked);
      const canonical = mention?.canonical;
      if (!canonical || normalisedAnswer(canonical) === asked) return [];
      const full = sentence.names.find(
        (n) => n.canonical === canonical && n !== mention && normalisedAnswer(n.text) !== asked,
      );
      return [full ? draft('what-alias', full, 0.9, canonical) : unplaced('what-alias', sentence, 0.9, canonical)];
    },
  },
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
  // "What party does Ortega lead?" <- "Ortega, the leader of the Green Party, ..." (a name whose last word is
  // the noun the question asks about)
  {
    id: 'what-named-kind',
    extract(question, sentence) {
      const kinds = question.focus.filter((t) => t !== question.verb);
      if (kinds.length === 0) return [];
      return sentence.names.flatMap((n): CandidateDraft[] => {
        const head = sentence.words[n.last].term;
        if (!head || !kinds.includes(head) || n.inQuestion || n.first === n.last) return [];
        return novelty(sentence, n) > 0.3 ? [draft('what-named-kind', n, 0.7)] : [];
      });
    },
  },
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
  // "How will the students learn robotics?" <- "The students will learn robotics by building a rover."
  {
    id: 'how-means',
    extract(question, sentence) {
      if (question.rule !== 'how') return [];
      return sentence.words.flatMap((w, i): CandidateDraft[] => {
        if (!MEANS.test(w.raw) || sentence.inQuestion[i + 1]) return [];
        // what is done comes first, then the means: the question's words stand before it
        if (!sentence.anchors.some((a) => a < i)) return [];
        let last = i;
        while (last + 1 < sentence.words.length && !/[,;:.!?—]/.test(sentence.words[last].post)) last++;
        const phrase = sentence.phrase(i, last);
        return last > i && novelty(sentence, phrase) > 0.5 ? [draft('how-means', phrase, 0.5)] : [];
      });
    },
  },
  { id: 'what-rest', extract: (question, sentence) => restOfSentence('what-rest', question, sentence, 0.35) },
];
