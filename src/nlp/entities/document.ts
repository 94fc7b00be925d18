import type { Candidate, Label } from './candidate.js';
import { classOf, isCommonWord, isOrgEnding } from './gazetteer.js';
import type { RuleContext } from './rule-kit.js';
import { RULES } from './rules.js';
import { shortForms, voteLongerNames } from './short-forms.js';
import { opensClause } from './spans.js';
import { best, DECIDED, tally } from './tally.js';
import { untitledNames } from './untitled.js';

/** How much the article's view of a name weighs against a mention's own local votes. */
const ARTICLE_WEIGHT = 3;

/** The label a mention settles on (null for no entity), and the weight of the votes behind it. */
export interface Settled {
  label: Label | null;
  certainty: number;
}

export type Labels = Map<Candidate, Settled>;

/** A word that is most often no name where only its position capitalises it: a plural, or a word of the lexicon. */
function isOrdinaryWord(key: string): boolean {
  const known = classOf(key);
  if (known === 'common') return true;
  // "Prosecutors", "Figures"; not "Jones", "Kenteris", "Charisteas"
  return known === undefined && /[^aiosu']s$/.test(key);
}

/**
 * A name no rule has an opinion on: one or two capitalised words are most often a person ("Shearer",
 * "Ato Boldon"); a longer one, one made of ordinary words ("Millennium Exhibition") or a word that ends
 * organisation names ("Commission"), an organization; a single ordinary word ("Peace" in "War and Peace")
 * nothing.
 */
function fallback(key: string): Label | null {
  const words = key.split(' ');
  if (words.length === 1 && isCommonWord(key)) return null;
  // "the Commission alleged": a word that ends organisation names, left alone
  if (words.length === 1 && isOrgEnding(key) && classOf(key) === undefined) return 'organization';
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
  // "Stade de France": a particle alone makes no full name whose short forms are a person's
  voteLongerNames(
    candidates,
    tally(candidates, (v) => v.rule !== 'name-particle'),
  );
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
    if (!decided.has(key) && key.includes(' ')) longNames.set(key, best(byLabel).label ?? fallback(key));
  const short = shortForms(longNames);
  const untitled = untitledNames(candidates, context);
  for (const [key, byLabel] of totals) {
    if (decided.has(key)) continue;
    const longer = short.get(key);
    const own = best(byLabel);
    // "in Wiarton" beside "Wiarton Willie", "in Taber" beside "Taber Police Service": a longer name's first
    // words are no family name, and may be what their own votes say
    const differs = own.label !== null && own.label !== longer?.label;
    const yields = differs && (longer?.yieldsTo === 'any' || longer?.yieldsTo === own.label);
    // "Organisers", "Standings": a word capitalised only where a sentence or line opens, with no other sign
    // of being a name, is an ordinary word; so is a plural or a known word there with only weak signs
    // ("Supporters say", "Police said")
    const ordinary = onlyOpening.get(key) && !key.includes(' ') && (!own.label || isOrdinaryWord(key));
    if (longer && !yields) byKey.set(key, { label: longer.label, certainty: DECIDED });
    else if (ordinary) byKey.set(key, { label: null, certainty: 0 });
    else {
      const label = own.label ?? fallback(key);
      // "Macrovision says", beside "Mr Ramos said": see untitledNames
      const titleless = label === 'person' && untitled.has(key) && classOf(key) === undefined;
      byKey.set(key, { label: titleless ? 'organization' : label, certainty: own.weight });
    }
  }
  const none: Settled = { label: null, certainty: 0 };
  return new Map(candidates.map((c) => [c, settleMention(c, totals.get(c.key), byKey.get(c.key) ?? none)]));
}
