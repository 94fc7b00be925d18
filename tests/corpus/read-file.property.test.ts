import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_EXTENSIONS, parseCorpusFile } from '../../src/corpus/read-file.js';

/** Every file becomes articles whose offsets slice their own text, or one-line warnings; nothing throws. */
function checkWellFormed(file: string, bytes: Uint8Array): void {
  const result = parseCorpusFile(file, bytes);
  expect(result.articles.length + result.skipped.length).toBeGreaterThan(0);
  for (const article of result.articles) {
    expect(typeof article.id).toBe('string');
    expect(article.id.length).toBeGreaterThan(0);
    expect(article.bodyStart).toBeGreaterThanOrEqual(0);
    expect(article.bodyStart).toBeLessThanOrEqual(article.text.length);
    if (article.titleSpan) expect(article.titleSpan.end).toBeLessThanOrEqual(article.text.length);
  }
  for (const skip of result.skipped) {
    expect(skip.file).toBe(file);
    expect(skip.reason).not.toMatch(/\n/);
  }
}

const extensions = fc.constantFrom(...ARTICLE_EXTENSIONS);

describe('parseCorpusFile on random contents', () => {
  it('takes any bytes', () => {
    fc.assert(
      fc.property(extensions, fc.uint8Array({ maxLength: 600 }), (extension, bytes) => {
        checkWellFormed(`random${extension}`, bytes);
      }),
      { numRuns: 800 },
    );
  });

  it('takes any text, headers and JSON-looking text included', () => {
    const headerish = fc
      .array(
        fc.oneof(
          fc.string(),
          fc.constantFrom('## Title: T', 'Date: 2015-12-17', 'Headline: H', '', '\r', '{"title":"x","body":"y"}'),
        ),
        { maxLength: 8 },
      )
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(extensions, headerish, (extension, text) => {
        checkWellFormed(`random${extension}`, new TextEncoder().encode(text));
      }),
      { numRuns: 800 },
    );
  });

  it('takes any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkWellFormed('value.json', new TextEncoder().encode(JSON.stringify(value)));
        checkWellFormed('value.jsonl', new TextEncoder().encode(`${JSON.stringify(value)}\n`));
      }),
      { numRuns: 500 },
    );
  });
});
