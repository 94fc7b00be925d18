import { parseCorpusFile } from '../../src/corpus/read-file.js';
import type { Document, Library } from '../../src/library.js';
import type { EntityMention, EntityProfile, EntityType, Quotation } from '../../src/nlp/facts.js';
import { splitSentences } from '../../src/nlp/sentences.js';

/** An entity of a fixture article: every occurrence of each `mentions` text becomes a mention. */
export interface FixtureEntity {
  canonical: string;
  type?: EntityType;
  mentions: string[];
  aliases?: string[];
  roles?: string[];
}

/** A quote of a fixture article: `marked` is the quoted segment with its marks, found in the text. */
export interface FixtureQuote {
  marked: string;
  speaker: string | null;
  /** Which occurrence of `marked` (0 first). */
  occurrence?: number;
  /** The words naming the speaker, found after the quote ("the committee chairman", "she"). */
  attribution?: string;
}

export interface FixtureArticle {
  id: string;
  title: string;
  date?: string | null;
  /** The body, paragraphs separated by blank lines. */
  body: string;
  entities?: FixtureEntity[];
  quotes?: FixtureQuote[];
}

function occurrencesOf(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** A document as the library would hold it, with hand-written entity and quote facts. */
export function fixtureDocument(spec: FixtureArticle): Document {
  const header = `Title: ${spec.title}\n${spec.date ? `Date: ${spec.date}\n` : ''}\n`;
  const { articles } = parseCorpusFile(`${spec.id}.txt`, Buffer.from(header + spec.body, 'utf8'));
  const article = articles[0];
  const sentences = splitSentences(article);
  const sentenceAt = (offset: number): number => {
    const s = sentences.find((x) => x.start <= offset && offset < x.end);
    if (!s) throw new Error(`fixture ${spec.id}: offset ${offset} is in no sentence`);
    return s.index;
  };
  const entities: EntityMention[] = [];
  const profiles: EntityProfile[] = [];
  for (const e of spec.entities ?? []) {
    const type = e.type ?? 'person';
    for (const text of e.mentions) {
      for (const start of occurrencesOf(article.text, text)) {
        if (start < article.bodyStart) continue;
        entities.push({
          type,
          text,
          start,
          end: start + text.length,
          canonical: e.canonical,
          sentence: sentenceAt(start),
        });
      }
    }
    profiles.push({ canonical: e.canonical, type, aliases: e.aliases ?? [], roles: e.roles ?? [] });
  }
  const quotes: Quotation[] = (spec.quotes ?? []).map((q) => {
    const start = occurrencesOf(article.text, q.marked).filter((i) => i >= article.bodyStart)[q.occurrence ?? 0];
    if (start === undefined) throw new Error(`fixture ${spec.id}: quote not found: ${q.marked}`);
    const speakerStart = q.attribution ? article.text.indexOf(q.attribution, start) : -1;
    return {
      text: q.marked,
      start,
      end: start + q.marked.length,
      speaker: q.speaker,
      speakerStart: speakerStart >= 0 ? speakerStart : null,
      speakerEnd: speakerStart >= 0 ? speakerStart + (q.attribution?.length ?? 0) : null,
      sentence: sentenceAt(start),
      rule: 'fixture',
    };
  });
  return { article, facts: { sentences, entities, profiles, dates: [], quotes, inferredDate: null } };
}

export function fixtureLibrary(specs: FixtureArticle[]): Library {
  return { corpusDir: '/fixture', documents: specs.map(fixtureDocument), skipped: [] };
}
