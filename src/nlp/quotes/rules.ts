import { DETERMINERS, PRONOUNS, SPEECH_NOUNS, SPEECH_VERBS, TEXT_NOUNS, TITLE_WORDS } from './lexicon.js';
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
import { clauseSubject, descriptionSubject, openingPronoun } from './subjects.js';
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
  /** Whether the quoted words end with punctuation (`"...,"`, `"...?"`), as a quotation before its tag does. */
  closesClause: boolean;
  /** The last sentence of the previous paragraph when it ends in a colon, outside quotations. */
  previousParagraphEnd: Token[];
  /**
   * The sentence before the quotation's own, outside quotations: in the same paragraph, or the last one of the
   * previous paragraph when the quotation opens its paragraph.
   */
  previousSentence: Token[];
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
/**
 * After a quotation ending in a full stop, the words after it are a tag only when short: a subject of a few words
 * ("Mr Smith"), the verb and at most a listener ("told BBC Radio Five Live").
 */
const MAX_TAG_SUBJECT = 4;
const MAX_TAG_TAIL = 6;
const DASHES = new Set(['-', '–', '—', '―', '--']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'so']);
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
    return subject ?? clauseSubject(tokens.slice(0, verb), isPerson) ?? openingPronoun(tokens);
  }
  const before = phraseBefore(tokens, verb);
  if (before?.kind === 'description' && TEXT_NOUNS.has(before.text.toLowerCase().split(' ').pop() ?? '')) return before;
  return clauseSubject(tokens.slice(0, verb), isPerson) ?? before;
}

/**
 * The verb at `verb` reports what was said, as a finite verb ("Smith said", "she insists"): not a participle, not
 * the bare form after a modal or "to" ("would assert", "wants to stress").
 */
function reports(tokens: Token[], verb: number): boolean {
  const form = tokens[verb].lower;
  const known = SPEECH_VERBS.get(form);
  return known !== undefined && !known.participle && form !== known.lemma;
}

/**
 * The clause names a speaker of its own: a speech verb with a subject ("Jones said he would"); with `pronouns`
 * false, a subject other than a pronoun, which may well stand for the speaker already named.
 */
function ownSpeaker(tokens: Token[], pronouns = true): boolean {
  const verb = lastSpeechVerb(tokens);
  const subject = verb >= 0 ? phraseBefore(tokens, verb) : null;
  return subject !== null && (pronouns || subject.kind !== 'pronoun');
}

/** A comma and a conjunction inside a stretch: it joins two clauses ("Mr Smith on his stance, but said"). */
function joinsClauses(tokens: Token[]): boolean {
  return tokens.some((t, i) => i > 0 && tokens[i - 1].text === ',' && COORDINATORS.has(t.lower));
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
 * previous paragraph's lead-in or quotation), then the looser readings of the sentence around it, and last the
 * speaker of the sentence before, for a quotation that is a sentence of its own.
 */
export const ATTRIBUTION_RULES: AttributionRule[] = [
  // "We will go," said Kerry.  /  "Why?" asked the official.  /  "...," according to a State Department spokesman.
  {
    id: 'verb-then-speaker-after',
    attribute({ after, closesClause }) {
      const i = skipComma(after, 0);
      if (after[i]?.lower === 'according' && after[i + 1]?.lower === 'to') {
        return adjacentTo(phraseAfter(after, i + 2));
      }
      // a "decent" state education: a quoted word inside a clause is not followed by its tag
      if (!closesClause && i === 0) return null;
      if (!speechVerbAt(after, i) || !SPEECH_VERBS.get(after[i].lower)?.invertible) return null;
      const mention = phraseAfter(after, i + 1);
      return mention && mention.kind !== 'pronoun' ? adjacentTo(mention) : null;
    },
  },
  // "We will go," Kerry said.  /  "...," the top US diplomat said.  /  "...," Doug Smith, a spokesman, told the Post.
  {
    id: 'speaker-then-verb-after',
    attribute({ after, afterReachesQuote, closesSentence, closesClause }) {
      const from = skipComma(after, 0);
      if (!opensSpeakerPhrase(after[from])) return null;
      // "...policy." Reid said both men are "non-entities": a new sentence reporting someone else's words
      if (closesSentence && afterReachesQuote) return null;
      for (let v = from + 1; v < Math.min(after.length, from + MAX_SUBJECT_TOKENS); v++) {
        if (!speechVerbAt(after, v)) continue;
        // "...." Mr Smith declined to say which: an infinitive is no attribution
        if (SPEECH_VERBS.get(after[v].lower)?.participle || after[v - 1].lower === 'to') return null;
        // Labour criticised "extravagant" Tory promises: a quoted word inside a clause, then a noun
        if (!closesClause && from === 0 && SPEECH_VERBS.get(after[v].lower)?.weak) return null;
        if (afterReachesQuote && after[after.length - 1].text === ':' && after.length - v < 6) return null;
        // "...today." Smith said the plan would fail: a sentence of its own, not a tag ("...today." he said.)
        if (closesSentence && (v - from > MAX_TAG_SUBJECT || after.length - v - 1 > MAX_TAG_TAIL)) return null;
        // the group "congratulated" Mr Smith on his stance, but said ...: the verb belongs to another clause
        if (joinsClauses(after.slice(from, v))) return null;
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
    attribute({ segments, index, segment, before, previousSentence, found }) {
      const previous = segments[index - 1];
      if (!previous || previous.paragraph !== segment.paragraph || !found[index - 1]) return null;
      const { mention, adjacent } = found[index - 1] as Attribution;
      // The attribution between the halves binds both; a later stretch of the same sentence binds only loosely,
      // and not at all once a speaker of its own leads to it ("...," he said. Jones said he would "...").
      const between = mention !== null && mention.start >= previous.end && mention.end <= segment.start;
      if (!between && (segment.start - previous.end >= 80 || ownSpeaker(before))) return null;
      // "...," he added. The vote will turn on "the economy": a new sentence of the writer's own leads to it
      if (between && before.length > 0 && !before.some((t) => t.start === mention.start)) return null;
      // "...," he said. Jones said it was late. "...": a sentence of another speaker in between
      const tag = mention !== null && previousSentence.some((t) => t.start === mention.start);
      const after = previousSentence.length > 0 && previousSentence[0].start >= previous.end;
      if (after && !tag && ownSpeaker(previousSentence, false)) return null;
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
      // "The 31-year-old admitted interest in the Lions tour was immense, calling it "...": the subject, not a name
      // further on
      const mention = descriptionSubject(before) ?? clauseSubject(before, isPerson);
      return mention ? { mention, inherits: null, adjacent: false } : null;
    },
  },
  // Smith said trade had been brisk. "We have sold most of the stock already."
  {
    id: 'previous-sentence-speaker',
    attribute({ before, previousSentence, isPerson }) {
      if (before.length > 0) return null;
      const verb = lastSpeechVerb(previousSentence);
      if (verb < 0 || !reports(previousSentence, verb)) return null;
      const mention = phraseBefore(previousSentence, verb) ?? clauseSubject(previousSentence.slice(0, verb), isPerson);
      if (!mention || (mention.kind === 'name' && !isPerson(mention))) return null;
      return { mention, inherits: null, adjacent: false };
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
