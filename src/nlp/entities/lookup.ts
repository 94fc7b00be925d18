import type { Span } from '../../corpus/article.js';
import type { EntityMention, EntityProfile, EntityType } from '../facts.js';
import { keyOf } from './candidate.js';

/**
 * The mention at a span of the text: the one with exactly that span, else the smallest one covering it,
 * else the first one overlapping it; `type` restricts the search. Null when no mention touches the span.
 */
export function mentionAt(mentions: EntityMention[], span: Span, type?: EntityType): EntityMention | null {
  let covering: EntityMention | null = null;
  let overlapping: EntityMention | null = null;
  for (const m of mentions) {
    if (type && m.type !== type) continue;
    if (m.start === span.start && m.end === span.end) return m;
    if (m.start <= span.start && m.end >= span.end) {
      if (!covering || m.end - m.start < covering.end - covering.start) covering = m;
    } else if (m.start < span.end && m.end > span.start && !overlapping) {
      overlapping = m;
    }
  }
  return covering ?? overlapping;
}

/** The canonical name of the entity mentioned at a span ("Kerry" at 604 -> "John Kerry"), or null. */
export function canonicalFor(mentions: EntityMention[], span: Span, type?: EntityType): string | null {
  return mentionAt(mentions, span, type)?.canonical ?? null;
}

/**
 * The profile a name refers to: its canonical name, one of its aliases, or a family name of a person
 * ("lavrov", "Sergei Lavrov", "ISIS"), case and full stops aside. Null when none or several fit.
 */
export function profileFor(profiles: EntityProfile[], name: string): EntityProfile | null {
  const key = keyOf(name);
  const exact = profiles.filter((p) => keyOf(p.canonical) === key || p.aliases.some((a) => keyOf(a) === key));
  if (exact.length) return exact.length === 1 ? exact[0] : null;
  const family = profiles.filter((p) => p.type === 'person' && keyOf(p.canonical).split(' ').at(-1) === key);
  return family.length === 1 ? family[0] : null;
}
