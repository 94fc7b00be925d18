import {
  DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  TEXT_NOUNS,
  TIME_WORDS,
  TITLE_WORDS,
} from './lexicon.js';
import type { QuotedSegment } from './marks.js';
import { nameWord } from './names.js';
import {
  lastSpeechVerb,
  parsePhrase,
  phraseAfter,
  phraseBefore,
  type SpeakerMention,
  skipModifiersBack,
  speechVerbAt,
} from './speaker-phrase.js';
import type { Token } from './tokens.js';

/** Who said a quotation, as one rule found it. */
export interface Attribution {
  /** The words naming the speaker, or null when the speaker is taken from another quotation. */
  mention: SpeakerMention | null;
  /** The quotation (segment index) whose speaker this one shares, or null. */
  inherits: number | null;
  /** A speech verb binds the speaker right next to the quotation (`"...," Kerry said`, `Kerry said: "..."`). */
  adjacent: boolean;
}

/** What a rule sees of one quotation. */
export interface QuoteContext {
  segments: QuotedSegment[];
  index: number;
  segment: QuotedSegment;
  /** The clause before the quotation: from the sentence start or the previous quotation in the paragraph. */
  before: Token[];
  /** The clause after it: up to the sentence end or the next quotation in the paragraph. */
  after: Token[];
  /** Whether `after` stops at the next quotation rather than at a sentence end. */
  afterReachesQuote: boolean;
  /** Whether the quoted words end with a full stop (`"...."`), so the words after start a new sentence. */
  closesSentence: boolean;
  /** The last sentence of the previous paragraph, outside quotations. */
  previousParagraphEnd: Token[];
  /** Attributions of the earlier quotations, by segment index (null where none was found). */
  found: (Attribution | null)[];
  /** Whether a name or description mention can be a person speaking. */
  isPerson(mention: SpeakerMention): boolean;
}

export interface AttributionRule {
  id: string;
  attribute(ctx: QuoteContext): Attribution | null;
}

/** How far after a quotation its speaker's verb may come (room for an apposition: "Harry Bond, 30, of Raleigh, said"). */
const MAX_SUBJECT_TOKENS = 24;
const DASHES = new Set(['-', '–', '—', '―', '--']);
/** Words before a participle that make its subject the clause's subject ("..., adding", "before asking"). */
const PARTICIPLE_LEAD = new Set([',', 'before', 'after', 'while', 'when', 'by', 'and', 'then']);

const adjacentTo = (mention: SpeakerMention | null): Attribution | null =>
  mention ? { mention, inherits: null, adjacent: true } : null;

/** A word that can start a speaker phrase: a name, a pronoun, a determiner or a role word, not "In" or "sponsored". */
function opensSpeakerPhrase(t: Token | undefined): boolean {
  if (!t?.word) return false;
  const bare = t.lower.replace(/\.$/, '');
  if (t.capitalised) return nameWord(t) || PRONOUNS.has(t.lower) || TITLE_WORDS.has(bare) || DETERMINERS.has(bare);
  return PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower) || TITLE_WORDS.has(t.lower) || t.possessive;
}

function skipComma(tokens: Token[], i: number): number {
  return tokens[i]?.text === ',' ? i + 1 : i;
}

/** Where a clause's subject can start: after an opening adverbial ("At a conference hosted by X on Friday, he said"). */
function leadingAdverbialEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (!first || !(PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || /^[a-z]+ly$/i.test(first.text)))
    return 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > 0 && comma < 20 ? comma + 1 : 0;
}

/** The first person-like mention of a clause, not inside a prepositional phrase: its subject, roughly. */
export function clauseSubject(
  tokens: Token[],
  isPerson: (m: SpeakerMention) => boolean,
  limit = 20,
): SpeakerMention | null {
  for (let i = leadingAdverbialEnd(tokens); i < Math.min(tokens.length, limit); i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (prev && PREPOSITIONS.has(prev.lower)) continue;
    if (!t.capitalised && PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you') {
      return { kind: 'pronoun', text: t.lower, start: t.start, end: t.end, role: null };
    }
    if (t.lower === 'i' && t.text === 'I')
      return { kind: 'pronoun', text: 'i', start: t.start, end: t.end, role: null };
    if (!nameWord(t)) continue;
    let end = i + 1;
    while (end < tokens.length && nameWord(tokens[end]) && !tokens[end - 1].possessive) end++;
    if (tokens[end - 1].possessive) {
      i = end - 1;
      continue;
    }
    const mention = parsePhrase(tokens.slice(i, end));
    if (mention?.kind === 'name' && isPerson(mention)) return mention;
    i = end - 1;
  }
  return null;
}

