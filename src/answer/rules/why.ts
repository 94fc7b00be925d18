import { termsOf } from '../../index/terms.js';
import { draft, novelty, trimPhrase, verbPositions } from './helpers.js';
import type { ParsedSentence } from './parse.js';
import { followingRestatement, restOfSentence } from './rest.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const REASON_OPENERS = /^(?:because|since|so|as|due|thanks|owing|after)$/i;
const SECOND_WORD = /^(?:to|of|that)$/i;

/** Verbs whose subject brings about what follows them: "concerns have forced the government to ...". */
const CAUSE_TERMS = new Set(
  'force cause lead leave prompt trigger spark make drive push allow enable'.split(' ').flatMap((w) => termsOf(w)),
);

/** A sentence opening that makes it the result of the sentence before: "It means...", "That is why...", "So...". */
const POINTS_BACK =
  /^\W*(?:(?:it|this|that) (?:means|meant)|(?:that|this)(?:'s| is| was) why|as a result|because of (?:this|that)|for (?:this|that) reason|so|therefore|thus|consequently)\b/i;
/** A sentence matching this much of the question restates it. */
const RESTATES = 0.6;

/** Whether only auxiliaries and adverbs stand between two word positions ("concerns have recently forced"). */
function onlyAuxiliariesBetween(sentence: ParsedSentence, from: number, to: number): boolean {
  return sentence.words
    .slice(from + 1, to)
    .every((w) => ['Auxiliary', 'Modal', 'Adverb', 'Negative'].some((t) => w.tags.has(t)));
}

/** From word `from` to the end of its clause (a comma does not end it: reasons run on). */
function toClauseEnd(sentence: ParsedSentence, from: number): { first: number; last: number } {
  let last = from;
  while (last + 1 < sentence.words.length && !/[;:.!?—]/.test(sentence.words[last].post)) last++;
  return { first: from, last };
}

/**
 * An explicit reason ("because ...", "due to ...") first, then the reasons English marks less plainly ("for
 * doing ...", what follows a dash after the event, a cause as the subject of "forced", "led"), then a purpose
 * ("to ..." after the verb); then the reasons another sentence gives (the one before "It means...", the one
 * after a restatement), then whatever the sentence says beyond the question.
 */
export const WHY_RULES: AnswerRule[] = [
  // "Why did the school open a club?" <- "...opened a club because it needed money."
  {
    id: 'why-because',
    extract(_question, sentence) {
      return sentence.words.flatMap((w, i): CandidateDraft[] => {
        if (!REASON_OPENERS.test(w.raw)) return [];
        const lower = w.raw.toLowerCase();
        const needsSecond = lower === 'due' || lower === 'thanks' || lower === 'owing' || lower === 'so';
        if (needsSecond && !SECOND_WORD.test(sentence.words[i + 1]?.raw ?? '')) {
          if (lower !== 'so') return [];
        }
        const next = sentence.words[i + 1];
        if ((lower === 'as' || lower === 'since' || lower === 'after') && next?.tags.has('Value')) return [];
        // "described the crossing as calm": "as" before a description, not a clause
        if (lower === 'as' && (!next || next.tags.has('Adjective') || next.tags.has('Adverb'))) return [];
        const span = toClauseEnd(sentence, i);
        const phrase = sentence.phrase(span.first, span.last);
        const plain = lower === 'because' || lower === 'due';
        // a weaker marker ("after", "as", "so") whose clause holds most of the question's words tells when or
        // how the event happened, not why: the event it would explain must be stated outside it
        const inside = sentence.anchors.filter((a) => a >= span.first && a <= span.last).length;
        if (!plain && inside > sentence.anchors.length - inside) return [];
        const strength = plain ? 0.85 : 0.6;
        return novelty(sentence, phrase) > 0.3 ? [draft('why-because', phrase, strength)] : [];
      });
    },
  },
  // "Why was he sentenced?" <- "He was sentenced to four months of house arrest for growing marijuana."
  {
    id: 'why-for-doing',
    extract(_question, sentence) {
      return sentence.words.flatMap((w, i): CandidateDraft[] => {
        const next = sentence.words[i + 1];
        if (w.raw.toLowerCase() !== 'for' || !next?.tags.has('Gerund') || sentence.inQuestion[i + 1]) return [];
        // what is done for the reason comes first: the question's words stand before it
        if (!sentence.anchors.some((a) => a < i)) return [];
        const span = toClauseEnd(sentence, i);
        const phrase = sentence.phrase(span.first, span.last);
        return novelty(sentence, phrase) > 0.3 ? [draft('why-for-doing', phrase, 0.7)] : [];
      });
    },
  },
  // "Why will farmers have to wait?" <- "Farmers will have to wait -- the fields are still under water."
  {
    id: 'why-after-break',
    extract(_question, sentence) {
      const { words, anchors } = sentence;
      const at = words.findIndex((w, i) => i + 1 < words.length && /—|--|\s-\s|:/.test(w.post));
      // the event stands before the dash, all of what the question says of it
      if (at < 0 || anchors.length === 0 || anchors.some((a) => a > at)) return [];
      // "stop the protests -- or they will be expelled": a condition or a further event, not the reason
      if (/^(?:or|and|but|unless|if|which|who|when|then)$/i.test(words[at + 1].raw)) return [];
      const span = toClauseEnd(sentence, at + 1);
      const phrase = sentence.phrase(span.first, span.last);
      return novelty(sentence, phrase) > 0.5 ? [draft('why-after-break', phrase, 0.6)] : [];
    },
  },
  // "Why did the government place limits?" <- "Environmental concerns have forced the government to place limits."
  {
    id: 'why-cause-subject',
    extract(_question, sentence) {
      return sentence.words.flatMap((w, i): CandidateDraft[] => {
        if (!w.term || !CAUSE_TERMS.has(w.term) || !w.tags.has('Verb') || sentence.inQuestion[i]) return [];
        // "their schedule for leaving the dike": a gerund has no subject of its own
        if (w.tags.has('Gerund')) return [];
        // the effect, after the verb, is what the question asks about
        if (!sentence.anchors.some((a) => a > i)) return [];
        // the cause is the verb's subject: only auxiliaries and adverbs between them ("concerns have long forced")
        const cause = sentence.nounPhrases
          .filter((p) => p.last < i && i - p.last <= 3 && onlyAuxiliariesBetween(sentence, p.last, i))
          .pop();
        return cause && novelty(sentence, cause) > 0.5 ? [draft('why-cause-subject', cause, 0.7)] : [];
      });
    },
  },
  // "Why did they travel to Ottawa?" <- "They travelled to Ottawa to meet the minister."
  {
    id: 'why-purpose',
    extract(question, sentence) {
      const verbs = verbPositions(question, sentence);
      return sentence.words.flatMap((w, i): CandidateDraft[] => {
        const next = sentence.words[i + 1];
        // "to meet the minister", not "opposed to gun control" (the question's own words)
        if (w.raw.toLowerCase() !== 'to' || !next?.tags.has('Infinitive') || sentence.inQuestion[i + 1]) return [];
        if (verbs.length && !verbs.some((v) => v < i)) return [];
        const span = toClauseEnd(sentence, i);
        const phrase = trimPhrase(sentence, sentence.phrase(span.first, span.last), () => false);
        return phrase && novelty(sentence, phrase) > 0.3 ? [draft('why-purpose', phrase, 0.6)] : [];
      });
    },
  },
  // "Why must the council close the road?" <- "Heavy snow fell all winter." (before "It means the council must
  // close the road.")
  {
    id: 'why-sentence-before',
    extract(_question, sentence) {
      const { ranked } = sentence;
      const before = ranked.previous;
      if (!before || ranked.coverage < RESTATES || !POINTS_BACK.test(sentence.text)) return [];
      const { start, end } = before.view.sentence;
      return [
        {
          rule: 'why-sentence-before',
          text: before.view.text,
          start,
          end,
          strength: 0.7,
          via: ranked,
          sentence: before,
        },
      ];
    },
  },
  // "...opposed to gun control for another reason." <- "They believe people should decide for themselves."
  followingRestatement('why-next-sentence', 0.6),
  // whatever the sentence adds to the question
  { id: 'why-rest', extract: (question, sentence) => restOfSentence('why-rest', question, sentence, 0.3) },
];
