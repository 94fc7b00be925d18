import { nlp } from '../../nlp/compromise.js';
import { COURTESY_TITLES, NAME_PARTICLES } from '../text/lexicon.js';
import { tagText } from '../text/tagged.js';
import { type Classification, KIND_RULES } from './kinds.js';
import type { Gap, Question, QuestionWord } from './types.js';

const WH_WORD = /\b(?:who|whom|whose|what|which|when|where|why|how)\b/i;
/** "When she was in school, what would Julie do?": the question proper starts after the comma. */
const LEADING_CLAUSE =
  /^(?:when|if|while|after|before|as|since|once|according to)\b[^,]*,\s*(?=(?:who|whom|whose|what|which|when|where|why|how)\b)/i;

/** The question from its first wh-word on ("In what year..." -> "what year..."), or all of it. */
function coreOf(text: string): string {
  const afterClause = text.replace(LEADING_CLAUSE, '');
  if (afterClause !== text) return afterClause;
  const wh = text.match(WH_WORD);
  return wh ? text.slice(wh.index) : text;
}

function classify(core: string): { rule: string } & Classification {
  for (const rule of KIND_RULES) {
    const match = core.match(rule.pattern);
    const result = match ? rule.classify(match) : null;
    if (result) return { rule: rule.id, ...result };
  }
  throw new Error('newsbot: no question rule matched'); // unreachable: the last rule matches everything
}

const AUXILIARIES = new Set(
  'do does did done doing is are was were be been being am has have had having will would shall should can could may might must not'.split(
    ' ',
  ),
);
const isAuxiliary = (w: QuestionWord): boolean =>
  AUXILIARIES.has(w.raw.toLowerCase()) || ['Auxiliary', 'Copula', 'Modal', 'Negative'].some((t) => w.tags.has(t));
const isMainVerb = (w: QuestionWord): boolean => w.tags.has('Verb') && !isAuxiliary(w);
const isNounish = (w: QuestionWord): boolean =>
  ['Noun', 'Pronoun', 'Determiner', 'ProperNoun', 'Adjective', 'Value'].some((t) => w.tags.has(t)) &&
  !w.tags.has('Verb');

/**
 * Subject or object: "who won the game" asks for the doer; "who did Kerry meet" (an auxiliary, then a noun
 * phrase, then the main verb) asks for the other party.
 */
function gapOf(after: QuestionWord[], verb: QuestionWord | undefined): Gap {
  const [first, second] = after;
  if (!first || !second || !isAuxiliary(first)) return 'subject';
  // "what did Ada and Ben change": the verb `verbAfterSubject` found, whatever the tagger made of it
  if (verb && isNounish(second)) return 'object';
  // "what would Julie do": a form of "do" after the subject is the main verb
  const nounThenVerb =
    isNounish(second) && after.slice(2).some((w) => isMainVerb(w) || /^(?:do|does|did|done)$/i.test(w.raw));
  return nounThenVerb ? 'object' : 'subject';
}

const isCapitalised = (w: QuestionWord | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w.raw);

/**
 * Runs of capitalised words that are not the question's first word, titles left out ("Ms. Fithen" -> "Fithen"),
 * with the particles between them ("Bashar al-Assad") and their own separators (a hyphen stays a hyphen).
 */