/**
 * The speaker of the speech verb at `verb`: its subject. A participle after a comma or a conjunction takes the
 * subject of the verb before it ("Nefzi said, adding, ...") or else the clause's ("Trump walked in, saying ...");
 * another participle takes a text right before it ("a sign saying ...") or else the clause's subject.
 */
function subjectOf(tokens: Token[], verb: number, isPerson: (m: SpeakerMention) => boolean): SpeakerMention | null {
  if (!SPEECH_VERBS.get(tokens[verb].lower)?.participle) return phraseBefore(tokens, verb);
  const lead = tokens[skipModifiersBack(tokens, verb - 1)];
  if (!lead || PARTICIPLE_LEAD.has(lead.lower)) {
    const earlier = lastSpeechVerb(tokens.slice(0, verb));
    const subject = earlier >= 0 ? subjectOf(tokens, earlier, isPerson) : null;
    return subject ?? clauseSubject(tokens.slice(0, verb), isPerson);
  }
  const before = phraseBefore(tokens, verb);
  if (before?.kind === 'description' && TEXT_NOUNS.has(before.text.toLowerCase().split(' ').pop() ?? '')) return before;
  return clauseSubject(tokens.slice(0, verb), isPerson) ?? before;
}

/** A clause reads as the lead-in of a quotation: ends with the verb, "verb:", "verb, ...:" or "verb that". */
function leadsIn(tokens: Token[], verb: number): boolean {
  const filler = tokens.slice(verb + 1);
  if (filler.length === 0) return true;
  const last = filler[filler.length - 1];
  if (filler.length === 1 && last.lower === 'that') return true;
  return (last.text === ':' || last.text === ',') && filler.length <= 12;
}

/**
 * The attribution rules, in the order they are tried. A speaker named right after the quotation comes first
 * because that is how news copy attributes most quotations and it is the least ambiguous; then a lead-in right
 * before it; then the quotation's neighbours (the other half of a split quotation, a paragraph it continues, the
 * previous paragraph's lead-in or quotation), and last the looser readings of the sentence around it.
 */
