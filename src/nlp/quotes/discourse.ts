import type { Gender } from './lexicon.js';
import { canonicalName, type People, type Person, personDescribed, personNamed } from './people.js';
import type { SpeakerMention } from './speaker-phrase.js';

/** How many sentences back a pronoun may find its person. */
const PRONOUN_REACH = 8;

/** What the resolver needs to know about the article's sentences. */
export interface SentenceView {
  /** Index of the sentence holding the offset. */
  at(offset: number): number;
  /** The person-like subject mention of a sentence, outside its quotations, or null. */
  subject(sentence: number): SpeakerMention | null;
  /** False for titles, captions and boilerplate, which pronouns do not reach into. */
  isBody(sentence: number): boolean;
}

/** Tracks who speaks and who is talked about, sentence by sentence, to resolve "he said" and "the official said". */
export interface Discourse {
  /** Records that the person spoke (a quotation attributed to them) in the sentence. */
  noteSpeaker(sentence: number, person: Person): void;
  /** The person a speaker mention names: a name's fullest form, a pronoun's antecedent, a description's bearer. */
  personFor(mention: SpeakerMention): Person | null;
}

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
    };
    people.persons.push(person);
    return person;
  };

  const subjectPerson = (sentence: number, depth: number): Person | null => {
    if (subjects.has(sentence)) return subjects.get(sentence) ?? null;
    const mention = sentences.subject(sentence);
    let person: Person | null = null;
    if (mention?.kind === 'name') person = named(mention);
    else if (mention?.kind === 'pronoun' && depth < 3) person = antecedent(mention, depth + 1);
    subjects.set(sentence, person);
    return person;
  };

  /** Looks back sentence by sentence: who spoke there, else its subject; the first that fits the pronoun wins. */
  const antecedent = (mention: SpeakerMention, depth: number): Person | null => {
    if (mention.text !== 'he' && mention.text !== 'she') return null;
    const here = sentences.at(mention.start);
    const own = sentences.subject(here);
    if (own && own.kind === 'name' && own.end <= mention.start) {
      const person = named(own);
      if (fits(mention.text, person.gender)) return person;
    }
    for (let s = here - 1; s >= 0 && s >= here - PRONOUN_REACH; s--) {
      if (!sentences.isBody(s)) continue;
      const candidates = [...(speakers.get(s) ?? []).slice().reverse(), subjectPerson(s, depth)];
      const match = candidates.find((p): p is Person => p !== null && fits(mention.text, p.gender));
      if (match) return match;
    }
    let nearest: Person | null = null;
    let nearestAt = -1;
    for (const person of people.persons) {
      if (!fits(mention.text, person.gender)) continue;
      for (const at of person.positions) if (at < mention.start && at > nearestAt) [nearest, nearestAt] = [person, at];
    }
    return nearest;
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
      return personDescribed(people, mention.text, mention.start);
    },
  };
}
