import { stemmer } from 'stemmer';

/**
 * Words that say nothing about what a sentence is about: function words, and the reporting verbs and
 * honorifics every news story is full of ("said", "Mr").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am among an and another any are around as at be
  became because been before being below between both but by can can't cannot could did didn't do does doesn't
  doing don't down during each either else even ever every few for from further had hadn't has hasn't have
  haven't having he he'd he'll he's her here hers herself him himself his how however i i'd i'll i'm i've if in
  into is isn't it it's its itself just least less let's like made make many may me might more most much must my
  myself neither no nor not now of off often on once one only or other others our ours ourselves out over own per
  quite rather really same says said say saying shall she she'd she'll she's should shouldn't since so some still
  such than that that's the their theirs them themselves then there there's these they they'd they'll they're
  they've this those though through thus to too told under until up upon us very via was wasn't we we'd we'll
  we're we've were weren't what what's when where whether which while who who's whom whose why will with within
  without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves mr mrs ms dr
  tell tells according added adding`.split(/\s+/),
);

/** A word: letters and digits, with an inner apostrophe ("can't", "Syria's"); hyphens split words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const stems = new Map<string, string>();

/** The Porter stem of a lowercase word, memoised (a corpus has far fewer distinct words than tokens). */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    stems.set(word, s);
  }
  return s;
}

/** The lowercase words of a text, apostrophes straightened and a possessive 's dropped ("Syria's" -> "syria"). */
export function words(text: string): string[] {
  const found = text.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < found.length; i++) {
    const w = found[i];
    if (!w.includes("'") && !w.includes('’')) continue;
    const straight = w.replace(/’/g, "'");
    found[i] = straight.endsWith("'s") ? straight.slice(0, -2) : straight;
  }
  return found;
}

/** Whether a lowercase word carries content: not a stop word, not a lone letter. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word);
}

/** The stems of a text's content words, in order. */
export function contentStems(text: string): string[] {
  return words(text).filter(isContentWord).map(stem);
}
