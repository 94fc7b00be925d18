import { draft, novelty, proximity, verbPositions } from './helpers.js';
import type { NameMention, ParsedSentence } from './parse.js';
import { subjectMentions } from './subject.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const PLACE_PREPOSITIONS = /^(?:in|at|near|from|to|into|outside|inside|across|throughout|around|toward|towards|via)$/i;

/** "Liverpool, Nova Scotia": a place name followed by the region it lies in. */
function withRegion(sentence: ParsedSentence, name: NameMention): { first: number; last: number } {
  const next = sentence.names.find((n) => n.first === name.last + 1);
  const regionFollows =
    next && /^,\s*$/.test(sentence.words[name.last].post) && (next.type === 'place' || next.type === null);
  return regionFollows ? { first: name.first, last: next.last } : { first: name.first, last: name.last };
}

/** A place name used as a modifier: "US Secretary of State", "Washington's concern", "American state". */
function isAttributive(sentence: ParsedSentence, name: NameMention): boolean {
  const next = sentence.words[name.last + 1];
  const possessive = /['’]s$/.test(sentence.words[name.last].raw);
  const close = next !== undefined && /^\s*$/.test(sentence.words[name.last].post);
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

/** A lone nationality word is not a place ("the American state of Minnesota" is, "American" is not). */
function isDemonym(sentence: ParsedSentence, name: NameMention): boolean {
  return name.first === name.last && sentence.words[name.first].tags.has('Demonym');
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
      return sentence.names.flatMap((name): CandidateDraft[] => {
        // "in the Balkans", "from the University of Montreal": the article between does not matter
        const article = /^the$/i.test(sentence.words[name.first - 1]?.raw ?? '') ? 1 : 0;
        const before = sentence.words[name.first - 1 - article];
        if (!before || !PLACE_PREPOSITIONS.test(before.raw) || name.inQuestion || novelty(sentence, name) < 0.5)
          return [];
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
    extract(_question, sentence) {
      return sentence.names
        .filter(
          (n) =>
            n.type === 'place' &&
            !n.inQuestion &&
            !isDemonym(sentence, n) &&
            !isAttributive(sentence, n) &&
            novelty(sentence, n) >= 0.5,
        )
        .map((n) => draft('where-place-name', n, 0.65 * proximity(sentence, n)));
    },
  },
  // "Where did the students hide?" <- "...led them into the choir room."
  {
    id: 'where-preposition-phrase',
    extract(_question, sentence) {
      return sentence.nounPhrases.flatMap((p): CandidateDraft[] => {
        const before = sentence.words[p.first - 1];
        if (!before || !/^(?:in|at|inside|into|near|outside|on)$/i.test(before.raw) || novelty(sentence, p) < 0.5)
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
