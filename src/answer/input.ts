/** Questions longer than this are cut at a word boundary: no real question needs more. */
export const MAX_QUESTION_CHARS = 300;

export type CleanedQuestion = { ok: true; text: string; note?: string } | { ok: false; reason: string };

export const USAGE_HINT = 'Ask a question about the articles, e.g. "when is the New York meeting".';

/**
 * Chat text in, a plain question out. Each step removes one kind of noise, in this order because later
 * steps rely on the earlier ones: control characters first (so nothing hides inside them), then Discord
 * mentions and markdown, then emoji, then spacing.
 */
const CLEANING_STEPS: { id: string; pattern: RegExp; replacement: string }[] = [
  // "when\u0000 is\u0007 the meeting"
  { id: 'control-characters', pattern: /[\p{Cc}\p{Cf}\u2028\u2029]+/gu, replacement: ' ' },
  // "<@123456> @everyone who is Lavrov"
  { id: 'mentions', pattern: /<[@#][!&]?\d+>|@(?:everyone|here)\b|@(?=\w)/g, replacement: ' ' },
  // "[Lavrov](https://example.com)" -> "Lavrov"
  { id: 'markdown-links', pattern: /\[([^\]]*)\]\([^)]*\)/g, replacement: '$1' },
  // "**who** is `Lavrov`", "> quoted", "# heading", "||spoiler||"
  { id: 'markdown-marks', pattern: /[*_~`|>#]+/g, replacement: ' ' },
  // "when is the meeting 🤔"
  { id: 'emoji', pattern: /(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D})+/gu, replacement: ' ' },
  { id: 'spacing', pattern: /\s+/g, replacement: ' ' },
];

/** The question as newsbot reads it, or why there is none. */
export function cleanQuestion(raw: string): CleanedQuestion {
  let text = String(raw ?? '');
  // Cutting first keeps the regular expressions below from ever running over huge input.
  const long = text.length > 4 * MAX_QUESTION_CHARS;
  if (long) text = text.slice(0, 4 * MAX_QUESTION_CHARS);
  for (const step of CLEANING_STEPS) text = text.replace(step.pattern, step.replacement);
  text = text.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: USAGE_HINT };
  if (long || text.length > MAX_QUESTION_CHARS) {
    const cut = text.lastIndexOf(' ', MAX_QUESTION_CHARS);
    text = text.slice(0, cut > MAX_QUESTION_CHARS / 2 ? cut : MAX_QUESTION_CHARS);
    return { ok: true, text, note: `The question was cut to its first ${MAX_QUESTION_CHARS} characters.` };
  }
  return { ok: true, text };
}
