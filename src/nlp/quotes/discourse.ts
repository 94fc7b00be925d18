import type { Gender } from './lexicon.js';
import { canonicalName, describedPerson, type People, type Person, personDescribed, personNamed } from './people.js';
import { headOf, isPersonHead, OFFICES } from './person-nouns.js';
import type { SpeakerMention } from './speaker-phrase.js';

/** How many sentences back a pronoun may find its person, and "it" its organisation. */
const PRONOUN_REACH = 8;
const IT_REACH = 1;

/** What the resolver needs to know about the article's sentences. */
export interface SentenceView {
  /** Index of the sentence holding the offset. */
  at(offset: number): number;
  /** The person-like subject mention of a sentence, outside its quotations, or null. */
  subject(sentence: number): SpeakerMention | null;
  /** False for titles, captions and boilerplate, which pronouns do not reach into. */
  isBody(sentence: number): boolean;
  /** The organisation a sentence opens with ("The WTO said ..."), or null. */
  organization(sentence: number): SpeakerMention | null;
}

/** Tracks who speaks and who is talked about, sentence by sentence, to resolve "he said" and "the official said". */
export interface Discourse {
  /** Records that the person spoke (a quotation attributed to them) in the sentence. */
  noteSpeaker(sentence: number, person: Person): void;
  /** The person a speaker mention names: a name's fullest form, a pronoun's antecedent, a description's bearer. */
  personFor(mention: SpeakerMention): Person | null;
}

/**
 * A definite description that points back to someone already in the story: "the 30-year-old", "the American",
 * "the Dutchman", "the Liverpool striker" (an age, a nationality or a role noun that is not an office).
 */
function refersBack(description: string): boolean {
  const words = description.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  return words[0] === 'the' && words.length > 1 && !OFFICES.has(head) && isPersonHead(head);
}

const indefinite = (description: string): boolean => /^(?:a|an|one)\s/i.test(description);

const fits = (pronoun: string, gender: Gender): boolean =>
  pronoun === 'he'
    ? gender === 'male' || gender === 'unknown'
    : pronoun === 'she'
      ? gender === 'female' || gender === 'unknown'
      : false;

export function createDiscourse(people: People, sentences: SentenceView): Discourse {
  const speakers = new Map<number, Person[]>();
  const subjects = new Map<number, Person | null>();

  const named = (mention: SpeakerMention): Person => {
    const name = canonicalName(people, mention);
    const known = personNamed(people, name);
    if (known) return known;
    const person: Person = {
      name,
      words: name.toLowerCase().split(/\s+/),
      gender: 'unknown',
      roles: [],
      positions: [mention.start],
      introduced: false,
    };
    people.persons.push(person);
    return person;
  };

  /**
   * The person a description stands for: one whose role fits it ("the minister"), the person the story is about
   * for "the 30-year-old" or "the American", a new person for "a spokesman for the ministry"; else null.
   */
  const describedSubject = (mention: SpeakerMention, depth: number): Person | null => {
    const described = personDescribed(people, mention.text, mention.start);
    if (described) return described;
    if (refersBack(mention.text) && depth < 3) return lookBack(mention, depth + 1, (p) => p.gender !== 'plural');
    return indefinite(mention.text) ? unnamed(mention) : null;
  };

  /** A person known only by a description, for pronouns to refer to ("A spokesman said ... He added"). */
  const unnamed = (mention: SpeakerMention): Person | null =>
    isPersonHead(headOf(mention.text)) ? describedPerson(people, mention) : null;

  const subjectPerson = (sentence: number, depth: number): Person | null => {
    if (subjects.has(sentence)) return subjects.get(sentence) ?? null;
    const mention = sentences.subject(sentence);
    let person: Person | null = null;
    if (mention?.kind === 'name') person = named(mention);
    else if (mention?.kind === 'pronoun' && depth < 3) person = antecedent(mention, depth + 1);
    else if (mention?.kind === 'description') person = describedSubject(mention, depth);
    subjects.set(sentence, person);
    return person;
  };

  /**
   * Looks back sentence by sentence: who spoke there, else its subject; the first that fits wins, else the person
   * named last before the mention.
   */
  const lookBack = (mention: SpeakerMention, depth: number, accepts: (p: Person) => boolean): Person | null => {
    const here = sentences.at(mention.start);
    const own = sentences.subject(here);
    if (own && own.kind === 'name' && own.end <= mention.start) {
      const person = named(own);
      if (accepts(person)) return person;
    }
    for (let s = here - 1; s >= 0 && s >= here - PRONOUN_REACH; s--) {
      if (!sentences.isBody(s)) continue;
      const candidates = [...(speakers.get(s) ?? []).slice().reverse(), subjectPerson(s, depth)];
      const match = candidates.find((p): p is Person => p !== null && accepts(p));
      if (match) return match;
    }
    let nearest: Person | null = null;
    let nearestAt = -1;
    for (const person of people.persons) {
      if (!accepts(person)) continue;
      for (const at of person.positions) if (at < mention.start && at > nearestAt) [nearest, nearestAt] = [person, at];
    }
    return nearest;
  };

  const bodies = new Map<string, Person>();

  /** "The WTO said ... It added": the organisation a recent sentence opens with, as a speaker. */
  const organizationFor = (mention: SpeakerMention): Person | null => {
    const here = sentences.at(mention.start);
    for (let s = here; s >= 0 && s >= here - IT_REACH; s--) {
      const body = sentences.isBody(s) ? sentences.organization(s) : null;
      if (!body || (s === here && body.end > mention.start)) continue;
      const name = body.kind === 'name' ? canonicalName(people, body) : body.text;
      const known = bodies.get(name.toLowerCase());
      if (known) return known;
      const words = name.toLowerCase().split(/\s+/);
      const person: Person = { name, words, gender: 'plural', roles: [], positions: [body.start], introduced: false };
      bodies.set(name.toLowerCase(), person);
      return person;
    }
    return null;
  };

  const antecedent = (mention: SpeakerMention, depth: number): Person | null => {
    if (mention.text === 'it') return organizationFor(mention);
    return mention.text === 'he' || mention.text === 'she'
      ? lookBack(mention, depth, (p) => fits(mention.text, p.gender))
      : null;
  };

  return {
    noteSpeaker(sentence, person) {
      const list = speakers.get(sentence) ?? [];
      list.push(person);
      speakers.set(sentence, list);
    },
    personFor(mention) {
      if (mention.kind === 'name') return named(mention);
      if (mention.kind === 'pronoun') return antecedent(mention, 0);
      return describedSubject(mention, 0) ?? (indefinite(mention.text) ? null : unnamed(mention));
    },
  };
}
