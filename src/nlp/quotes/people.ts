import type { Span } from '../../corpus/article.js';
import { isCommonWord } from '../entities/gazetteer.js';
import type { EntityMention, EntityProfile } from '../facts.js';
import { firstNameGender, isFirstName } from './first-names.js';
import { COUNTRIES, type Gender, ROLE_CLASSES } from './lexicon.js';
import { joinText, type NameRun } from './names.js';
import type { SpeakerMention } from './speaker-phrase.js';

/** A person the article names, under the fullest name it gives. */
export interface Person {
  name: string;
  /** The name's words, lowercased. */
  words: string[];
  gender: Gender;
  /** Roles and titles the article gives the person ("US Secretary of State", "a State Department spokesman"). */
  roles: string[];
  /** Where the article names the person, in text order. */
  positions: number[];
  /** The article writes the name the way people's names are written: with a first name, a title or a role. */
  introduced: boolean;
}

/** The people of one article and the entity extractor's mentions, for naming speakers. */
export interface People {
  persons: Person[];
  /** Entity mentions of people and organisations, in text order (from the entity extractor; may be empty). */
  mentions: EntityMention[];
}

const MALE_TITLES = new Set(
  'mr mr. sir lord king prince spokesman congressman chairman father businessman councilman'.split(' '),
);
const FEMALE_TITLES = new Set(
  'mrs mrs. ms ms. miss dame lady queen princess spokeswoman congresswoman chairwoman businesswoman councilwoman'.split(
    ' ',
  ),
);

/**
 * Someone the article describes without naming ("a spokesman for the ministry"), as a person pronouns and later
 * descriptions can refer to; the description is the name.
 */
export function describedPerson(people: People, mention: SpeakerMention): Person {
  const words = mention.text.toLowerCase().split(/\s+/);
  const person: Person = {
    name: mention.text,
    words,
    gender: genderOf([], [words[words.length - 1]]),
    roles: [mention.text],
    positions: [mention.start],
    introduced: false,
  };
  people.persons.push(person);
  return person;
}

function genderOf(words: string[], titles: string[]): Gender {
  for (const t of titles) {
    if (MALE_TITLES.has(t)) return 'male';
    if (FEMALE_TITLES.has(t)) return 'female';
  }
  return words.length > 1 ? (firstNameGender(words[0]) ?? 'unknown') : 'unknown';
}

function addPerson(
  persons: Map<string, Person>,
  name: string,
  at: number,
  titles: string[],
  role: string | null,
): Person {
  const key = name.toLowerCase();
  let person = persons.get(key);
  if (!person) {
    const words = key.split(/\s+/);
    person = { name, words, gender: genderOf(words, titles), roles: [], positions: [], introduced: false };
    persons.set(key, person);
  } else if (person.gender === 'unknown') person.gender = genderOf(person.words, titles);
  person.positions.push(at);
  if (role && !person.roles.includes(role)) person.roles.push(role);
  return person;
}

/**
 * Collects the article's people: the entity extractor's person profiles and mentions (when it found any), then the
 * names of people the quote attributor finds on its own (`names`: full names with their titles and roles).
 */
export function collectPeople(profiles: EntityProfile[], mentions: EntityMention[], names: NameRun[]): People {
  const persons = new Map<string, Person>();
  for (const profile of profiles) {
    if (profile.type !== 'person') continue;
    const person = addPerson(persons, profile.canonical, -1, [], null);
    person.positions.pop();
    person.roles.push(...profile.roles);
  }
  for (const m of mentions) if (m.type === 'person') addPerson(persons, m.canonical, m.start, [], null);
  for (const { name, titles, role } of names) {
    const lowerTitles = titles.map((t) => t.lower);
    addPerson(persons, joinText(name), name[0].start, lowerTitles, role).introduced = true;
  }
  const list = [...persons.values()];
  for (const p of list) p.positions.sort((a, b) => a - b);
  return { persons: list, mentions: mentions.filter((m) => m.type !== 'place') };
}

/** The entity mention covering a span, if the entity extractor found one. */
function entityAt(people: People, span: Span): EntityMention | undefined {
  return people.mentions.find((m) => m.start < span.end && span.start < m.end);
}

