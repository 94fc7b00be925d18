import type { Document, Library } from '../library.js';

/** One line of `newsbot extract --json` (interface.md, section 3). */
export interface ExtractRecord {
  article: string;
  title: string;
  date: string | null;
  /** Extension: the date the text pins down when the article has none. */
  inferredDate?: string;
  entities: { type: string; text: string; start: number; end: number; canonical: string }[];
  dates: { text: string; start: number; end: number; value: string; type: string; inferred?: true }[];
  quotes: {
    text: string;
    start: number;
    end: number;
    speaker: string | null;
    speakerStart?: number;
    speakerEnd?: number;
  }[];
}

export function extractRecord({ article, facts }: Document): ExtractRecord {
  return {
    article: article.id,
    title: article.title,
    date: article.date,
    ...(facts.inferredDate ? { inferredDate: facts.inferredDate } : {}),
    entities: facts.entities.map(({ type, text, start, end, canonical }) => ({ type, text, start, end, canonical })),
    dates: facts.dates.map(({ text, start, end, value, type, inferred }) => ({
      text,
      start,
      end,
      value,
      type,
      ...(inferred ? { inferred: true as const } : {}),
    })),
    quotes: facts.quotes.map(({ text, start, end, speaker, speakerStart, speakerEnd }) => ({
      text,
      start,
      end,
      speaker,
      ...(speakerStart !== null && speakerEnd !== null ? { speakerStart, speakerEnd } : {}),
    })),
  };
}

function readableRecord(record: ExtractRecord): string {
  const lines = [
    `${record.article}: ${record.title} (${record.date ?? (record.inferredDate ? `${record.inferredDate}, inferred` : 'no date')})`,
  ];
  const people = new Map<string, string>();
  for (const e of record.entities) people.set(e.canonical, e.type);
  if (people.size) lines.push(`  entities: ${[...people].map(([name, type]) => `${name} (${type})`).join(', ')}`);
  for (const d of record.dates) lines.push(`  date: "${d.text}" -> ${d.value}${d.inferred ? ' (inferred)' : ''}`);
  for (const q of record.quotes) lines.push(`  quote: ${q.speaker ?? 'unknown'}: ${q.text}`);
  return lines.join('\n');
}

/** Prints every article's facts: one JSON object a line with `json`, else a readable block each. */
export function runExtract(library: Library, json: boolean, write: (line: string) => void): void {
  for (const document of library.documents) {
    const record = extractRecord(document);
    write(json ? JSON.stringify(record) : `${readableRecord(record)}\n`);
  }
}
