import { termsOf } from '../../index/terms.js';
import type { Question } from '../question/types.js';
import type { RankedSentence } from '../rank.js';
import { ROLE_WORDS, SPEECH_VERBS } from '../text/lexicon.js';
import type { Phrase } from '../text/phrases.js';
import {
  boundaryBetween,
  type Description,
  descriptionOf,
  draft,
  isNounUse,
  novelty,
  proximity,
  unplaced,
  verbBetween,
  verbPositions,
} from './helpers.js';
import type { NameMention, ParsedSentence } from './parse.js';
import type { AnswerRule, CandidateDraft } from './types.js';

const ROLE_TERMS = new Set([...ROLE_WORDS].flatMap((w) => termsOf(w)));
const SPEECH_TERMS = new Set([...SPEECH_VERBS].flatMap((w) => termsOf(w)));

/** Whether a mention or a role holds every term of the description and has its head ("the top US diplomat"). */
function fitsDescription(description: Description, text: string): boolean {
  const terms = termsOf(text);
  return terms.includes(description.head) && description.terms.every((t) => terms.includes(t));
}

/**
 * Names the question does not already give (a person or a group, not a place). A name holding the question's
 * verb is not its doer: "the Syria Support Group" does not answer "who supports Assad".
 */
function answerNames(question: Question, sentence: ParsedSentence): NameMention[] {
  const verbs = verbPositions(question, sentence);
  return sentence.names.filter(
    (n) =>
      n.type !== 'place' &&
      !n.inQuestion &&
      isNameLike(sentence, n) &&
      novelty(sentence, n) >= 0.5 &&
      !verbs.some((v) => v >= n.first && v <= n.last),
  );
}