/** The person a name refers to: the exact name, else the fullest name sharing its last (or first) word. */
export function personNamed(people: People, name: string): Person | null {
  const words = name.toLowerCase().split(/\s+/);
  const exact = people.persons.find((p) => p.words.join(' ') === words.join(' '));
  const last = words[words.length - 1];
  const fuller = people.persons
    .filter(
      (p) =>
        p.words.length > words.length &&
        (p.words[p.words.length - 1] === last || (words.length === 1 && p.words[0] === last)),
    )
    .sort((a, b) => b.positions.length - a.positions.length || b.words.length - a.words.length);
  return fuller[0] ?? exact ?? null;
}

/** The canonical name for a name mention: the entity extractor's, else the fullest form the article uses. */
export function canonicalName(people: People, mention: SpeakerMention): string {
  const entity = entityAt(people, mention);
  if (entity) return entity.canonical;
  return personNamed(people, mention.text)?.name ?? mention.text;
}

function countryOf(text: string): string | null {
  const lower = ` ${text.toLowerCase().replace(/['’]s\b/g, '')} `;
  for (const [country, names] of Object.entries(COUNTRIES)) {
    if (names.some((n) => lower.includes(` ${n} `))) return country;
  }
  return null;
}

function roleClassesOf(text: string): Set<string> {
  const lower = ` ${text.toLowerCase()} `;
  const classes = new Set<string>();
  for (const [cls, words] of Object.entries(ROLE_CLASSES)) {
    if (words.some((w) => lower.includes(` ${w} `)) || lower.includes(` ${cls} `)) classes.add(cls);
  }
  return classes;
}

/**
 * The person a description fits ("the top US diplomat" -> the one whose role is "US Secretary of State", not the
 * "Russian Foreign Minister"): same kind of role, no clash of country; ties go to the person named last before.
 */
export function personDescribed(people: People, description: string, at: number): Person | null {
  const classes = roleClassesOf(description);
  const country = countryOf(description);
  const head = description.toLowerCase().split(/\s+/).pop() ?? '';
  let best: Person | null = null;
  let bestScore = 0;
  let bestSeen = -1;
  for (const person of people.persons) {
    const seen = lastBefore(person.positions, at);
    if (seen < 0) continue;
    let score = 0;
    for (const role of person.roles) {
      const roleCountry = countryOf(role);
      if (country && roleCountry && roleCountry !== country) {
        score = -1;
        break;
      }
      const kind = [...roleClassesOf(role)].some((c) => classes.has(c)) || role.toLowerCase().includes(head);
      if (kind) score = Math.max(score, 2 + (country && roleCountry === country ? 1 : 0));
    }
    if (score > bestScore || (score === bestScore && score > 0 && seen > bestSeen)) {
      best = person;
      bestScore = score;
      bestSeen = seen;
    }
  }
  return best;
}

function lastBefore(positions: number[], at: number): number {
  let seen = -1;
  for (const p of positions) if (p < at) seen = p;
  return seen;
}

/** Whether a run of capitalised words names an organisation, as the entity extractor found it. */
export function looksLikeOrganization(people: People, mention: SpeakerMention): boolean {
  return entityAt(people, mention)?.type === 'organization';
}

/**
 * Whether a run of capitalised words names a person: a known person, or a first name then more words. An ordinary
 * word alone ("Police", "White") names a person only when the article introduces someone by it ("Mr White", "Jack
 * White"), not on the entity extractor's guess.
 */
export function looksLikePerson(people: People, mention: SpeakerMention): boolean {
  const entity = entityAt(people, mention);
  if (entity && entity.type !== 'person') return false;
  const lower = mention.text.toLowerCase();
  if (!lower.includes(' ') && isCommonWord(lower)) {
    return people.persons.some((p) => p.introduced && p.words[p.words.length - 1] === lower);
  }
  if (entity) return true;
  if (personNamed(people, mention.text)) return true;
  const words = mention.text.split(/\s+/);
  return words.length > 1 && isFirstName(words[0]);
}
