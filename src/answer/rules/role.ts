import { ROLE_WORDS } from '../text/lexicon.js';
import type { TaggedWord } from '../text/tagged.js';
import { draft } from './helpers.js';
import type { ParsedSentence } from './parse.js';
import { keyWordOf, nameWordsOf, subjectMentions } from './subject.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const MAX_ROLE_WORDS = 12;

/** Words that may stand in a title before a name: "Russian Foreign Minister", "rebel Kurdish leader". */
const isTitleWord = (w: TaggedWord): boolean =>
  ROLE_WORDS.has(w.raw.toLowerCase()) ||
  ((w.tags.has('Noun') || w.tags.has('Adjective') || w.tags.has('ProperNoun') || w.tags.has('Acronym')) &&
    !w.tags.has('Person') &&
    !w.tags.has('Pronoun') &&
    !w.tags.has('Date') &&
    !w.tags.has('Verb'));
/** A first name or initial left of the mention ("Sergei" when the question says just "Lavrov"). */
const isForename = (w: TaggedWord): boolean =>
  !ROLE_WORDS.has(w.raw.toLowerCase()) && (w.tags.has('FirstName') || /^\p{Lu}\.$/u.test(w.raw));

/** The description after a word: up to the next comma, dash or full stop, and never past a verb clause. */
function descriptionAfter(sentence: ParsedSentence, from: number): { first: number; last: number } | null {
  const { words } = sentence;
  // "... than it is." ends where a description would start
  if (from >= words.length) return null;
  let last = from;
  while (
    last + 1 < words.length &&
    last - from < MAX_ROLE_WORDS &&
    !/[,;:.!?()—–"“”]|\s-\s/.test(words[last].post) &&
    !(words[last + 1].tags.has('Verb') && !words[last + 1].tags.has('Noun')) &&
    !/^(?:who|which|that)$/i.test(words[last + 1].raw)
  )
    last++;
  while (last > from && !(words[last].tags.has('Noun') || words[last].tags.has('ProperNoun'))) last--;
  return words[last].tags.has('Noun') || words[last].tags.has('ProperNoun') ? { first: from, last } : null;
}

/**
 * For "who is X": the roles extraction gathered first, then what the sentence itself says, in order of how
 * reliably the pattern gives a role: a title right before the name, an apposition after it, then "X is a ...".
 */
export const ROLE_RULES: AnswerRule[] = [
  // "Russian Foreign Minister Sergei Lavrov" (a role extraction recorded in the entity's profile)
  {
    id: 'role-profile',
    extract(question, sentence) {
      if (!question.subject) return [];
      const key = keyWordOf(question.subject);
      const profile = sentence.view.doc.facts.profiles.find((p) => nameWordsOf(p.canonical).includes(key));
      const role = profile?.roles[0];
      if (!role) return [];
      const at = sentence.text.toLowerCase().indexOf(role.toLowerCase());
      if (at < 0) return [];
      const span = sentence.wordsOf(sentence.offset + at, sentence.offset + at + role.length);
      if (!span) return [];
      // "chairman" as the profile has it, "chairman of Mexico's archeology council" as the sentence goes on
      const attached = /^(?:of|with|at|for)$/i.test(sentence.words[span.last + 1]?.raw ?? '');
      const longer = attached ? descriptionAfter(sentence, span.first) : null;
      const phrase = sentence.phrase(span.first, longer && longer.last > span.last ? longer.last : span.last);
      return [draft('role-profile', phrase, 0.95)];
    },
  },
  // "State Department spokesman John Kirby predicted..." -> "State Department spokesman"
  {
    id: 'role-title-before-name',
    extract(question, sentence) {
      return subjectMentions(question, sentence).flatMap((mention): CandidateDraft[] => {
        let end = mention.first;
        while (end > 0 && isForename(sentence.words[end - 1]) && !/[,;:]/.test(sentence.words[end - 1].post)) end--;
        let first = end;
        // "Quebec Federation of Nurses Vice-President": "of" between title words, never at the title's end
        const ofInside = (i: number): boolean =>
          sentence.words[i].raw === 'of' && i > 0 && isTitleWord(sentence.words[i - 1]) && first < end;
        while (
          first > 0 &&
          end - first < MAX_ROLE_WORDS &&
          // "the 17-nation group": a word hyphenated to the title is part of it
          (isTitleWord(sentence.words[first - 1]) || ofInside(first - 1) || sentence.words[first - 1].post === '-') &&
          !/[,;:.!?()"“”]/.test(sentence.words[first - 1].post)
        )
          first--;
        if (first === end) return [];
        return [draft('role-title-before-name', sentence.phrase(first, end - 1), 0.85)];
      });
    },
  },
  // "John Kirby, a State Department spokesman, said..." -> "a State Department spokesman"
  {
    id: 'role-apposition',
    extract(question, sentence) {
      return subjectMentions(question, sentence).flatMap((mention): CandidateDraft[] => {
        if (!/^\s*,/.test(sentence.words[mention.last].post)) return [];
        const opening = sentence.words[mention.last + 1];
        // "John Kirby, a spokesman" or "Ocalan, rebel leader", not a list of names ("Lavrov, Kerry")
        const describes =
          opening &&
          (opening.tags.has('Determiner') ||
            !/^\p{Lu}/u.test(opening.raw) ||
            ROLE_WORDS.has(opening.raw.toLowerCase()));
        const span = describes ? descriptionAfter(sentence, mention.last + 1) : null;
        return span ? [draft('role-apposition', sentence.phrase(span.first, span.last), 0.8)] : [];
      });
    },
  },
  // "says Maude Barlow of the Council of Canadians." -> "of the Council of Canadians"
  {
    id: 'role-affiliation',
    extract(question, sentence) {
      return subjectMentions(question, sentence).flatMap((mention): CandidateDraft[] => {
        const of = sentence.words[mention.last + 1];
        if (!of || !/^(?:of|from)$/i.test(of.raw) || /[,;:]/.test(sentence.words[mention.last].post)) return [];
        const span = descriptionAfter(sentence, mention.last + 1);
        return span && span.last > span.first
          ? [draft('role-affiliation', sentence.phrase(span.first, span.last), 0.6)]
          : [];
      });
    },
  },
  // "Owen Hart was a wrestler based in Calgary." -> "a wrestler"
  {
    id: 'role-copula',
    extract(question, sentence) {
      return subjectMentions(question, sentence).flatMap((mention): CandidateDraft[] => {
        const verb = sentence.words[mention.last + 1];
        if (!verb || !/^(?:is|was|are|were|'s|remains|remain|became|become|becomes)$/i.test(verb.raw)) return [];
        const span = descriptionAfter(sentence, mention.last + 2);
        return span ? [draft('role-copula', sentence.phrase(span.first, span.last), 0.7)] : [];
      });
    },
  },
];
