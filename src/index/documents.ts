import type { Document } from '../library.js';
import type { Sentence } from '../nlp/sentences.js';

/** What the index holds of one sentence. */
export interface IndexDocument {
  /** `ARTICLE#SENTENCE`: stable while the article is unchanged, so a snapshot can be updated article by article. */
  id: string;
  text: string;
  /**
   * Canonical names and aliases of the entities the sentence mentions and the speakers of its quotes, those the
   * sentence does not spell out itself.
   */
  names: string;
}

export function sentenceId(articleId: string, sentence: number): string {
  return `${articleId}#${sentence}`;
}

/** The article id and sentence number of a sentence id. */
export function parseSentenceId(id: string): { article: string; sentence: number } {
  const hash = id.lastIndexOf('#');
  return { article: id.slice(0, hash), sentence: Number(id.slice(hash + 1)) };
}

/**
 * Names that stand for the entities of each sentence: "Kerry" finds "the top US diplomat said" where
 * extraction resolved the description or a quote's speaker to John Kerry.
 */
function namesBySentence({ facts }: Document): Map<number, Set<string>> {
  const aliases = new Map(facts.profiles.map((p) => [p.canonical, p.aliases]));
  const names = new Map<number, Set<string>>();
  const add = (sentence: number, name: string): void => {
    const set = names.get(sentence) ?? new Set<string>();
    set.add(name);
    names.set(sentence, set);
  };
  for (const mention of facts.entities) {
    add(mention.sentence, mention.canonical);
    for (const alias of aliases.get(mention.canonical) ?? []) add(mention.sentence, alias);
  }
  for (const quote of facts.quotes) if (quote.speaker) add(quote.sentence, quote.speaker);
  return names;
}

/** The index documents of one article, one per sentence. */
export function indexDocuments(document: Document): IndexDocument[] {
  const { article, facts } = document;
  const names = namesBySentence(document);
  return facts.sentences.map((s: Sentence) => {
    const text = article.text.slice(s.start, s.end);
    const unseen = [...(names.get(s.index) ?? [])].filter((name) => !text.includes(name));
    return { id: sentenceId(article.id, s.index), text, names: unseen.join(' ; ') };
  });
}