function namesOf(words: QuestionWord[]): string[] {
  const names: string[] = [];
  let run: QuestionWord[] = [];
  const flush = (): void => {
    const kept = run.filter((w) => !COURTESY_TITLES.has(w.raw.toLowerCase().replace(/\.$/, '')));
    const text = kept.map((w, k) => (k < kept.length - 1 ? w.raw + (w.post.includes('-') ? '-' : ' ') : w.raw));
    if (kept.length) names.push(text.join('').replace(/['’]s$/, ''));
    run = [];
  };
  words.forEach((w, i) => {
    const capitalised = isCapitalised(w) && !(i === 0 && w.term === null);
    const particle = run.length > 0 && NAME_PARTICLES.has(w.raw.toLowerCase()) && isCapitalised(words[i + 1]);
    if ((capitalised && !WH_WORD.test(w.raw)) || particle) run.push(w);
    else flush();
    if (/['’]s$/.test(w.raw) || /[,;:]/.test(w.post)) flush();
  });
  flush();
  return names;
}

/** "what is the goal of...", "which team...", "who is the principal of...": the noun the wh-word asks about. */
function focusNounOf(afterWh: QuestionWord[]): QuestionWord | undefined {
  let i = 0;
  if (afterWh[i] && /^(?:is|are|was|were)$/i.test(afterWh[i].raw)) i++;
  while (afterWh[i] && (afterWh[i].tags.has('Determiner') || afterWh[i].tags.has('Adjective'))) i++;
  const word = afterWh[i];
  return word?.term && word.tags.has('Noun') && !word.tags.has('ProperNoun') && !word.tags.has('Pronoun')
    ? word
    : undefined;
}

/**
 * "..., according to political analysts", "how did Mark Churchill describe the movie", "what does author
 * Heather Pringle think archeology is about": the one whose words the question asks for.
 */
const SOURCE_PATTERNS = [
  /\baccording to ((?:the |an? )?[\w'’. -]+?)(?:,|$)/i,
  /^(?:how|what|why|when|where|who|whom)\b.*?\b(?:does|did|do|has|have|had) (.+?) (?:think|believe|feel|describe|say|call|expect|predict|fear)\b/i,
];

function sourceOf(text: string): string | null {
  for (const pattern of SOURCE_PATTERNS) {
    const found = text.match(pattern)?.[1]?.trim();
    if (found) return found;
  }
  return null;
}

const DO_SUPPORT = /^(?:do|does|did|will|would|can|could|should|may|might|must|shall)$/i;

/**
 * "What did Babe play?", "What does Milosevic refuse to do?": the tagger reads the bare verb after the
 * subject as a noun. After do-support, the last word of the run of nouns that follows is the verb, when
 * the run has more than the subject and ends in a lowercase word.
 */
function verbAfterDoSupport(afterWh: QuestionWord[]): QuestionWord | undefined {
  const aux = afterWh.findIndex((w) => DO_SUPPORT.test(w.raw));
  if (aux < 0) return undefined;
  let last = aux;
  while (afterWh[last + 1] && isNounish(afterWh[last + 1]) && !/[,;:]/.test(afterWh[last].post)) last++;
  const word = afterWh[last];
  return last - aux >= 2 && word.term && /^\p{Ll}/u.test(word.raw) ? word : undefined;
}

/** compromise's word list: what a word is out of context ("oppose" is a verb wherever it stands). */
const WORD_LIST = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
const listedAsVerb = (w: QuestionWord): boolean =>
  /^\p{Ll}/u.test(w.raw) && [WORD_LIST[w.raw.toLowerCase()]].flat().includes('Infinitive');

/**
 * "Why do some fans of the team oppose ticket prices?", "Why will farmers have to wait?": after do-support
 * right behind the wh-word, the subject comes first (at least one word, whatever the tagger made of it), then
 * the verb: the first word with an index term tagged as one, else the first listed as one (the tagger read it
 * as a noun). "Have", "be" and "do" have no index term: the verb that carries the meaning comes after them.
 */
function verbAfterSubject(afterWh: QuestionWord[]): QuestionWord | undefined {
  if (!afterWh[0] || !DO_SUPPORT.test(afterWh[0].raw.replace(/n['’]t$/i, ''))) return undefined;
  // "of the club oppose": a word after a determiner is a noun, whatever the tagger says
  const rest = afterWh.slice(2).filter((w, k) => w.term !== null && !afterWh[k + 1].tags.has('Determiner'));
  return rest.find(isMainVerb) ?? rest.find((w) => listedAsVerb(w) && !isAuxiliary(w));
}

/** Reads a cleaned question: its kind, the answer it expects, its focus words, names and verb. */
export function analyzeQuestion(text: string): Question {
  const bare = text.replace(/[\s?!.]+$/, '');
  const core = coreOf(bare);
  const classification = classify(core);
  const words: QuestionWord[] = tagText(bare).map(({ raw, start, end, term, tags, post }) => ({
    raw,
    start,
    end,
    term,
    tags,
    post,
  }));
  const coreStart = bare.length - core.length;
  const afterWh = words.filter((w) => w.start > coreStart);
  const afterSubject = verbAfterSubject(afterWh);
  const verbWord = afterSubject ?? afterWh.find(isMainVerb) ?? verbAfterDoSupport(afterWh);
  const focus = [focusNounOf(afterWh)?.term, verbWord?.term].filter((t): t is string => Boolean(t));
  return {
    text,
    kind: classification.kind,
    expects: classification.expects,
    gap: classification.gap ?? gapOf(afterWh, afterSubject),
    rule: classification.rule,
    words,
    terms: [...new Set(words.flatMap((w) => (w.term ? [w.term] : [])))],
    names: namesOf(words),
    focus,
    verb: verbWord?.term ?? null,
    unit: classification.unit ?? null,
    subject: classification.subject ?? null,
    topic: classification.topic ?? null,
    source: sourceOf(bare),
  };
}
