import { termsOf } from '../../index/terms.js';
import type { Question } from '../question/types.js';
import { ROLE_WORDS, SPEECH_VERBS } from '../text/lexicon.js';
import type { Phrase } from '../text/phrases.js';
import { boundaryBetween, draft, isNounUse, novelty, proximity, unplaced, verbPositions } from './helpers.js';
import type { NameMention, ParsedSentence } from './parse.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const ROLE_TERMS = new Set([...ROLE_WORDS].flatMap((w) => termsOf(w)));
const SPEECH_TERMS = new Set([...SPEECH_VERBS].flatMap((w) => termsOf(w)));

/** Names the question does not already give (a person or a group, not a place). */
function answerNames(sentence: ParsedSentence): NameMention[] {
  return sentence.names.filter(
    (n) => n.type !== 'place' && !n.inQuestion && isNameLike(sentence, n) && novelty(sentence, n) >= 0.5,
  );
}

/** A real name, not a capitalised adjective ("Canadian", "Native"): extraction typed it, or it is tagged a proper noun. */
function isNameLike(sentence: ParsedSentence, name: NameMention): boolean {
  const words = sentence.words.slice(name.first, name.last + 1);
  if (words.length === 1 && words[0].tags.has('Demonym')) return false;
  // "the Conservative government": a capitalised word before a common noun describes it
  const next = sentence.words[name.last + 1];
  if (
    next &&
    /^\p{Ll}/u.test(next.raw) &&
    next.tags.has('Noun') &&
    !next.tags.has('Pronoun') &&
    !/[,;:.]/.test(sentence.words[name.last].post)
  )
    return false;
  if (name.canonical !== null) return true;
  // a sentence's first word is capitalised anyway: only a known kind of name counts there
  const tags = name.first === 0 ? ['Person', 'Organization'] : ['ProperNoun', 'Person', 'Organization'];
  return (
    words.some((w) => tags.some((t) => w.tags.has(t))) &&
    !(words.length === 1 && (words[0].tags.has('Demonym') || words[0].tags.has('Adjective')))
  );
}

/** A noun phrase for people: its head names a person or a group ("protesters", "a group of parents", "the teacher"). */
function isPeoplePhrase(sentence: ParsedSentence, phrase: Phrase): boolean {
  const head = sentence.words[phrase.last];
  return (
    head.tags.has('Actor') ||
    head.tags.has('Organization') ||
    head.tags.has('Person') ||
    ROLE_WORDS.has(head.raw.toLowerCase())
  );
}

