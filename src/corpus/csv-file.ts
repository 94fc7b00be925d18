import { parse } from 'csv-parse/sync';

/**
 * The rows of a `.csv` file as objects keyed by its header row (`title,body,date` or any of the field names
 * JSON articles may use), or the reason the file is not such a table. Quoted fields may hold commas,
 * quotes and line breaks (RFC 4180); a row with more or fewer cells than the header keeps what it has.
 */
export function csvRows(text: string): { rows: Record<string, string>[] } | { error: unknown } {
  try {
    const rows = parse(text, {
      columns: (header: string[]) => header.map((name) => name.trim()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as Record<string, string>[];
    return { rows };
  } catch (error) {
    return { error };
  }
}
