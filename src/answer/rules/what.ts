import { normalisedAnswer } from '../refiners.js';
import { termsOf } from '../../index/terms.js';
import type { TaggedWord } from '../text/tagged.js';
import { boundaryBetween, draft, novelty, trimPhrase, unplaced, verbPositions } from './helpers.js';
import { followingAnnouncement, restOfSentence } from './rest.js';
import { ROLE_RULES } from './role.js';
import type { AnswerRule, CandidateDraft } from './types.js';

/** Prepositions that give the means or manner a "how" question asks for: "by building", "with a hammer". */
const MEANS = /^(?:by|through|using|with)$/i;

/** Verbs of "how did X describe Y", as index terms. */
const DESCRIBING = new Set(['describe', 'call', 'characterize', 'characterise'].flatMap((w) => termsOf(w)));
const isDescribing = (w: TaggedWord): boolean => w.term !== null && DESCRIBING.has(w.term);
const COPULA = /^(?:is|was|are|were)$/i;
/** Words after a noun that give its name: "was known as", "is called", ", named". */
const NAMING = /^,?\s*(?:(?:is|was|are|were|be|been)\s+)?(?:known as|called|named)\s+/i;
const STANDS_FOR_IT = /^(?:it|this|that|they|these)$/i;

/**
 * "What is X" for another name of an entity comes first (what the article calls it in full); then it reads
 * like "who is X" (an apposition or "X is a ..."); then a name of the kind asked for ("what
 * party"); otherwise the noun phrase on the side of the question's verb the gap is on; for "how did X describe
 * Y", what Y is said to be, then for "how", the means the sentence names; the sentence after an announcement
 * ("two options") before the rest of the sentence, which comes last.
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
  // "What team did Ana play for?" <- "Her team was known as the Harbour Hawks." (the noun asked about, then
  // the words that give its name; a name given outright: stronger than one that merely ends in the noun, weaker
  // than a stated alias)
  {
    id: 'what-kind-called',
    extract(question, sentence) {
      const kinds = question.focus.filter((t) => t !== question.verb);
      if (kinds.length === 0) return [];
      const { words } = sentence;
      return words.flatMap((w, i): CandidateDraft[] => {
        if (!w.term || !kinds.includes(w.term) || i + 1 >= words.length) return [];
        const naming = NAMING.exec(sentence.phrase(i + 1, Math.min(i + 4, words.length - 1)).text);
        if (!naming) return [];
        const after = sentence.wordsOf(words[i + 1].start + naming[0].length, Number.POSITIVE_INFINITY);
        const name = after && sentence.names.find((n) => n.first === after.first || n.first === after.first + 1);
        return name && !name.inQuestion ? [draft('what-kind-called', name, 0.8)] : [];
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
  // "How did the mayor describe the festival?" <- '"It was the best festival in years," the mayor said.'; "...
  // described the festival as a triumph"
  {
    id: 'how-described',
    extract(question, sentence) {
      if (question.rule !== 'how' || !question.verb || !DESCRIBING.has(question.verb)) return [];
      const { words } = sentence;
      return words.flatMap((w, i): CandidateDraft[] => {
        const before = words[i - 1];
        if (!before || i + 1 >= words.length) return [];
        // the thing described, or a pronoun for it, then "is": what follows is how it is described
        const copula = COPULA.test(w.raw) && (sentence.inQuestion[i - 1] || STANDS_FOR_IT.test(before.raw));
        const as = w.raw.toLowerCase() === 'as' && words.slice(Math.max(0, i - 4), i).some(isDescribing);
        if (!copula && !as) return [];
        let last = i + 1;
        while (last + 1 < words.length && !/[,;:.!?—"”]/.test(words[last].post)) last++;
        const phrase = trimPhrase(sentence, sentence.phrase(i + 1, last), (k) => words[k].term === null);
        return phrase && novelty(sentence, phrase) > 0.5 ? [draft('how-described', phrase, 0.7)] : [];
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
  // "How can the town stop the flood?" <- "Engineers say it has two options." "It can raise the dike, or...
  followingAnnouncement('what-announced', 0.6),
  { id: 'what-rest', extract: (question, sentence) => restOfSentence('what-rest', question, sentence, 0.35) },
];