/** The name to show: the full canonical name when the mention is a part of it ("Turner" -> "Jeffrey Turner"). */
export function nameOf(name: NameMention): string {
  const { canonical, text } = name;
  const bare = text.replace(/['’]s$/, '');
  return canonical && canonical.length > bare.length && canonical.endsWith(bare.split(' ').pop() ?? bare)
    ? canonical
    : bare;
}

/**
 * "Who is the mayor of Winnipeg?" asks for a mayor: a sentence that never says "mayor" (nor, just before,
 * the sentence it continues) names someone else. 1 when the question names no role or the sentence has it.
 */
function roleFit(question: Question, sentence: ParsedSentence): number {
  const roles = question.focus.filter((t) => ROLE_TERMS.has(t));
  if (roles.length === 0) return 1;
  const said = roles.some((r) => sentence.ranked.matched.has(r) || sentence.ranked.previous?.matched.has(r));
  return said ? 1 : 0.3;
}

/** "B.C.", "Canadian": a place or a nationality, whatever its type says. */
function isPlaceLike(sentence: ParsedSentence, name: NameMention): boolean {
  return sentence.words.slice(name.first, name.last + 1).some((w) => w.tags.has('Place') || w.tags.has('Demonym'));
}

/** The person most recently named in the two sentences before this one, as extraction knows them. */
function lastPersonBefore(sentence: ParsedSentence): string | null {
  const index = sentence.view.sentence.index;
  const people = sentence.view.doc.facts.entities.filter(
    (e) => e.type === 'person' && e.sentence < index && e.sentence >= index - 2,
  );
  return people.length ? people[people.length - 1].canonical : null;
}

const nearest = <T extends Phrase>(items: T[], position: number): T | undefined =>
  [...items].sort((a, b) => Math.abs(a.first - position) - Math.abs(b.first - position))[0];

/**
 * Ordered by how directly the sentence answers: the speaker of a quote, the holder of the role the question
 * names, the doer or the other party of the question's verb; the nearest new name only when nothing more
 * specific matched, and a noun phrase for a group last.
 */
/** Verbs whose object gives up the role to their subject: "Marchionne has replaced Demel as chief executive". */
const HANDOVER_VERBS = new Set([
  'replaced',
  'replaces',
  'replace',
  'succeeded',
  'succeeds',
  'succeed',
  'ousted',
  'ousts',
  'oust',
]);

/** Whether the name is the one a handover verb just before it says left the role. */
function replacedBy(sentence: ParsedSentence, name: Phrase): boolean {
  const before = sentence.words[name.first - 1];
  return before !== undefined && HANDOVER_VERBS.has(before.raw.toLowerCase());
}

export const WHO_RULES: AnswerRule[] = [
  // "Who said the effects were top notch?" <- '"The effects were top notch," said Ken Green.'
  {
    id: 'who-speaker',
    extract(question, sentence) {
      if (!question.verb || !SPEECH_TERMS.has(question.verb)) return [];
      const fromQuotes = sentence.quotes.flatMap((q): CandidateDraft[] => {
        if (!q.speaker || sentence.names.some((n) => n.inQuestion && n.canonical === q.speaker)) return [];
        const name = sentence.names.find((n) => n.canonical === q.speaker || n.text === q.speaker);
        // the speaker extraction resolved, named in this sentence or not ("- T.E. Lawrence" on the next line)
        return [name ? draft('who-speaker', name, 0.95, q.speaker) : unplaced('who-speaker', sentence, 0.9, q.speaker)];
      });
      if (fromQuotes.length) return fromQuotes;
      const verbs = sentence.words.flatMap((w, i) => (w.term && SPEECH_TERMS.has(w.term) ? [i] : []));
      const named = answerNames(sentence).flatMap((name) =>
        // "Kowal said", "said Kowal", "says lawyer Earl Levy"
        verbs.some((v) => (v > name.last && v - name.last <= 2) || (v < name.first && name.first - v <= 3))
          ? [draft('who-speaker', name, 0.85, nameOf(name))]
          : [],
      );
      if (named.length) return named;
      // "He says he has never witnessed a problem": the person the sentences before were about
      const pronoun = verbs.some((v) => /^(?:he|she)$/i.test(sentence.words[v - 1]?.raw ?? ''));
      const person = pronoun ? lastPersonBefore(sentence) : null;
      return person ? [unplaced('who-speaker', sentence, 0.7, person)] : [];
    },
  },
  // "Who is the principal of the school?" <- "Principal Betty Jean Aucoin says..."
  {
    id: 'who-role-holder',
    extract(question, sentence) {
      const roles = question.terms.filter((t) => ROLE_TERMS.has(t));
      if (!roles.length) return [];
      const positions = sentence.words.flatMap((w, i) => (w.term && roles.includes(w.term) ? [i] : []));
      return answerNames(sentence).flatMap((name) => {
        const near = positions.some(
          (p) =>
            (p < name.first && name.first - p <= 3 && !boundaryBetween(sentence, p, name.first)) ||
            (p > name.last && p - name.last <= 4),
        );
        const person = name.type === 'person' || name.type === null;
        return near && person && !isPlaceLike(sentence, name) && !replacedBy(sentence, name)
          ? [draft('who-role-holder', name, 0.9, nameOf(name))]
          : [];
      });
    },
  },
  // "Who is the attorney general of B.C.?" <- "B.C.'s attorney general says few people have come forward. Ujal
  // Dosnajh stresses there is no cost." (news names the office first and its holder in the next sentence)
  {
    id: 'who-role-named-next',
    extract(question, sentence) {
      const roles = question.terms.filter((t) => ROLE_TERMS.has(t));
      const previous = sentence.ranked.previous;
      if (!roles.length || !previous || !roles.some((r) => previous.matched.has(r))) return [];
      const { index } = previous.view.sentence;
      if (sentence.view.doc.facts.entities.some((e) => e.sentence === index && e.type === 'person')) return [];
      const name = answerNames(sentence).find((n) => n.type === 'person' && !isPlaceLike(sentence, n));
      return name ? [{ ...draft('who-role-named-next', name, 0.75, nameOf(name)), via: previous }] : [];
    },
  },
  // "Who won the game?" <- "The Blizzards won the game 5-2."; "killed by a 14-year-old boy"
  {
    id: 'who-doer',
    extract(question, sentence) {
      // who said what is the speaker rule's to answer
      if (question.gap !== 'subject' || (question.verb && SPEECH_TERMS.has(question.verb))) return [];
      return verbPositions(question, sentence).flatMap((v) => {
        // passive: "was founded in 1987 by the local sailing club"
        const by = sentence.words.findIndex((w, i) => i > v && i - v <= 4 && w.raw.toLowerCase() === 'by');
        if (by > 0 && !boundaryBetween(sentence, v, by)) {
          const agent = [...answerNames(sentence), ...sentence.nounPhrases].find((p) => p.first === by + 1);
          if (agent && novelty(sentence, agent) > 0) return [draft('who-doer', agent, 0.85)];
        }
        const before = answerNames(sentence).filter(
          (n) => n.last < v && v - n.last <= 6 && !boundaryBetween(sentence, n.last, v),
        );
        const name = before[before.length - 1];
        if (name) return [draft('who-doer', name, 0.8, nameOf(name))];
        // "a 14-year-old boy walked in and shot two students": the doer of both verbs
        const reach = /^and$/i.test(sentence.words[v - 1]?.raw ?? '') ? 6 : 3;
        const phrase = sentence.nounPhrases
          .filter((p) => p.last < v && v - p.last <= reach && novelty(sentence, p) > 0.5)
          .pop();
        return phrase && isPeoplePhrase(sentence, phrase) ? [draft('who-doer', phrase, 0.6)] : [];
      });
    },
  },
  // "Who did Kerry meet?" <- "Kerry met Putin in the Kremlin."
  {
    id: 'who-other-party',
    extract(question, sentence) {
      if (question.gap !== 'object') return [];
      return verbPositions(question, sentence).flatMap((v) => {
        // the noun: "a meeting with Putin", "talks between Putin and Kerry"
        if (isNounUse(sentence, v)) {
          const linker = sentence.words.findIndex((w, i) => i > v && i - v <= 4 && /^(?:with|between)$/i.test(w.raw));
          if (linker < 0) return [];
          const party = answerNames(sentence).find(
            (n) => n.first > linker && n.first - linker <= 4 && n.type !== 'organization',
          );
          return party ? [draft('who-other-party', party, 0.8, nameOf(party))] : [];
        }
        const name = answerNames(sentence).find((n) => n.first > v && n.first - v <= 6);
        if (name) return [draft('who-other-party', name, 0.8, nameOf(name))];
        const phrase = sentence.nounPhrases.find((p) => p.first > v && p.first - v <= 3 && novelty(sentence, p) > 0.5);
        return phrase ? [draft('who-other-party', phrase, 0.55)] : [];
      });
    },
  },
  // "Who took care of Willie?" <- "... Sam Brouwer, who looked after the groundhog ..."
  {
    id: 'who-nearest-name',
    extract(question, sentence) {
      const anchor = sentence.anchors[0] ?? 0;
      const names = answerNames(sentence);
      const best = nearest(names, anchor);
      const fit = roleFit(question, sentence);
      return names.map((n) =>
        draft('who-nearest-name', n, fit * (n === best ? 0.6 : 0.5) * proximity(sentence, n), nameOf(n)),
      );
    },
  },
  // "Who hounded the premier?" <- "Protesters hounded him at every stop."
  {
    id: 'who-group',
    extract(question, sentence) {
      const fit = roleFit(question, sentence);
      return sentence.nounPhrases
        .filter((p) => isPeoplePhrase(sentence, p) && novelty(sentence, p) > 0.5)
        .map((p) => draft('who-group', p, fit * 0.3 * proximity(sentence, p)));
    },
  },
];
