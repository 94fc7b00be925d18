import type { Candidate, Label, Vote } from './candidate.js';

/** Votes below this weight leave a name open to what its longer or shorter forms say about it. */
export const DECIDED = 3;

/**
 * The votes for each name by label. The same rule voting again on another mention of the name counts half as
 * much each time: "Yukos said" five times is one sign said five times, not five signs.
 */
export function tally(
  candidates: Candidate[],
  counts: (v: Vote) => boolean = () => true,
): Map<string, Map<Label, number>> {
  const totals = new Map<string, Map<Label, number>>();
  const repeats = new Map<string, number>();
  for (const c of candidates) {
    const byLabel = totals.get(c.key) ?? new Map<Label, number>();
    totals.set(c.key, byLabel);
    for (const v of c.votes) {
      if (!counts(v)) continue;
      const rule = `${c.key}|${v.rule}|${v.label}`;
      const n = repeats.get(rule) ?? 0;
      repeats.set(rule, n + 1);
      byLabel.set(v.label, (byLabel.get(v.label) ?? 0) + v.weight / 2 ** n);
    }
  }
  return totals;
}

/** The label with the most weight, and its weight; null when nothing voted. */
export function best(byLabel: Map<Label, number>): { label: Label | null; weight: number } {
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
