/**
 * Which way a bare weekday, month or season points, read from the verbs around it: a future marker in the
 * same clause ("will meet on Friday", "is scheduled for March") turns it forward, a past one back, and a
 * clause with neither is `unmarked` (news is written in the past, so most rules read that as past).
 */
export type Tense = 'past' | 'future' | 'unmarked';

/** Words that put the clause in the future ("would" too: reported plans, "said the talks would open Monday"). */
const FUTURE =
  /^(?:will|'ll|shall|wo|won't|would|should|must|gonna|planned|planning|scheduled|upcoming|coming|next|tomorrow|ahead|soon|begins|opens|starts|resumes|payable|effective)$/;
/** Words that mark the future only before "to" or "for" ("plans to", "is expected to"; not "the plan"). */
const FUTURE_BEFORE_TO = /^(?:plan|plans|expect|expects|expected|going|aims|intends|hopes)$/;
/** Words that put the clause in the past; any other lower-case word ending in -ed counts too. */
const PAST =
  /^(?:said|says|say|told|was|were|had|did|ago|last|earlier|yesterday|came|went|met|made|took|gave|began|saw|rose|fell|held|left|won|lost|sold|paid|got|put|hit|cut|quit|led|agreed|freed|ran|spoke|wrote|found|brought|thought|became|broke|chose|drove|flew|grew|knew|meant|sent|spent|stood|struck|swore|threw|tried|understood|wore|been|ended|closed|reported|announced|bought|caught|fought|sought|taught|felt|kept|built|lent|dealt|heard|fled|sank|sang|rang|drew|ate|hid|slid|stole|shook|forgot|forgave)$/;
/** "to" marks the future only before a verb of arranging, as in "agreed to meet on Friday". */
const TO_VERB =
  /^(?:meet|visit|hold|take|travel|fly|return|sign|vote|decide|announce|begin|start|open|attend|go|come|be|resume|discuss|leave|arrive|release|testify|appear)$/;

