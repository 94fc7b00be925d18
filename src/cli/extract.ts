import type { Document, Library } from '../library.js';

/** One line of `newsbot extract --json` (interface.md, section 3). */
export interface ExtractRecord {
  article: string;
  title: string;
  date: string | null;
  /** Extension: the date the text pins down when the article has none. */
  inferredDate?: string;
  entities: { type: string; text: string; start: number; end: number; canonical: string }[];
  /** Extension: each entity once, with its other names and its roles ("Russian Foreign Minister"). */
  profiles: { canonical: string; type: string; aliases: string[]; roles: string[] }[];
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
    profiles: facts.profiles.map(({ canonical, type, aliases, roles }) => ({ canonical, type, aliases, roles })),
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
  const described = record.profiles.map((p) => `${p.canonical} (${[p.type, ...p.roles.slice(0, 2)].join('; ')})`);
  if (described.length) lines.push(`  entities: ${described.join(', ')}`);
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
