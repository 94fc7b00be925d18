import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/corpus/text-article.js';

describe('parseTextArticle', () => {
  it('reads a header block with "## " prefixes, keeping offsets into the whole file', () => {
    const text =
      '## Title: Talks set\n## Supertitle: \n## Section: World\n## Date: Thursday, December 17, 2015 - 01:00\n\nBody here.';
    const article = parseTextArticle('a', 'a.txt', text);
    expect(article).toMatchObject({
      id: 'a',
      title: 'Talks set',
      date: '2015-12-17',
      section: 'World',
      titleSpan: null,
    });
    expect(text.slice(article?.bodyStart)).toBe('Body here.');
    expect(article?.metadata.rawDate).toBe('Thursday, December 17, 2015 - 01:00');
  });

  it('reads plain header keys case-insensitively and keeps unknown keys as metadata', () => {
    const text = 'HEADLINE: Storm hits coast\nPublished: 2013-03-22\nByline: Jane Doe\nMood: grim\n\nThe storm came.';
    const article = parseTextArticle('b', 'b.txt', text);
    expect(article).toMatchObject({ title: 'Storm hits coast', date: '2013-03-22', source: 'Jane Doe' });
    expect(article?.metadata.mood).toBe('grim');
  });

  it('takes the first non-empty line as the title when there is no header', () => {
    const text = '\nSyria talks to go ahead\n\nMOSCOW (AFP) - Talks will go ahead.';
    const article = parseTextArticle('c', 'c.txt', text);
    expect(article?.title).toBe('Syria talks to go ahead');
    expect(article?.date).toBeNull();
    const span = article?.titleSpan ?? { start: 0, end: 0 };
    expect(text.slice(span.start, span.end)).toBe('Syria talks to go ahead');
    expect(text.slice(article?.bodyStart).trim()).toBe('MOSCOW (AFP) - Talks will go ahead.');
  });

  it('does not mistake a title with a colon for a header', () => {
    const article = parseTextArticle('d', 'd.md', 'Breaking: storm hits coast\nThe storm came at night.');
    expect(article?.title).toBe('Breaking: storm hits coast');
  });

  it("does not take a key of Object's for a header key", () => {
    const article = parseTextArticle('o', 'o.txt', 'Constructor: the builders\n\nThe crane fell.');
    expect(article?.title).toBe('Constructor: the builders');
  });

  it('keeps CRLF and a BOM in the text so offsets still slice', () => {
    const text = '\uFEFFTitle: T\r\nDate: 2015-12-17\r\n\r\nBody.\r\n';
    const article = parseTextArticle('e', 'e.txt', text);
    expect(article).toMatchObject({ title: 'T', date: '2015-12-17' });
    expect(text.slice(article?.bodyStart)).toBe('Body.\r\n');
  });

  it('strips markdown heading marks from a title line', () => {
    expect(parseTextArticle('f', 'f.md', '# Heading\n\nBody.')?.title).toBe('Heading');
  });

  it('gives nothing for a file of white space', () => {
    expect(parseTextArticle('g', 'g.txt', ' \n\n \n')).toBeNull();
  });
});
