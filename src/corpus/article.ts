/** One news article as read from the corpus. Every offset anywhere in newsbot indexes `text`. */
export interface Article {
  /** File name without extension for .txt/.md; the object's `id`, else `FILE#N`, for JSON/JSONL. */
  id: string;
  /** The corpus file the article came from, relative to the corpus folder. */
  file: string;
  title: string;
  /** The article's text exactly as read: the whole file for .txt/.md, the `body`/`text` string for JSON. */
  text: string;
  /** Where the body starts in `text` (after a header block or a title line). */
  bodyStart: number;
  /** Where the title line sits in `text`, when the title is part of the text (header-less .txt/.md). */
  titleSpan: Span | null;
  /** Publication date `YYYY-MM-DD` from the header or object; null when none is given. */
  date: string | null;
  source: string | null;
  section: string | null;
  url: string | null;
  /** Header keys and object fields newsbot has no slot for, kept as they are. */
  metadata: Record<string, string>;
}

export interface Span {
  start: number;
  end: number;
}

/** A file that could not be read as an article, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
