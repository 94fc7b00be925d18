import type { Span } from '../corpus/article.js';
import type { Sentence } from './sentences.js';

export type EntityType = 'person' | 'place' | 'organization';

/** One mention of a named entity in the text. */
export interface EntityMention extends Span {
  type: EntityType;
  text: string;
  /** The name every mention of the same entity shares, within and across articles ("John Kerry"). */
  canonical: string;
  /** Index of the sentence holding the mention. */
  sentence: number;
}

/** What an article says about one entity: its names and the roles or titles that come with them. */
export interface EntityProfile {
  canonical: string;
  type: EntityType;
  /** Every other name the article uses for it ("Kerry", "the top US diplomat", "ISIS", "Daesh"). */
  aliases: string[];
  /** Roles and titles, most specific first ("US Secretary of State", "Russian Foreign Minister"). */
  roles: string[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression and its TimeML value, resolved against the article's date. */
export interface TimeExpression extends Span {
  text: string;
  type: TimeType;
  /** TimeML value: `2015-12-18`, `2015-12`, `2015-W50`, `2015-SU`, `PRESENT_REF`, `P3D`, `PXY`... */
  value: string;
  /** True when the value rests on a date inferred from the text rather than on the article's own date. */
  inferred: boolean;
  sentence: number;
}

/** One quoted segment and who said it. */
export interface Quotation extends Span {
  /** The quoted words including their quotation marks (exactly `text.slice(start, end)`). */
  text: string;
  /** The canonical name of the speaker, or the description used when no name is known; null if unknown. */
  speaker: string | null;
  /** The mention naming the speaker in or next to the quote's sentence. */
  speakerStart: number | null;
  speakerEnd: number | null;
  sentence: number;
  /** The id of the rule that attributed it, for debug traces. */
  rule: string;
}

/** Everything newsbot extracts from one article; plain data, cached on disk. */
export interface ArticleFacts {
  sentences: Sentence[];
  entities: EntityMention[];
  profiles: EntityProfile[];
  dates: TimeExpression[];
  quotes: Quotation[];
  /** A publication date pinned down by the text when the article has none (`YYYY-MM-DD`), else null. */
  inferredDate: string | null;
}
