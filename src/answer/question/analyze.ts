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
    isNounish(second) &&
    after
      .slice(2)
      .some((w, k) => isMainVerb(w) || /^(?:do|does|did|done|have)$/i.test(w.raw) || isProgressive(w, after[k + 1]));
  return nounThenVerb ? 'object' : 'subject';
}

/**
 * "are the whales breathing": a lowercase -ing word right after a lowercase noun, which the tagger may read as
 * a noun too ("the NATO bombing", "a teaching tool" are nouns: after a name or an adjective).
 */
const isProgressive = (w: QuestionWord, before: QuestionWord | undefined): boolean =>
  /^\p{Ll}+ing$/u.test(w.raw) &&
  w.term !== null &&
  before !== undefined &&
  /^\p{Ll}/u.test(before.raw) &&
  before.tags.has('Noun') &&
  !before.tags.has('Adjective');

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
    const capitalised = isCapitalised(w) && !(i === 0 && (w.term === null || !w.tags.has('ProperNoun')));
    const particle = run.length > 0 && NAME_PARTICLES.has(w.raw.toLowerCase()) && isCapitalised(words[i + 1]);
    if ((capitalised && !WH_WORD.test(w.raw)) || particle) run.push(w);
    else flush();
    if (/['’]s$/.test(w.raw) || /[,;:]/.test(w.post)) flush();
  });
  flush();
  return names;
}

/** "what type of music": nouns that only name a sort of thing; the noun after "of" says which. */
const SORT_NOUNS = /^(?:types?|kinds?|sorts?|forms?)$/i;

/**
 * "what is the goal of...", "which team...", "who is the principal of...": the noun the wh-word asks about;
 * after a sort noun, the noun it sorts ("what kind of treatments" -> "treatments").
 */
function focusNounOf(afterWh: QuestionWord[], from = 0): QuestionWord | undefined {
  let i = from;
  if (afterWh[i] && /^(?:is|are|was|were)$/i.test(afterWh[i].raw)) i++;
  while (afterWh[i] && (afterWh[i].tags.has('Determiner') || afterWh[i].tags.has('Adjective'))) i++;
  const word = afterWh[i];
  if (word && SORT_NOUNS.test(word.raw) && /^of$/i.test(afterWh[i + 1]?.raw ?? '')) return focusNounOf(afterWh, i + 2);
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

/** The bare verbs without an index term: after do-support they are the main verb ("what do they have"). */
const BARE_LIGHT_VERB = /^(?:have|do|be)$/i;

const MODALS = 'will|would|can|could|should|may|might|must|shall';
const MODAL = new RegExp(`^(?:${MODALS})$`, 'i');
const DO_SUPPORT = new RegExp(`^(?:do|does|did|${MODALS})$`, 'i');

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
  // "What do Ann's glasses have on them?": the run is the subject of a bare "have", "do" or "be"
  if (afterWh[last + 1] && BARE_LIGHT_VERB.test(afterWh[last + 1].raw)) return undefined;
  return last - aux >= 2 && word.term && /^\p{Ll}/u.test(word.raw) ? word : undefined;
}

/** compromise's word lists: what a word is out of context ("oppose" is a verb wherever it stands, "milk" may be one). */
const MODEL = nlp.model() as {
  one: { lexicon: Record<string, string | string[] | undefined> };
  two: { switches: Record<string, string | undefined> };
};
/** A word list's entry for the asker's word: own keys only ("constructor" is not a word of Object's). */
const entryOf = <T>(list: Record<string, T | undefined>, raw: string): T | undefined =>
  Object.hasOwn(list, raw) ? list[raw] : undefined;
const listedAsVerb = (raw: string): boolean => [entryOf(MODEL.one.lexicon, raw)].flat().includes('Infinitive');
/** "program", "milk": a noun that may also be a verb. */
const nounOrVerb = (raw: string): boolean => (entryOf(MODEL.two.switches, raw) ?? '').includes('Verb');

/** "be taking", "have benefited": a participle after these is the verb, not a modifier of the noun before it. */
const PARTICIPLE_AUXILIARIES = /^(?:be|been|being|have|has|had)$/i;

/**
 * A bare verb as do-support wants it ("land", "oppose"): lowercase, with an index term, tagged or listed as a
 * verb, and neither a noun tagged plural nor a participle after a noun ("the plane carrying refugees"); a
 * participle counts after "be" or "have" ("be taking").
 */
function isBareVerb(w: QuestionWord, before: QuestionWord | undefined): boolean {
  if (!w.term || !/^\p{Ll}/u.test(w.raw)) return false;
  if (w.tags.has('Gerund') || w.tags.has('PastTense') || w.tags.has('Participle'))
    return before !== undefined && PARTICIPLE_AUXILIARIES.test(before.raw);
  return listedAsVerb(w.raw.toLowerCase()) || (w.tags.has('Verb') && !w.tags.has('Plural'));
}

