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
  /^(?:said|says|say|told|was|were|had|did|ago|last|earlier|yesterday|came|went|met|made|took|gave|began|saw|rose|fell|held|left|won|lost|sold|paid|got|put|hit|cut|quit|led|agreed|freed|ran|spoke|wrote|found|brought|thought|became|broke|chose|drove|flew|grew|knew|meant|sent|spent|stood|struck|swore|threw|tried|understood|wore|been|ended|closed|reported|announced)$/;
/** "to" marks the future only before a verb of arranging, as in "agreed to meet on Friday". */
const TO_VERB =
  /^(?:meet|visit|hold|take|travel|fly|return|sign|vote|decide|announce|begin|start|open|attend|go|come|be|resume|discuss|leave|arrive|release|testify|appear)$/;

const WORD = /[A-Za-z']+/g;
/** Words ending in -ed that are no past tense. */
const NOT_PAST_ED = /(?:eed|hundred|kindred)$/;
/** How many words either side of the expression the verbs are looked for. */
const WINDOW = 10;
/** Where a clause ends: semicolons, colons, dashes and quotation marks. */
const CLAUSE_MARKS = [';', ':', ' -- ', '"', '“', '”', '``', "''"];

/** One way a word shows the tense of its clause; `next` is the word after it (lower case). */
interface TenseMarker {
  id: string;
  tense: (word: string, next: string | undefined, original: string) => Tense | null;
}

/**
 * Tried in order on each word; the first that answers decides. The words that mark the future only in
 * company ("to", "set", "plans", "due", "early") come before the plain lists, which would misread them.
 */
const MARKERS: TenseMarker[] = [
  // "The ministers agreed to meet on Friday."
  { id: 'to-verb', tense: (w, next) => (w === 'to' ? (next && TO_VERB.test(next) ? 'future' : null) : null) },
  // "The vote is set for Monday." / "The plant was set on fire Monday."
  { id: 'set', tense: (w, next) => (w === 'set' ? (next === 'to' || next === 'for' ? 'future' : 'past') : null) },
  // "He plans to leave on Friday." / "the plan" alone says nothing
  {
    id: 'before-to',
    tense: (w, next) => (FUTURE_BEFORE_TO.test(w) && (next === 'to' || next === 'for') ? 'future' : null),
  },
  // "payment due Friday" (but "due to the storm" is a cause)
  { id: 'due', tense: (w, next) => (w === 'due' && next !== 'to' ? 'future' : null) },
  // "as early as Tuesday"
  { id: 'as-early-as', tense: (w, next) => (w === 'early' && next === 'as' ? 'future' : null) },
  // "The talks will open on Friday."
  { id: 'future-word', tense: (w) => (FUTURE.test(w) ? 'future' : null) },
  // "Kerry met Putin on Tuesday."
  { id: 'past-word', tense: (w) => (PAST.test(w) ? 'past' : null) },
  // "The company announced the plan Aug. 21." (lower case only: "United" is a name; "expected" waits for "to")
  {
    id: 'past-ed',
    tense: (w, _next, original) =>
      original === w && w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.test(w) && !FUTURE_BEFORE_TO.test(w)
        ? 'past'
        : null,
  },
];

function markerOf(original: string, next: string | undefined): Tense | null {
  const word = original.toLowerCase();
  for (const marker of MARKERS) {
    const tense = marker.tense(word, next?.toLowerCase(), original);
    if (tense) return tense;
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

/** The tense of the clause holding the span [start, end) of `sentence` (offsets into `sentence`). */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const { before, after } = clause(sentence, start, end);
  const left = (before.match(WORD) ?? []).slice(-WINDOW);
  for (let i = left.length - 1; i >= 0; i--) {
    const marker = markerOf(left[i], left[i + 1]);
    if (marker) return marker;
  }
  const right = (after.match(WORD) ?? []).slice(0, WINDOW);
  for (let i = 0; i < right.length; i++) {
    const marker = markerOf(right[i], right[i + 1]);
    if (marker) return marker;
  }
  return 'unmarked';
}
