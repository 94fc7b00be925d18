import type { Question } from '../question/types.js';
import { COURTESY_TITLES, NAME_PARTICLES } from '../text/lexicon.js';
import type { Phrase } from '../text/phrases.js';
import type { ParsedSentence } from './parse.js';

/** The last word of a name, which every mention of it shares ("Lavrov" of "Sergei Lavrov"). */
export function keyWordOf(name: string): string {
  const words = name
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((w) => !COURTESY_TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  // "al-Assad" is mentioned as "Assad" too
  return (words[words.length - 1] ?? '').toLowerCase().replace(PARTICLE_PREFIX, '');
}

const PARTICLE_PREFIX = new RegExp(`^(?:${[...NAME_PARTICLES].join('|')})-(?=\\p{L})`, 'u');

/** The words of a name, a hyphenated particle apart ("Bashar al-Assad's" -> bashar, al, assad). */
export const nameWordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/\s+/)
    .flatMap((w) =>
      w
        .replace(/['’]s$/, '')
        .replace(PARTICLE_PREFIX, (p) => `${p.slice(0, -1)} `)
        .split(' '),
    );

/**
 * Where the sentence mentions the question's subject: a name sharing its key word, or a name extraction
 * resolved to it (canonical); else the bare word, widened to the capitalised words around it.
 */
export function subjectMentions(question: Question, sentence: ParsedSentence): Phrase[] {
  if (!question.subject) return [];
  const key = keyWordOf(question.subject);
  if (!key) return [];
  const holds = (text: string | null): boolean => text !== null && nameWordsOf(text).includes(key);
  const subjectWords = new Set(nameWordsOf(question.subject));
  const bare = (i: number): string => sentence.words[i].raw.toLowerCase().replace(/['’]s$/, '');
  const names = sentence.names
    // a place resolved to the subject's canonical name ("Wiarton" for "Wiarton Willie") is not a mention of it
    .filter((n) => holds(n.text) || (holds(n.canonical) && n.type !== 'place'))
    .map((n) => {
      // "Russian Foreign Minister Sergei Lavrov" as one capitalised run: the mention is "Sergei Lavrov"
      let first = n.first;
      while (first < n.last && !subjectWords.has(bare(first)) && holds(sentence.phrase(first + 1, n.last).text))
        first++;
      return first === n.first ? n : sentence.phrase(first, n.last);
    });
  if (names.length) return names;
  return sentence.words.flatMap((w, i) => {
    if (w.raw.toLowerCase().replace(/['’]s$/, '') !== key) return [];
    let first = i;
    while (first > 0 && /^\p{Lu}/u.test(sentence.words[first - 1].raw) && !/[,;:]/.test(sentence.words[first - 1].post))
      first--;
    return [sentence.phrase(first, i)];
  });
}