export const ATTRIBUTION_RULES: AttributionRule[] = [
  // "We will go," said Kerry.  /  "Why?" asked the official.  /  "...," according to a State Department spokesman.
  {
    id: 'verb-then-speaker-after',
    attribute({ after }) {
      const i = skipComma(after, 0);
      if (after[i]?.lower === 'according' && after[i + 1]?.lower === 'to') {
        return adjacentTo(phraseAfter(after, i + 2));
      }
      if (!speechVerbAt(after, i) || !SPEECH_VERBS.get(after[i].lower)?.invertible) return null;
      const mention = phraseAfter(after, i + 1);
      return mention && mention.kind !== 'pronoun' ? adjacentTo(mention) : null;
    },
  },
  // "We will go," Kerry said.  /  "...," the top US diplomat said.  /  "...," Doug Smith, a spokesman, told the Post.
  {
    id: 'speaker-then-verb-after',
    attribute({ after, afterReachesQuote, closesSentence }) {
      const from = skipComma(after, 0);
      if (!opensSpeakerPhrase(after[from])) return null;
      // "...policy." Reid said both men are "non-entities": a new sentence reporting someone else's words
      if (closesSentence && afterReachesQuote) return null;
      for (let v = from + 1; v < Math.min(after.length, from + MAX_SUBJECT_TOKENS); v++) {
        if (!speechVerbAt(after, v)) continue;
        if (SPEECH_VERBS.get(after[v].lower)?.participle) return null;
        if (afterReachesQuote && after[after.length - 1].text === ':' && after.length - v < 6) return null;
        const end = skipModifiersBack(after, v - 1) + 1;
        return adjacentTo(parsePhrase(after.slice(from, end)));
      }
      return null;
    },
  },
  // Kerry said: "We will go."  /  He added, "..."  /  Trump told reporters on Monday: "..."  /  chanting "U-S-A!"
  {
    id: 'speaker-verb-before',
    attribute({ before, isPerson }) {
      const verb = lastSpeechVerb(before);
      if (verb < 0 || !leadsIn(before, verb)) return null;
      return adjacentTo(subjectOf(before, verb, isPerson));
    },
  },
  // According to Kerry, "we will go."
  {
    id: 'according-to-before',
    attribute({ before }) {
      const i = before.findIndex((t, k) => t.lower === 'according' && before[k + 1]?.lower === 'to');
      if (i < 0 || before[before.length - 1]?.text !== ',') return null;
      return adjacentTo(phraseAfter(before, i + 2));
    },
  },
  // "We will not give up": Lavrov
  {
    id: 'colon-then-speaker',
    attribute({ after }) {
      if (after[0]?.text !== ':' || after.length > 6) return null;
      const mention = parsePhrase(after.slice(1));
      return mention?.kind === 'name' ? adjacentTo(mention) : null;
    },
  },
  // "Fear is what he sells." - Ana Lopez
  {
    id: 'dash-then-speaker',
    attribute({ after }) {
      if (!DASHES.has(after[0]?.text ?? '') || after.length > 7) return null;
      const mention = parsePhrase(after.slice(1));
      return mention?.kind === 'name' ? adjacentTo(mention) : null;
    },
  },
  // "We will go," he said, "and we will stay."  /  "We will go," he said. "And we will stay."
  {
    id: 'split-quotation',
    attribute({ segments, index, segment, found }) {
      const previous = segments[index - 1];
      if (!previous || previous.paragraph !== segment.paragraph || !found[index - 1]) return null;
      const { mention, adjacent } = found[index - 1] as Attribution;
      // The attribution between the halves binds both; a later stretch of the same sentence binds only loosely.
      const between = mention !== null && mention.start >= previous.end && mention.end <= segment.start;
      if (!between && segment.start - previous.end >= 80) return null;
      return { mention: null, inherits: index - 1, adjacent: adjacent && between };
    },
  },
  // "We will go on with the talks ...(no closing mark)
  // "... until the end," (the next paragraph goes on with the same quotation)
  {
    id: 'continued-paragraph',
    attribute({ segment }) {
      return segment.continues !== null ? { mention: null, inherits: segment.continues, adjacent: true } : null;
    },
  },
  // Caddell continued:
  // "The health issue is very much a partisan issue."
  {
    id: 'lead-in-previous-paragraph',
    attribute({ before, previousParagraphEnd: lead, isPerson }) {
      if (before.length > 0 || lead[lead.length - 1]?.text !== ':') return null;
      const verb = lastSpeechVerb(lead);
      if (verb < 0 || !leadsIn(lead, verb)) return null;
      return adjacentTo(subjectOf(lead, verb, isPerson));
    },
  },
  // "...," Kerry said.
  // "But we focused today on the political process."
  {
    id: 'previous-paragraph-quotation',
    attribute({ segments, index, segment, before, after, found }) {
      const previous = segments[index - 1];
      const opensParagraph = before.length === 0;
      const standsAlone = after.length === 0 || after.every((t) => !t.word);
      if (!previous || previous.paragraph !== segment.paragraph - 1 || !opensParagraph || !standsAlone) return null;
      return found[index - 1] ? { mention: null, inherits: index - 1, adjacent: false } : null;
    },
  },
  // Kerry conveyed Washington's concern "that some of Russia's strikes have hit the moderate opposition"
  // Lavrov said the two countries agreed to intensify "our efforts in counterterrorism."
  {
    id: 'reported-speech',
    attribute({ before, isPerson }) {
      for (let v = before.length - 1; v >= 0; v--) {
        const t = before[v];
        if (!t.capitalised && SPEECH_NOUNS.has(t.lower) && before[v - 1]?.possessive) {
          const owner = parsePhrase([before[v - 1]]);
          if (owner && isPerson(owner)) return { mention: owner, inherits: null, adjacent: false };
        }
        if (!speechVerbAt(before, v)) continue;
        const mention = subjectOf(before, v, isPerson);
        if (mention && (mention.kind === 'pronoun' || isPerson(mention)))
          return { mention, inherits: null, adjacent: false };
      }
      return null;
    },
  },
  // Kerry called Lavrov the "co-convenor" and thanked him for his efforts "to lead us up now"
  {
    id: 'clause-subject',
    attribute({ before, isPerson }) {
      const mention = clauseSubject(before, isPerson);
      return mention ? { mention, inherits: null, adjacent: false } : null;
    },
  },
];

/** The first rule that attributes the quotation, with its id; null when none does. */
export function attribute(ctx: QuoteContext): { rule: string; attribution: Attribution } | null {
  for (const rule of ATTRIBUTION_RULES) {
    const attribution = rule.attribute(ctx);
    if (attribution) return { rule: rule.id, attribution };
  }
  return null;
}
