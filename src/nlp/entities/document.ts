import type { Candidate, Label } from './candidate.js';
import { isCommonWord } from './gazetteer.js';
import { RULES, type RuleContext } from './rules.js';
import { opensClause } from './spans.js';

/** Votes below this weight leave a name open to what its longer or shorter forms say about it. */
const DECIDED = 3;

/** How much the article's view of a name weighs against a mention's own local votes. */
const ARTICLE_WEIGHT = 3;

/** The label a mention settles on (null for no entity), and the weight of the votes behind it. */
export interface Settled {
  label: Label | null;
  certainty: number;
}

export type Labels = Map<Candidate, Settled>;

function tally(candidates: Candidate[]): Map<string, Map<Label, number>> {
  const totals = new Map<string, Map<Label, number>>();
  for (const c of candidates) {
    const byLabel = totals.get(c.key) ?? new Map<Label, number>();
    totals.set(c.key, byLabel);
    for (const v of c.votes) byLabel.set(v.label, (byLabel.get(v.label) ?? 0) + v.weight);
  }
  return totals;
}

function best(byLabel: Map<Label, number>): { label: Label | null; weight: number } {
  let label: Label | null = null;
  let weight = 0;
  for (const [l, w] of byLabel) {
    if (w > weight) {
      label = l;
      weight = w;
    }
  }
  return { label, weight };
}

/** "al-assad" -> "assad": a family name without its particle. */
const bare = (word: string): string => word.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/, '');

/** The initials of a name of several words ("National Association of Purchasing Management" -> "napm"). */
function initialsOf(key: string): string {
  return key
    .split(' ')
    .filter((w) => !['of', 'for', 'and', 'the', '&', 'in', 'on'].includes(w))
    .map((w) => w[0])
    .join('');
}

/**
 * What the longer names of the article say about a short one: "Kerry" after "John Kerry" is the person,
 * "Mercantile" after "Mercantile Bancorp Inc." the bank, "NAPM" after "National Association of Purchasing
 * Management" the association. Returns the label each short form takes (the first longer name wins).
 */
function shortForms(longNames: Map<string, Label | null>): Map<string, Label> {
  const forms = new Map<string, Label>();
  const add = (form: string, label: Label) => {
    if (!forms.has(form)) forms.set(form, label);
  };
  for (const [other, label] of longNames) {
    const words = other.split(' ');
    if (words.length < 2 || label === null || label === 'misc') continue;
    if (label === 'person') {
      add(bare(words.at(-1) ?? ''), 'person');
      add(words[0], 'person');
    } else if (label === 'organization') {
      for (let k = 1; k < words.length; k++) add(words.slice(0, k).join(' '), 'organization');
      const initials = initialsOf(other);
      if (initials.length > 1) add(initials, 'organization');
    }
  }
  return forms;
}

/**
 * A name no rule has an opinion on: one or two capitalised words are most often a person ("Shearer",
 * "Ato Boldon"); a longer one, or one made of ordinary words ("Millennium Exhibition"), an organization;
 * a single ordinary word ("Peace" in "War and Peace") nothing.
 */
function fallback(key: string): Label | null {
  const words = key.split(' ');
  if (words.length === 1 && isCommonWord(key)) return null;
  if (words.length > 2 || (words.length === 2 && words.every(isCommonWord))) return 'organization';
  return 'person';
}

/**
 * A mention with votes about its own position (a dateline, a side in a score line) weighs them against
 * the article's share of votes for its name: "NEW YORK 1996-08-30" is the city, "NEW YORK 74 59" the team.
 */
function settleMention(c: Candidate, byLabel: Map<Label, number> | undefined, settled: Settled): Settled {
  const local = c.votes.filter((v) => v.local);
  if (!local.length || !byLabel) return settled;
  let total = 0;
  for (const w of byLabel.values()) total += w;
  const score = new Map<Label, number>();
  for (const [l, w] of byLabel) score.set(l, (ARTICLE_WEIGHT * w) / total);
  for (const v of local) score.set(v.label, (score.get(v.label) ?? 0) + v.weight);
  return { label: best(score).label, certainty: settled.certainty };
}

/** Runs the rules over every candidate and settles one label per name for the article, then per mention. */
export function settleLabels(candidates: Candidate[], context: RuleContext): Labels {
  for (const c of candidates) {
    for (const rule of RULES) {
      const vote = rule.vote(c, context);
      if (vote) c.votes.push({ ...vote, rule: rule.id, local: rule.local === true });
    }
  }
  const totals = tally(candidates);
  const decided = new Map<string, Label | null>();
  const byKey = new Map<string, Settled>();
  for (const [key, byLabel] of totals) {
    const { label, weight } = best(byLabel);
    if (weight < DECIDED) continue;
    decided.set(key, label);
    byKey.set(key, { label, certainty: weight });
  }
  const onlyOpening = new Map<string, boolean>();
  for (const c of candidates) {
    onlyOpening.set(c.key, (onlyOpening.get(c.key) ?? true) && opensClause(c.tokens, c.first));
  }
  // the longer names' labels, decided or not, for the shorter forms of the same names
  const longNames = new Map(decided);
  for (const [key, byLabel] of totals)
    if (!decided.has(key) && key.includes(' ')) longNames.set(key, best(byLabel).label);
  const short = shortForms(longNames);
  for (const [key, byLabel] of totals) {
    if (decided.has(key)) continue;
    const longer = short.get(key);
    const own = best(byLabel);
    if (longer) byKey.set(key, { label: longer, certainty: DECIDED });
    else if (own.label) byKey.set(key, { label: own.label, certainty: own.weight });
    // "Organisers", "Standings": a word capitalised only where a sentence or line opens, with no
    // other sign of being a name, is an ordinary word
    else if (onlyOpening.get(key) && !key.includes(' ')) byKey.set(key, { label: null, certainty: 0 });
    else byKey.set(key, { label: fallback(key), certainty: 0 });
  }
  const none: Settled = { label: null, certainty: 0 };
  return new Map(candidates.map((c) => [c, settleMention(c, totals.get(c.key), byKey.get(c.key) ?? none)]));
}
