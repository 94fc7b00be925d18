import { draft, novelty, proximity, verbPositions } from './helpers.js';
import type { Question } from '../question/types.js';
import type { Phrase } from '../text/phrases.js';
import type { NameMention, ParsedSentence } from './parse.js';
import { subjectMentions } from './subject.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const PLACE_PREPOSITIONS = /^(?:in|at|near|from|to|into|outside|inside|across|throughout|around|toward|towards|via)$/i;

/** The one-word prepositions before a common noun phrase that is a place ("in the choir room"). */
const PHRASE_PREPOSITIONS = /^(?:in|at|inside|into|near|outside|on)$/i;

/**
 * Nouns that make idioms, not places, after a preposition: "in hopes of", "in response to", "on behalf of",
 * and the news writer's "in a bid to", "in a move to", "in a stark reminder of".
 */
const IDIOM_NOUNS =
  /^(?:hopes?|order|addition|response|favou?r|fact|spite|charge|case|terms|light|honou?r|memory|support|protest|turn|effect|behalf|time|part|touch|contact|control|danger|trouble|need|average|total|general|particular|advance|return|exchange|bid|move|effort|attempt|reminder|sign|display|blow|twist|step|boost|setback|reversal)$/i;

/**
 * Prepositions of several words, ending right before the place: "in front of the school board building",
 * "next to the arena", "on top of the hill". The tagger reads their first words as adjectives, so a phrase
 * after them looks as if it followed "of" or "to" alone.
 */
const COMPOUND_PREPOSITIONS = [
  'in front of',
  'next to',
  'close to',
  'on top of',
  'across from',
  'outside of',
  'in the middle of',
  'at the foot of',
  'on the edge of',
  'on the outskirts of',
].map((p) => p.split(' '));

/**
 * Whether the words right before position `first` are a place preposition: a compound one, else one word
 * that `single` accepts (the article between does not matter for names: "in the Balkans").
 */
function afterPlacePreposition(sentence: ParsedSentence, first: number, single: RegExp): boolean {
  const lower = (i: number): string => sentence.words[i]?.raw.toLowerCase() ?? '';
  const compound = COMPOUND_PREPOSITIONS.some((words) => words.every((w, k) => lower(first - words.length + k) === w));
  return compound || single.test(sentence.words[first - 1]?.raw ?? '');
}

/** "Liverpool, Nova Scotia": a place name followed by the region it lies in. */
function withRegion(sentence: ParsedSentence, name: NameMention): { first: number; last: number } {
  const next = sentence.names.find((n) => n.first === name.last + 1);
  const regionFollows =
    next && /^,\s*$/.test(sentence.words[name.last].post) && (next.type === 'place' || next.type === null);
  return regionFollows ? { first: name.first, last: next.last } : { first: name.first, last: name.last };
}

/**
 * A place name used as a modifier: "US Secretary of State", "Washington's concern", "American state"; with
 * the region after it too ("Calgary, Alberta parents").
 */
