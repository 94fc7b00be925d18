import type { Candidate, Label } from './candidate.js';
import { classOf } from './gazetteer.js';
import { best, DECIDED } from './tally.js';

/** Enough for a full name to speak for its family name: a known family name ("Stilian Petrov") will do. */
const PERSON_EVIDENCE = 2;

/** The vote of a full name for each mention of its short form: above a gazetteer's (3.5), below a title's (5). */
const LONGER_NAME_WEIGHT = 4;

/** "al-assad" -> "assad": a family name without its particle. */
const bare = (word: string): string => word.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/, '');

/** The initials of a name of several words ("National Association of Purchasing Management" -> "napm"). */
function initialsOf(key: string): string {
  return key
    .split(' ')
    .filter((w) => !['of', 'for', 'and', 'the', '&', 'in', 'on'].includes(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The label a short form takes from a longer name, and whether it is the longer name's first words, which may
 * name something else of their own ("Wiarton" of "Wiarton Willie", "Taber" of "Taber Police Service").
 */
export interface ShortForm {
  label: Label;
  /** The short form's own votes that win over the longer name's label: any, a place's, or none. */
  yieldsTo: 'any' | 'place' | 'none';
}

/**
 * What the longer names of the article say about a short one: "Kerry" after "John Kerry" is the person,
 * "Mercantile" after "Mercantile Bancorp Inc." the bank, "NAPM" after "National Association of Purchasing
 * Management" the association. Returns the label each short form takes (the first longer name wins).
 */
export function shortForms(longNames: Map<string, Label | null>): Map<string, ShortForm> {
  const forms = new Map<string, ShortForm>();
  const add = (form: string, label: Label, yieldsTo: ShortForm['yieldsTo'] = 'none') => {
    if (!forms.has(form)) forms.set(form, { label, yieldsTo });
  };
  for (const [other, label] of longNames) {
    const words = other.split(' ');
    if (words.length < 2 || label === null || label === 'misc') continue;
    if (label === 'person') {
      add(bare(words.at(-1) ?? ''), 'person');
      // "Steven" of "Steven Gerrard", not "Yahoo" of "Yahoo Search"
      if (classOf(words[0]) === 'firstName') add(words[0], 'person', 'any');
    } else if (label === 'organization') {
      // "Taber" of "Taber Police Service" may well be the town: its own votes win
      for (let k = 1; k < words.length; k++) add(words.slice(0, k).join(' '), 'organization', 'place');
      const initials = initialsOf(other);
      if (initials.length > 1) add(initials, 'organization');
    }
  }
  return forms;
}

/**
 * What the full names of the article say about each mention of their short forms, whatever else the short
 * form may name: the family name of a person named in full is that person ("Jordan" after "Neil Jordan",
 * not the country), and so is a known first name ("Steven" after "Steven Gerrard"); the initials of an
 * organisation are that organisation ("KDP" after "Kurdistan Democratic Party", not a place). A vote on each
 * mention, so that a mention saying otherwise ("flew to Jordan") still weighs in.
 */
export function voteLongerNames(candidates: Candidate[], totals: Map<string, Map<Label, number>>): void {
  const forms = new Map<string, { label: Label; rule: string }>();
  for (const [key, byLabel] of totals) {
    const words = key.split(' ');
    const { label, weight } = best(byLabel);
    if (words.length < 2 || weight < (label === 'person' ? PERSON_EVIDENCE : DECIDED)) continue;
    if (label === 'person') {
      forms.set(bare(words.at(-1) ?? ''), { label, rule: 'family-name' });
      if (classOf(words[0]) === 'firstName') forms.set(words[0], { label, rule: 'first-name-of' });
    }
    if (label === 'organization' && words.length > 2) forms.set(initialsOf(key), { label, rule: 'initials-of' });
  }
  if (!forms.size) return;
  for (const c of candidates) {
    const form = c.key.includes(' ') ? undefined : forms.get(bare(c.key));
    // "Ford" beside "Bill Ford" is most often the company: a known organisation keeps its class
    const known = classOf(c.key);
    if (form && known !== 'organization' && known !== 'team') {
      c.votes.push({ ...form, weight: LONGER_NAME_WEIGHT, local: false });
    }
  }
}