const WORD = /[A-Za-z']+/g;
/** Words ending in -ed that are no past tense: "a still unspecified date", "unidentified gunmen". */
const NOT_PAST_ED =
  /(?:eed|hundred|kindred)$|^un(?:disclosed|identified|named|specified|expected|precedented|related|scheduled|confirmed|explained|solved|resolved|provoked|announced)$/;
/** Verbs in their plain form that a participle may follow as an adjective ("be held", "remain closed"). */
const COPULA = /^(?:be|being|remain|remains|stay|stays|become|becomes|seem|seems|get|gets)$/;
/** Words after "set" that make it a verb of the past: "set aside", "set up", "set on fire". */
const SET_PARTICLE = /^(?:aside|off|out|up|down|about|on|in|free|alight|fire)$/;
/** The present of "be": before a participle of planning, or "to", it looks ahead ("is expected", "is to play"). */
const PRESENT_BE = /^(?:is|are|am|be|remains|remain)$/;
/** Participles and adjectives that look ahead after a present "be": "is expected on Monday", "are due Friday". */
const EXPECTATION =
  /^(?:expected|scheduled|slated|due|set|planned|likely|unlikely|poised|bound|certain|sure|tipped|billed|pencilled|penciled|timetabled|to)$/;
/**
 * Verbs of a programme or a fixture in the present, which news uses for what is still to come ("Wales face
 * Italy on Saturday", "Auditions begin on Thursday", "He makes his return on Tuesday"); the past of these
 * events is told in the past tense.
 */
const SCHEDULED_PRESENT =
  /^(?:face|faces|meet|meets|play|plays|host|hosts|visit|visits|begin|start|open|launch|launches|return|returns|resume|kick|kicks|travel|travels|fly|flies|arrive|arrives|appear|appears|attend|attends|unveil|unveils|publish|publishes|debut|debuts|premiere|premieres|air|airs|take|takes|go|goes|come|comes|make|makes|await|awaits|need|needs|want|wants|hope|hopes)$/;
/** Words before a verb-like word that make it a noun: "the plays", "his visits", "tax returns". */
const NOUN_BEFORE = /^(?:the|a|an|his|her|its|their|our|my|your|these|those|this|that|tax|press|\d+)$/;
/**
 * Words before a plain verb that leave its tense to another word: "did not meet", "could not face", and
 * "have" before a participle ("prices have come down"), and the habits of a relative clause ("who make up").
 */
const NOT_OWN_TENSE = /^(?:not|never|n't|didn't|did|don't|doesn't|have|has|had|'ve|having|who|which)$/;
/** Words just before the expression that look ahead to it when no verb says otherwise: "have until Thursday". */
const LEANS_FORWARD = /\b(?:until|till|ahead of|in time for)\s*$/i;
/** A word just before the expression that puts it in the past whatever the verbs say: "since October". */
const LEANS_BACK = /\bsince\s*$/i;
/** Verbs that move a time forward when it comes after "until" ("postponed the vote until Tuesday"). */
const DEFERRAL = /^(?:postponed|delayed|deferred|extended|adjourned|rescheduled|suspended)$/;
/** How many words either side of the expression the verbs are looked for. */
const WINDOW = 10;
/** Where a clause ends: semicolons, colons, dashes and quotation marks. */
const CLAUSE_MARKS = [';', ':', ' -- ', '"', '“', '”', '``', "''"];

/**
 * One word of the clause, seen with its neighbours on its side of the expression: `word` in lower case,
 * `original` as written, `next` and `previous` in lower case, `between` the words that stand between it
 * and the expression, and `side` the side it stands on.
 */
interface WordInContext {
  word: string;
  original: string;
  next: string | undefined;
  previous: string | undefined;
  between: string[];
  side: 'left' | 'right';
}

/** What a word says of its clause: a tense, `none` (it looks like a marker but is none here), or null. */
type Verdict = Tense | 'none';

/** One way a word shows the tense of its clause. */
interface TenseMarker {
  id: string;
  tense: (w: WordInContext) => Verdict | null;
}

/**
 * Tried in order on each word; the first that answers decides. The words that mark the future only in
 * company ("to", "set", "plans", "due", "early", "next", "expected" after "is"), participles after "be" and
 * verbs after "to" come before the plain lists, which would misread them; the present of a fixture ("face",
 * "meet") comes after the checks that make such a word an infinitive or a participle.
 */
const MARKERS: TenseMarker[] = [
  // "The ministers agreed to meet on Friday."
  { id: 'to-verb', tense: (w) => (w.word === 'to' ? (w.next && TO_VERB.test(w.next) ? 'future' : null) : null) },
  // "The vote is set for Monday." / "The plant was set on fire Monday." / "she set aside her plans" /
  // "set-top boxes": the verb, or a noun saying nothing
  {
    id: 'set',
    tense: (w) => {
      if (w.word !== 'set') return null;
      if (w.next === 'to' || w.next === 'for') return 'future';
      return w.next && SET_PARTICLE.test(w.next) ? 'past' : 'none';
    },
  },
  // "He plans to leave on Friday." / "the plan" alone says nothing
  {
    id: 'before-to',
    tense: (w) => (FUTURE_BEFORE_TO.test(w.word) && (w.next === 'to' || w.next === 'for') ? 'future' : null),
  },
  // "payment due Friday" (but "due to the storm" is a cause)
  { id: 'due', tense: (w) => (w.word === 'due' && w.next !== 'to' ? 'future' : null) },
  // "as early as Tuesday"
  { id: 'as-early-as', tense: (w) => (w.word === 'early' && w.next === 'as' ? 'future' : null) },
  // "The verdict is expected on Monday." / "The band is to play on Saturday." (not "was expected")
  {
    id: 'present-be-expected',
    tense: (w) => (EXPECTATION.test(w.word) && w.previous && PRESENT_BE.test(w.previous) ? 'future' : null),
  },
  // "The law was not adopted as planned on Monday." / "earlier than scheduled": a plan compared, not made
  {
    id: 'as-planned',
    tense: (w) =>
      /^(?:planned|scheduled|expected)$/.test(w.word) && (w.previous === 'as' || w.previous === 'than') ? 'none' : null,
  },
  // "On Wednesday, ahead of the report, he told BBC News": what lies ahead is the report, not the day
  { id: 'ahead-of-after', tense: (w) => (w.side === 'right' && w.word === 'ahead' && w.next === 'of' ? 'none' : null) },
  // "an office building next to the embassy, Friday morning": a place, not the next of anything
  { id: 'next-to', tense: (w) => (w.word === 'next' && w.next === 'to' ? 'none' : null) },
  // "Officials postponed the vote until Tuesday." / "extended its deadline until 9 a.m. Tuesday"
  {
    id: 'deferred-until',
    tense: (w) => (DEFERRAL.test(w.word) && w.between.some((b) => b === 'until' || b === 'till') ? 'future' : null),
  },
  // "The accession would still be held on April 24." / "The banks will remain closed until Tuesday.": a
  // participle after "be" or a verb like it takes its tense from the verb before
  {
    id: 'participle-after-be',
    tense: (w) =>
      w.previous && COPULA.test(w.previous) && (PAST.test(w.word) || w.word.endsWith('ed')) ? 'none' : null,
  },
  // "The storm is expected to hit Thursday evening.": a verb after "to" is no past tense, whatever its form
  { id: 'infinitive', tense: (w) => (w.previous === 'to' && PAST.test(w.word) ? 'none' : null) },
  // "Wales face Italy on Saturday." (not "the plays on Friday", "did not meet on Friday", "the MPs who make
  // up the committee", nor "the Australian Open")
  {
    id: 'scheduled-present',
    tense: (w) =>
      w.original === w.word &&
      SCHEDULED_PRESENT.test(w.word) &&
      !(w.previous && (NOUN_BEFORE.test(w.previous) || NOT_OWN_TENSE.test(w.previous)))
        ? 'future'
        : null,
  },
  // "The talks will open on Friday."
  { id: 'future-word', tense: (w) => (FUTURE.test(w.word) ? 'future' : null) },
  // "Kerry met Putin on Tuesday."
  { id: 'past-word', tense: (w) => (PAST.test(w.word) ? 'past' : null) },
  // "The company announced the plan Aug. 21." (lower case only: "United" is a name; "expected" waits for "to")
  {
    id: 'past-ed',
    tense: ({ word, original }) =>
      original === word &&
      word.length > 4 &&
      word.endsWith('ed') &&
      !NOT_PAST_ED.test(word) &&
      !FUTURE_BEFORE_TO.test(word)
        ? 'past'
        : null,
  },
];

function verdictOf(w: WordInContext): Verdict | null {
  for (const marker of MARKERS) {
    const verdict = marker.tense(w);
    if (verdict) return verdict;
  }
  return null;
}

/** The clause around [start, end) in `sentence`, cut at the marks that end a clause. */
function clause(sentence: string, start: number, end: number): { before: string; after: string } {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const from = Math.max(
    0,
    ...CLAUSE_MARKS.map((c) => (before.lastIndexOf(c) < 0 ? 0 : before.lastIndexOf(c) + c.length)),
  );
  const to = Math.min(after.length, ...CLAUSE_MARKS.map((c) => after.indexOf(c)).filter((i) => i >= 0));
  return { before: before.slice(from), after: after.slice(0, to) };
}

/** The words of one side of the expression, each with its neighbours; `left` lists them nearest first. */
function inContext(original: string[], side: 'left' | 'right'): WordInContext[] {
  const words = original.map((w) => w.toLowerCase());
  const seen = words.map((word, i) => ({
    word,
    original: original[i],
    next: words[i + 1],
    previous: words[i - 1],
    between: side === 'left' ? words.slice(i + 1) : words.slice(0, i),
    side,
  }));
  return side === 'left' ? seen.reverse() : seen;
}

/** The tense of the clause holding the span [start, end) of `sentence` (offsets into `sentence`). */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const { before, after } = clause(sentence, start, end);
  if (LEANS_BACK.test(before)) return 'past';
  const left = inContext((before.match(WORD) ?? []).slice(-WINDOW), 'left');
  const right = inContext((after.match(WORD) ?? []).slice(0, WINDOW), 'right');
  // The verb right after the expression is the one it modifies ("the State Department on Sunday issued"),
  // whatever a phrase before it says; not across a comma ("who won on Saturday, will travel"), nor "to",
  // which starts a purpose ("met on Friday to discuss"). Otherwise the nearest marker before it, then the
  // ones after.
  const verbFirst = right.length > 0 && right[0].word !== 'to' && /^\s+[A-Za-z]/.test(after);
  const order = verbFirst ? [right[0], ...left, ...right.slice(1)] : [...left, ...right];
  for (const w of order) {
    const verdict = verdictOf(w);
    if (verdict && verdict !== 'none') return verdict;
  }
  return LEANS_FORWARD.test(before) ? 'future' : 'unmarked';
}