function isAttributive(sentence: ParsedSentence, name: NameMention): boolean {
  const { last } = withRegion(sentence, name);
  const next = sentence.words[last + 1];
  const possessive = /['’]s$/.test(sentence.words[last].raw);
  const close = next !== undefined && /^\s*$/.test(sentence.words[last].post);
  // "US Secretary of State", "the American state of Minnesota"
  // "Ottawa Thursday" is a place and then a time, not a modifier
  const joined =
    close &&
    !next.tags.has('Date') &&
    (/^\p{Lu}/u.test(next.raw) || (next.tags.has('Noun') && !next.tags.has('Pronoun')));
  return possessive || joined;
}

/** "MOSCOW (AFP) -" or "OTTAWA, Jan. 8 (Reuters) -": the place a story is filed from opens its first line. */
const DATELINE =
  /^([A-Z][A-Z .'-]{2,}?)(?:,[^(\n]{0,30})?\s*\((?:AFP|AP|Reuters|CP|UPI|Xinhua|dpa|Bloomberg)\)\s*[-–—]/;

/** "from Babe Ruth": a name with a first name in it is a person's, whatever its type says. */
function isPersonLike(sentence: ParsedSentence, name: NameMention): boolean {
  return sentence.words.slice(name.first, name.last + 1).some((w) => w.tags.has('FirstName') || w.tags.has('Person'));
}

/**
 * A place name as the subject of a verb stands for its government or its people, not for a location:
 * "Washington is relying on the Kremlin", "Moscow said".
 */
function actsAsSubject(sentence: ParsedSentence, name: NameMention): boolean {
  const next = sentence.words[name.last + 1];
  const verb = next !== undefined && next.tags.has('Verb') && !/[,;:—–()]/.test(sentence.words[name.last].post);
  // bare, opening its clause: "northeastern Quebec belong to them" is still a place
  const before = sentence.words[name.first - 1];
  const opens =
    before === undefined || /[,;:—–(]/.test(before.post) || /^(?:and|but|or|that|while|as)$/i.test(before.raw);
  return verb && opens;
}

/** A lone nationality word is not a place ("the American state of Minnesota" is, "American" is not). */
function isDemonym(sentence: ParsedSentence, name: NameMention): boolean {
  return name.first === name.last && sentence.words[name.first].tags.has('Demonym');
}

/** How near a mention of X a name must stand to say where X is, for "where is X" (in words). */
const SUBJECT_REACH = 12;

/**
 * For "where is X": whether a name stands near enough a mention of X to locate it. "Where is the Kremlin" is not
 * answered by "in New York" at the other end of '"...convening in New York..." Lavrov said after talks at the
 * Kremlin'. X is the subject's words before any preposition ("the only unionized McDonald's in North America"
 * is the McDonald's). Any name will do for other questions.
 */
function nearSubjectOf(question: Question, sentence: ParsedSentence): (p: Phrase) => boolean {
  const head = question.subject?.split(/\s+(?:in|on|at|of|near|for|from|with)\s+/i)[0];
  if (!head || question.verb !== null) return () => true;
  const mentions = subjectMentions({ ...question, subject: head }, sentence);
  // "It is in Squamish": a pronoun may stand for X; a sentence that neither names X nor has one locates
  // something else
  if (mentions.length === 0) {
    const pronoun = sentence.words.some((w) => /^(?:it|they|he|she|its|their)$/i.test(w.raw));
    return () => pronoun;
  }
  return (p) =>
    mentions.some((m) => Math.abs(p.first - m.last) <= SUBJECT_REACH && Math.abs(m.first - p.last) <= SUBJECT_REACH);
}

/**
 * A name after a place preposition is the surest place ("in Moscow"), then any name tagged a place, then a
 * common noun phrase after a preposition ("in the choir room") for places without a name.
 */
export const WHERE_RULES: AnswerRule[] = [
  // "Where did Kerry meet Putin?" <- "MOSCOW (AFP) - ... after President Vladimir Putin received ... Kerry."
  {
    id: 'where-dateline',
    extract(_question, sentence) {
      const match = DATELINE.exec(sentence.text);
      if (!match) return [];
      const span = sentence.wordsOf(sentence.offset, sentence.offset + match[1].trimEnd().length);
      return span ? [draft('where-dateline', sentence.phrase(span.first, span.last), 0.75)] : [];
    },
  },
  // "Where is the school?" <- "A middle school in Liverpool, Nova Scotia is pumping up..."
  {
    id: 'where-subject-in',
    extract(question, sentence) {
      return subjectMentions(question, sentence).flatMap((mention): CandidateDraft[] => {
        const at = sentence.words[mention.last + 1];
        const comma = /^,\s*$/.test(sentence.words[mention.last].post);
        if (!at || !(comma || /^(?:in|at|near|outside|on)$/i.test(at.raw))) return [];
        const name = sentence.names.find((n) => n.first === mention.last + (comma ? 1 : 2));
        if (!name || name.type === 'person' || name.inQuestion || isDemonym(sentence, name)) return [];
        const span = withRegion(sentence, name);
        return [draft('where-subject-in', sentence.phrase(span.first, span.last), comma ? 0.8 : 0.95)];
      });
    },
  },
  // "Where did Kerry meet Putin?" <- "...talks in Moscow..."
  {
    id: 'where-preposition-name',
    extract(question, sentence) {
      const nearSubject = nearSubjectOf(question, sentence);
      return sentence.names.flatMap((name): CandidateDraft[] => {
        if (!nearSubject(name)) return [];
        // "in the Balkans", "from the University of Montreal": the article between does not matter
        const article = /^the$/i.test(sentence.words[name.first - 1]?.raw ?? '') ? 1 : 0;
        if (!afterPlacePreposition(sentence, name.first - article, PLACE_PREPOSITIONS)) return [];
        if (name.inQuestion || novelty(sentence, name) < 0.5) return [];
        if (name.type === 'person' || isDemonym(sentence, name) || isPersonLike(sentence, name)) return [];
        // "in the Atlantic fog": the name qualifies the noun after it, which is the place
        if (isAttributive(sentence, name)) return [];
        const span = withRegion(sentence, name);
        const typeFactor = name.type === 'place' ? 1 : name.type === 'organization' ? 0.75 : 0.9;
        const phrase = sentence.phrase(span.first, span.last);
        // "a meeting in Moscow": right after the question's verb
        const afterVerb = verbPositions(question, sentence).some((v) => v < name.first && name.first - v <= 3)
          ? 1.15
          : 1;
        const strength = Math.min(1, 0.85 * typeFactor * afterVerb * proximity(sentence, phrase));
        return [draft('where-preposition-name', phrase, strength)];
      });
    },
  },
  // "Where is the school?" <- "A Liverpool school is pumping up bodies."
  {
    id: 'where-place-name',
    extract(question, sentence) {
      return sentence.names
        .filter(
          (n) =>
            n.type === 'place' &&
            !n.inQuestion &&
            !isDemonym(sentence, n) &&
            !isAttributive(sentence, n) &&
            // "which country refused" asks for the subject itself
            (question.gap === 'subject' || !actsAsSubject(sentence, n)) &&
            novelty(sentence, n) >= 0.5,
        )
        .map((n) => draft('where-place-name', n, 0.65 * proximity(sentence, n)));
    },
  },
  // "Where did the students hide?" <- "...led them into the choir room."; "...gathered in front of the arena."
  {
    id: 'where-preposition-phrase',
    extract(_question, sentence) {
      return sentence.nounPhrases.flatMap((p): CandidateDraft[] => {
        if (!afterPlacePreposition(sentence, p.first, PHRASE_PREPOSITIONS) || novelty(sentence, p) < 0.5) return [];
        // the first word after the article ("in hopes"), or the head before "of" or "to" ("in a stark reminder of")
        const noun = sentence.words.slice(p.first, p.last + 1).find((w) => !w.tags.has('Determiner'));
        const idiom = (k: number): boolean =>
          IDIOM_NOUNS.test(sentence.words[k].raw) && /^(?:of|to)$/i.test(sentence.words[k + 1]?.raw ?? '');
        if (
          (noun && IDIOM_NOUNS.test(noun.raw)) ||
          sentence.words.slice(p.first, p.last + 1).some((_, k) => idiom(p.first + k))
        )
          return [];
        if (
          sentence.words[p.first].tags.has('Date') ||
          sentence.times.some((t) => t.first <= p.last && p.first <= t.last)
        )
          return [];
        // "valued at £300m", "in 2004", "at 4.75%": amounts are no places
        if (/^[\p{Sc}\d]/u.test(p.text) || sentence.words[p.first].tags.has('Value')) return [];
        return [draft('where-preposition-phrase', p, 0.3 * proximity(sentence, p))];
      });
    },
  },
];
