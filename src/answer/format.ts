import { citationOf } from '../citation.js';
import { renderTimeValue } from '../nlp/dates/render.js';
import type { Question } from './question/types.js';
import type { Candidate } from './rules/types.js';
import type { Evidence } from './types.js';

/** "MOSCOW" (a dateline's capitals) -> "Moscow"; short acronyms ("US", "NATO") stay. */
function titleCase(name: string): string {
  if (!/^[\p{Lu} .'’-]{5,}$/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The answer phrase as shown: a date that leans on the article's date ("this Friday, Dec 18") reads in full
 * ("Friday, December 18, 2015"); a phrase that already names its year, or is vague ("two weeks ago"),
 * stays as the article puts it.
 */
export function answerText(question: Question, candidate: Candidate): string {
  const text = candidate.text
    .replace(/^[\s,;:"“”'‘’(]+|[\s,;:"“”'‘’)]+$/g, '')
    .replace(/[.!?]+$/, (end) => (/\b(?:\p{Lu}\.|Inc|Corp|Ltd|Co|Jr|Sr|St)\.$/u.test(candidate.text) ? end : ''));
  // "Saskatoon's" answers where, "Prince Edward's" answers whose
  if (question.expects === 'place' || (question.expects === 'person' && question.rule !== 'whose')) {
    return titleCase(text.replace(/['’]s$/, ''));
  }
  if (question.expects === 'date' && candidate.value && /^\d{4}-\d\d-\d\d$/.test(candidate.value)) {
    if (!/\b\d{4}\b/.test(text)) return renderTimeValue(candidate.value);
  }
  return text;
}

/** The evidence entry of one candidate's sentence, with the answer's place in it when it is inside. */
export function evidenceOf(candidate: Pick<Candidate, 'sentence' | 'start' | 'end'>): Evidence {
  const { view } = candidate.sentence;
  const { article } = view.doc;
  const inside = candidate.start >= view.sentence.start && candidate.end <= view.sentence.end;
  return {
    ...citationOf(view.doc),
    sentence: view.text,
    start: view.sentence.start,
    end: view.sentence.end,
    ...(article.url ? { url: article.url } : {}),
    ...(inside && candidate.end > candidate.start ? { answerStart: candidate.start, answerEnd: candidate.end } : {}),
  };
}
