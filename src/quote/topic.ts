import type { Document } from '../library.js';
import { contentStems } from '../summary/terms.js';
import { canonicalIn, type EntityNames, entitiesNamed } from './directory.js';
import type { Statement } from './statements.js';

/** A topic stem at least this long also finds the longer words it starts ("terror" -> "terrorist"). */
const MIN_PREFIX = 5;

/** Decides whether a statement is about a topic. */
export type TopicFilter = (statement: Statement) => boolean;

/**
 * Builds topic filters over a library. A statement is about a topic when the sentence that reports it
 * names an entity the topic names (by any of its names: "ISIS" finds "Daesh" when the articles say they
 * are one), or when the statement and its sentence hold every content word of the topic, stemmed
 * ("negotiation" finds "negotiations"), or a longer word it starts ("terrorism" finds "terrorist").
 * `entityNames` gives the entry names a topic names, and the entry a mention's canonical name files under.
 */
export function createTopicFilters(
  documents: Document[],
  entityNames: EntityNames,
): (topic: string) => TopicFilter | null {
  const stemsOf = new Map<Statement, Set<string>>();
  const stems = (statement: Statement): Set<string> => {
    let set = stemsOf.get(statement);
    if (!set) {
      const { article, facts } = documents[statement.doc];
      const sentence = facts.sentences[statement.sentence];
      const context = sentence ? article.text.slice(sentence.start, sentence.end) : '';
      set = new Set([...contentStems(statement.text), ...contentStems(context)]);
      stemsOf.set(statement, set);
    }
    return set;
  };
  const names = (statement: Statement, wanted: Set<string>): boolean =>
    documents[statement.doc].facts.entities.some(
      (m) => m.sentence === statement.sentence && wanted.has(canonicalIn(entityNames.folded, m.canonical)),
    );
  const holds = (statement: Statement, word: string): boolean => {
    const all = stems(statement);
    if (all.has(word)) return true;
    if (word.length < MIN_PREFIX) return false;
    for (const stem of all) if (stem.startsWith(word)) return true;
    return false;
  };
  return (topic) => {
    const words = [...new Set(contentStems(topic))];
    const entities = entitiesNamed(entityNames, topic);
    if (words.length === 0 && entities.size === 0) return null;
    return (statement) =>
      (entities.size > 0 && names(statement, entities)) ||
      (words.length > 0 && words.every((w) => holds(statement, w)));
  };
}
