import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, parseCorpusFile } from '../../src/corpus/read-file.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseCorpusFile', () => {
  it('reads a JSON object, an id and its fields', () => {
    const result = parseCorpusFile(
      'one.json',
      bytes(
        JSON.stringify({ id: 'x1', title: 'T', body: 'B.', date: 'January 8, 1999', url: 'https://e.x/1', tag: 'k' }),
      ),
    );
    expect(result.skipped).toEqual([]);
    expect(result.articles[0]).toMatchObject({
      id: 'x1',
      title: 'T',
      text: 'B.',
      date: '1999-01-08',
      url: 'https://e.x/1',
      bodyStart: 0,
    });
    expect(result.articles[0].metadata.tag).toBe('k');
  });

  it('names articles of an array without ids FILE#N and accepts `text` for the body', () => {
    const result = parseCorpusFile(
      'many.json',
      bytes(
        JSON.stringify([
          { title: 'A', text: 'a.' },
          { title: 'B', body: 'b.' },
        ]),
      ),
    );
    expect(result.articles.map((a) => a.id)).toEqual(['many#1', 'many#2']);
  });

  it('reads JSON lines and skips only the broken lines, naming them', () => {
    const lines = ['{"id":"a","title":"A","body":"a."}', '{broken', '', '{"title":"C","body":"c."}', '[1,2]'].join(
      '\n',
    );
    const result = parseCorpusFile('feed.jsonl', bytes(lines));
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'feed#3']);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^line 2 is not valid JSON/),
      'line 5 is not an article object',
    ]);
  });

  it('reads a CSV table, one article a row, with quoted commas, quotes and line breaks', () => {
    const table =
      'title,text,published_at,url\n"Storm, again","It rained.\n""Bad,"" one said.",2024-03-03,https://e.x/s\nNo body,,,\n';
    const result = parseCorpusFile('feed.csv', bytes(table));
    expect(result.articles).toMatchObject([
      {
        id: 'feed#1',
        title: 'Storm, again',
        text: 'It rained.\n"Bad," one said.',
        date: '2024-03-03',
        url: 'https://e.x/s',
      },
    ]);
    expect(result.skipped).toEqual([{ file: 'feed.csv', reason: 'row 2 has an empty body' }]);
  });

  it('reads an HTML page as one article named after the file', () => {
    const result = parseCorpusFile('story.htm', bytes('<h1>Ferry returns</h1><p>The ferry returns on Monday.</p>'));
    expect(result.articles).toMatchObject([{ id: 'story', title: 'Ferry returns' }]);
  });

  const unreadable: [string, Uint8Array, RegExp][] = [
    ['empty.txt', bytes(''), /is empty/],
    ['blank.txt', bytes('\n\n  \n'), /holds no text/],
    ['bad.json', bytes('{"title": "x", '), /is not valid JSON/],
    ['nobody.json', bytes('{"title": "x"}'), /has no "body" or "text" string/],
    ['empty-body.json', bytes('{"title": "x", "body": "  "}'), /has an empty body/],
    ['empty.json', bytes('[]'), /holds an empty array/],
    ['picture.png', bytes('PNG'), /not an article file/],
    ['menu.html', bytes('<html><body><nav>Home</nav><script>x()</script></body></html>'), /holds no article text/],
    ['header-only.csv', bytes('title,body\n'), /holds no rows under its header/],
    ['ragged.csv', bytes('title,body\n"unclosed,quote\n'), /is not a readable CSV table/],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x00, 0x01, 0xff, 0xfe, 0x00]), /is binary/],
  ];
  for (const [file, content, reason] of unreadable) {
    it(`skips ${file} with a reason`, () => {
      const result = parseCorpusFile(file, content);
      expect(result.articles).toEqual([]);
      expect(result.skipped).toEqual([{ file, reason: expect.stringMatching(reason) }]);
    });
  }
});

describe('parseCorpusFile on awkward but readable files', () => {
  it('keeps the text of a file with invalid UTF-8 bytes, replacing just those', () => {
    const good = bytes('Title line\n\nThe talks went ahead.');
    const broken = new Uint8Array([...good.slice(0, 15), 0xc3, 0x28, ...good.slice(15)]);
    const [article] = parseCorpusFile('broken.txt', broken).articles;
    expect(article.text).toContain('\uFFFD');
    expect(article.title).toBe('Title line');
  });

  it('keeps a BOM and CRLF in the text so every offset slices it', () => {
    const text = '\uFEFFHeadline\r\n\r\nBody one.\r\n';
    const [article] = parseCorpusFile('crlf.txt', bytes(text)).articles;
    expect(article.text).toBe(text);
    const span = article.titleSpan ?? { start: 0, end: 0 };
    expect(article.text.slice(span.start, span.end)).toBe('Headline');
  });

  it('cuts an over-long article with a warning', () => {
    const huge = `Title\n\n${'All work and no play. '.repeat(MAX_ARTICLE_CHARS / 10)}`;
    const result = parseCorpusFile('huge.txt', bytes(huge));
    expect(result.articles[0].text.length).toBe(MAX_ARTICLE_CHARS);
    expect(result.skipped).toEqual([
      { file: 'huge.txt', reason: expect.stringMatching(/longer than .* the rest is cut/) },
    ]);
  });
});