/**
 * A word after which comes a noun, whatever the tagger says: a determiner, possessive or number word ("the
 * club", "teachers' strike", "one pilot"), or a participle that modifies the noun before it and takes its own
 * object ("the union representing plant workers").
 */
const opensNounPhrase = (w: QuestionWord, before: QuestionWord | undefined): boolean =>
  w.tags.has('Determiner') ||
  w.tags.has('Possessive') ||
  (w.tags.has('Value') && /^\p{Ll}/u.test(w.raw)) ||
  /['’]s?$/.test(w.raw) ||
  (['Gerund', 'PastTense', 'Participle'].some((t) => w.tags.has(t)) &&
    before?.tags.has('Noun') === true &&
    !before.tags.has('Adjective'));

/** "Ms. Finlay's radio program air", "a litre of milk cost": a noun-or-verb before a bare verb is a modifier. */
const isCompoundModifier = (w: QuestionWord, next: QuestionWord | undefined): boolean =>
  next !== undefined && nounOrVerb(w.raw.toLowerCase()) && !w.tags.has('Verb') && isBareVerb(next, w);

/**
 * "Why do some fans of the team oppose ticket prices?", "Where did the plane carrying refugees land?": after
 * do-support right behind the wh-word, the subject comes first (at least one word, whatever the tagger made of
 * it), then the verb: the first bare verb. "Have", "be" and "do" have no index term: the verb that carries the
 * meaning comes after them. "Who doesn't need help?": a negated auxiliary followed by a bare verb asks for
 * the subject, and the verb is found as in any other question.
 */
function verbAfterSubject(afterWh: QuestionWord[]): QuestionWord | undefined {
  if (!afterWh[0] || !DO_SUPPORT.test(afterWh[0].raw.replace(/n['’]t$/i, ''))) return undefined;
  if (/n['’]t$/i.test(afterWh[0].raw) && afterWh[1] && isBareVerb(afterWh[1], afterWh[0])) return undefined;
  const rest = afterWh.filter(
    (w, k) =>
      k >= 2 &&
      !opensNounPhrase(afterWh[k - 1], afterWh[k - 2]) &&
      isBareVerb(w, afterWh[k - 1]) &&
      !isCompoundModifier(w, afterWh[k + 1]),
  );
  return rest.find(isMainVerb) ?? rest[0];
}

/**
 * Whether a word tagged as a verb may be the question's verb: not the word after do-support (the subject:
 * "does Ann...", "will diabetics have to...", but "who will write" asks for the subject), not a word followed
 * by an auxiliary ("schools will phone": its subject).
 */
function isVerbSlot(w: QuestionWord, words: QuestionWord[], k: number, supported: boolean): boolean {
  const [before, after] = [words[k - 1], words[k + 1]];
  if (!isMainVerb(w) || (supported && k === 1 && (/^(?:do|does|did)$/i.test(before.raw) || !isBareVerb(w, before))))
    return false;
  return !(after && (after.tags.has('Modal') || MODAL.test(after.raw)));
}

/** "Who does Ann think used the caves?": an opinion verb whose clause holds the verb the answer turns on. */
const CLAUSE_VERBS = /^(?:think|believe|feel|say|claim|hope|suppose|expect)$/i;

/**
 * The clause's own verb: not a gerund ("the challenge facing"), not after a copula ("he was devastated"),
 * not a word in noun position ("American firms").
 */
function clauseVerbOf(afterWh: QuestionWord[], verb: QuestionWord | undefined): QuestionWord | undefined {
  if (!verb || !CLAUSE_VERBS.test(verb.raw)) return verb;
  const start = afterWh.indexOf(verb) + 1;
  const found = afterWh.find(
    (w, k) =>
      k >= start &&
      isMainVerb(w) &&
      w.term !== null &&
      !w.tags.has('Gerund') &&
      !afterWh[k - 1].tags.has('Copula') &&
      !afterWh[k - 1].tags.has('Adjective') &&
      !opensNounPhrase(afterWh[k - 1], afterWh[k - 2]),
  );
  return found ?? verb;
}

/** "..., according to Ann": the source's words are not the question's verb. */
const ACCORDING_TO = /\baccording to\b[^,]*/i;

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
  const source = bare.match(ACCORDING_TO);
  const inSource = (w: QuestionWord): boolean =>
    source?.index !== undefined && w.start >= source.index && w.start < source.index + source[0].length;
  const afterWh = words.filter((w) => w.start > coreStart && !inSource(w));
  const afterSubject = verbAfterSubject(afterWh);
  const supported = DO_SUPPORT.test(afterWh[0]?.raw ?? '');
  const mainVerb = afterWh.find((w, k) => isVerbSlot(w, afterWh, k, supported));
  const progressive = /^(?:is|are|was|were)$/i.test(afterWh[0]?.raw ?? '')
    ? afterWh.find((w, k) => k >= 2 && isProgressive(w, afterWh[k - 1]))
    : undefined;
  const verbWord = clauseVerbOf(afterWh, afterSubject ?? mainVerb ?? progressive ?? verbAfterDoSupport(afterWh));
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
