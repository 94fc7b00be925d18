import type { Question } from '../question/types.js';
import { COURTESY_TITLES } from '../text/lexicon.js';
import type { Phrase } from '../text/phrases.js';
import type { ParsedSentence } from './parse.js';

/** The last word of a name, which every mention of it shares ("Lavrov" of "Sergei Lavrov"). */
export function keyWordOf(name: string): string {
  const words = name
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((w) => !COURTESY_TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  return (words[words.length - 1] ?? '').toLowerCase();
}

/**
 * Where the sentence mentions the question's subject: a name sharing its key word, or a name extraction
 * resolved to it (canonical); else the bare word, widened to the capitalised words around it.
 */
export function subjectMentions(question: Question, sentence: ParsedSentence): Phrase[] {
  if (!question.subject) return [];
  const key = keyWordOf(question.subject);
  if (!key) return [];
  const holds = (text: string | null): boolean =>
    Boolean(
      text
        ?.toLowerCase()
        .split(/\s+/)
        .some((w) => w.replace(/['’]s$/, '') === key),
    );
  const subjectWords = new Set(question.subject.toLowerCase().split(/\s+/));
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