/** A real name, not a capitalised adjective ("Canadian", "Native"): extraction typed it, or it is tagged a proper noun. */
function isNameLike(sentence: ParsedSentence, name: NameMention): boolean {
  const words = sentence.words.slice(name.first, name.last + 1);
  if (words.length === 1 && words[0].tags.has('Demonym')) return false;
  // "the Conservative government", "Western and Arab allies": capitalised words before a common noun describe it
  let after = name.last + 1;
  while (
    /^(?:and|or)$/i.test(sentence.words[after]?.raw ?? '') &&
    /^\p{Lu}/u.test(sentence.words[after + 1]?.raw ?? '')
  )
    after += 2;
  const next = sentence.words[after];
  if (
    next &&
    /^\p{Ll}/u.test(next.raw) &&
    next.tags.has('Noun') &&
    !next.tags.has('Pronoun') &&
    !/[,;:.]/.test(sentence.words[after - 1].post)
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
  const head = descriptionOf(question)?.head;
  const roles = [...question.focus, ...(head ? [head] : [])].filter((t) => ROLE_TERMS.has(t));
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

/** Where a sentence's subject may start: after an opening conjunction or adverb ("But", "And", "Meanwhile,"). */
function opening(sentence: ParsedSentence): number {
  const first = sentence.words[0];
  return first && (first.tags.has('Conjunction') || first.tags.has('Adverb')) ? 1 : 0;
}

/** "syrian" and "syria": words for the same place share this many first letters. */
const SAME_PLACE_PREFIX = 4;

/** Whether `term` may name the same place as `word` ("syria" for "syrian"). */
const samePlace = (word: string, term: string): boolean =>
  term.length >= SAME_PLACE_PREFIX && term.startsWith(word.slice(0, SAME_PLACE_PREFIX));

/**
 * "Who is the president of Syria?" over "Russian President Vladimir Putin": the title at `position` is given
 * with a country's adjective that is not the one asked about.
 */
function otherCountrysTitle(question: Question, sentence: ParsedSentence, position: number): boolean {
  const before = sentence.words[position - 1];
  if (!before?.term || question.names.length === 0 || !before.tags.has('Demonym')) return false;
  const demonym = before.term;
  return !question.terms.some((t) => samePlace(demonym, t));
}

/**
 * "Who is the Syrian president?": when the question gives the country's adjective, the holder's title there
 * (the three words before the name) or one of the roles the article gives them says it too.
 */
function holdsAskedCountrysRole(question: Question, sentence: ParsedSentence, name: NameMention): boolean {
  const asked = question.words.filter((w) => w.term && w.tags.has('Demonym')).map((w) => w.term as string);
  if (asked.length === 0) return true;
  const profile = sentence.view.doc.facts.profiles.find((p) => p.canonical === name.canonical);
  const said = [
    ...sentence.words.slice(Math.max(0, name.first - 3), name.first).map((w) => w.term ?? ''),
    ...(profile?.roles ?? []).flatMap((role) => termsOf(role)),
  ];
  return asked.some((a) => said.some((t) => samePlace(a, t)));
}

/**
 * "Who was elected president?": a question with a verb of its own is answered by a sentence that has it; a
 * title in a sentence about something else ("President Putin received Kerry") does not say who was elected.
 */
function missesVerb(question: Question, ranked: RankedSentence): boolean {
  return question.verb !== null && !ranked.matched.has(question.verb);
}

/** "Who is the US envoy?": a question for the one person who holds a role, whose answer is a name. */
export function asksForHolder(question: Question): boolean {
  const head = descriptionOf(question)?.head;
  return head !== undefined && ROLE_TERMS.has(head);
}

/**
 * "Lavrov said the negotiations would lead...", 'Kerry said: "...Assad... lead the future Syria"': the one who
 * reports the question's verb, or what the question names, is not the doer asked about. A verb of saying
 * stands between the name and them, or they are quoted and the name is not.
 */
function reportsIt(question: Question, sentence: ParsedSentence, name: NameMention): boolean {
  if (!question.verb || SPEECH_TERMS.has(question.verb)) return false;
  const quoted = (i: number): boolean =>
    sentence.quotes.some((q) => q.first <= i && i <= q.last && (name.last < q.first || name.first > q.last));
  const speechBetween = (from: number, to: number): boolean =>
    // "Secretary of State" has no verb of saying in it
    sentence.words.slice(from + 1, to).some((w) => w.term !== null && SPEECH_TERMS.has(w.term) && w.tags.has('Verb'));
  const asked = [
    ...verbPositions(question, sentence),
    ...sentence.names.filter((n) => n.inQuestion).map((n) => n.first),
  ];
  return asked.some((i) => quoted(i) || (i > name.last && speechBetween(name.last, i)));
}

const nearest = <T extends Phrase>(items: T[], position: number): T | undefined =>
  [...items].sort((a, b) => Math.abs(a.first - position) - Math.abs(b.first - position))[0];

/**
 * Ordered by how directly the sentence answers: the person extraction ties to the description asked about
 * ("the top US diplomat" as a quote's speaker or a role in a profile), the speaker of a quote, the holder of the role the question
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
  // "Who is the top US diplomat?" <- '"...," the top US diplomat said.' (extraction gave the quote to Kerry);
  // "Who is the US Secretary of State?" <- "...received US Secretary of State John Kerry" (Kerry's profile)
  {
    id: 'who-described',
    extract(question, sentence) {
      const description = descriptionOf(question);
      if (!description) return [];
      const { facts, article } = sentence.view.doc;
      const { index } = sentence.view.sentence;
      const speakers = facts.quotes.flatMap((q): CandidateDraft[] => {
        if (q.sentence !== index || !q.speaker || q.speakerStart === null || q.speakerEnd === null) return [];
        if (!fitsDescription(description, article.text.slice(q.speakerStart, q.speakerEnd))) return [];
        const span = sentence.wordsOf(q.speakerStart, q.speakerEnd);
        return span ? [draft('who-described', sentence.phrase(span.first, span.last), 0.95, q.speaker)] : [];
      });
      const holders = facts.profiles
        .filter((p) => p.type === 'person' && p.roles.some((role) => fitsDescription(description, role)))
        .flatMap((p) => {
          const mention = sentence.names.find((n) => n.canonical === p.canonical);
          return mention ? [draft('who-described', mention, 0.9, p.canonical)] : [];
        });
      return [...speakers, ...holders];
    },
  },
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
      const named = answerNames(question, sentence).flatMap((name) =>
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
      if (!roles.length || missesVerb(question, sentence.ranked)) return [];
      const positions = sentence.words.flatMap((w, i) => (w.term && roles.includes(w.term) ? [i] : []));
      return answerNames(question, sentence).flatMap((name) => {
        // the title right before the name, or after it in apposition ("Kowal, union leader"), no verb between
        const near = positions.some(
          (p) =>
            !verbBetween(sentence, p, p < name.first ? name.first : name.last) &&
            !otherCountrysTitle(question, sentence, p) &&
            ((p < name.first && name.first - p <= 3 && !boundaryBetween(sentence, p, name.first)) ||
              (p > name.last && p - name.last <= 4 && /,/.test(sentence.words[name.last].post))),
        );
        const person = name.type === 'person' || name.type === null;
        return near &&
          person &&
          !isPlaceLike(sentence, name) &&
          !replacedBy(sentence, name) &&
          holdsAskedCountrysRole(question, sentence, name)
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
      if (missesVerb(question, previous) && missesVerb(question, sentence.ranked)) return [];
      const { index } = previous.view.sentence;
      if (sentence.view.doc.facts.entities.some((e) => e.sentence === index && e.type === 'person')) return [];
      // the holder is the subject the sentence opens with ("Ujal Dosanjh stresses..."), not any name in it
      const name = answerNames(question, sentence).find(
        (n) => n.type === 'person' && !isPlaceLike(sentence, n) && n.first <= opening(sentence),
      );
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
          const agent = [...answerNames(question, sentence), ...sentence.nounPhrases].find((p) => p.first === by + 1);
          if (agent && novelty(sentence, agent) > 0) return [draft('who-doer', agent, 0.85)];
        }
        // "Lavrov said the negotiations would lead": a reporting verb between, so Lavrov leads nothing
        const before = answerNames(question, sentence).filter(
          (n) =>
            n.last < v && v - n.last <= 6 && !boundaryBetween(sentence, n.last, v) && !verbBetween(sentence, n.last, v),
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
          const party = answerNames(question, sentence).find(
            (n) => n.first > linker && n.first - linker <= 4 && n.type !== 'organization',
          );
          return party ? [draft('who-other-party', party, 0.8, nameOf(party))] : [];
        }
        const name = answerNames(question, sentence).find((n) => n.first > v && n.first - v <= 6);
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
      const names = answerNames(question, sentence).filter(
        (n) =>
          !reportsIt(question, sentence, n) &&
          (!asksForHolder(question) || holdsAskedCountrysRole(question, sentence, n)),
      );
      const best = nearest(names, anchor);
      // "who is the Kremlin leader": a name in a sentence that does not itself say "leader" is a guess
      const head = descriptionOf(question)?.head;
      if (head && !sentence.words.some((w) => w.term === head)) return [];
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
      // "who is the US envoy" wants a name, not another description ("the Kremlin leader"); "who are the
      // natives of Oman" may be answered by a group ("the Bedouin people")
      if (asksForHolder(question)) return [];
      const fit = roleFit(question, sentence);
      const verbs = verbPositions(question, sentence);
      const speakers = sentence.names.filter((n) => reportsIt(question, sentence, n));
      return sentence.nounPhrases
        .filter(
          (p) =>
            isPeoplePhrase(sentence, p) &&
            novelty(sentence, p) > 0.5 &&
            !verbs.some((v) => v >= p.first && v <= p.last) &&
            !speakers.some((n) => n.first <= p.last && p.first <= n.last),
        )
        .map((p) => draft('who-group', p, fit * 0.3 * proximity(sentence, p)));
    },
  },
];
