import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../src/corpus/html-article.js';

const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

function read(html: string) {
  const article = parseHtmlArticle('p', 'p.html', html);
  if (!article) throw new Error('no article');
  return article;
}

describe('parseHtmlArticle', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'title from the first h1, before og:title and <title>',
      page('<title>T | Site</title><meta property="og:title" content="OG"/>', '<h1>Heading</h1><p>Body.</p>'),
      { title: 'Heading', text: 'Heading\n\nBody.' },
    ],
    [
      'og:title without an h1',
      page('<title>T | Site</title><meta property="og:title" content="OG"/>', '<p>Body.</p>'),
      { title: 'OG' },
    ],
    ['<title> without either', page('<title>T | Site</title>', '<p>Body.</p>'), { title: 'T | Site' }],
    [
      'date from article:published_time',
      page('<meta property="article:published_time" content="2024-03-05T09:00:00Z">', '<p>B.</p>'),
      { date: '2024-03-05' },
    ],
    [
      'date from a <time datetime>',
      page('', '<p>B. <time datetime="2015-12-17">Thursday</time></p>'),
      { date: '2015-12-17' },
    ],
    [
      'date from a meta name',
      page('<meta name="pubdate" content="January 8, 1999">', '<p>B.</p>'),
      { date: '1999-01-08' },
    ],
    [
      'source, section and canonical URL',
      page(
        '<meta property="og:site_name" content="Harbour Times"><meta property="article:section" content="Local"><link rel="canonical" href="https://e.x/a">',
        '<p>B.</p>',
      ),
      { source: 'Harbour Times', section: 'Local', url: 'https://e.x/a' },
    ],
    [
      'entities decoded',
      page('', '<p>&ldquo;Yes,&rdquo; she said &amp; left.</p>'),
      { text: '“Yes,” she said & left.' },
    ],
    [
      'one paragraph per block, spaces collapsed',
      page('', '<p>One\n   two.</p><div>Three.</div><ul><li>Four.</li></ul>'),
      { text: 'One two.\n\nThree.\n\nFour.' },
    ],
  ])('%s', (_name, html, expected) => {
    expect(read(html)).toMatchObject(expected);
  });

  it('keeps the article element only, and leaves out scripts, styles, navigation, asides and footers', () => {
    const html = page(
      '<script>var s = "<p>code</p>";</script><style>p{}</style>',
      '<nav>Home News</nav><p>Site banner.</p><article><h1>T</h1><p>Story.</p><aside>Related</aside></article><footer>Copyright</footer>',
    );
    expect(read(html).text).toBe('T\n\nStory.');
  });

  it('gives offsets into its own text, with the title as a title span', () => {
    const article = read(page('', '<h1>Bridge opens</h1><p>The bridge opened on Monday.</p>'));
    expect(article.text.slice(article.titleSpan?.start, article.titleSpan?.end)).toBe('Bridge opens');
    expect(article.text.slice(article.bodyStart)).toBe('The bridge opened on Monday.');
  });
});

describe('parseHtmlArticle: no article or no field', () => {
  it.each([
    ['an empty page', page('<title>Empty</title>', '')],
    ['only scripts and navigation', page('<script>x()</script>', '<nav>Home</nav>')],
    ['a page whose only text is its heading', page('', '<h1>Just a heading</h1>')],
  ])('%s gives no article', (_name, html) => {
    expect(parseHtmlArticle('p', 'p.html', html)).toBeNull();
  });

  it.each([
    ['a date that is no date', page('<meta name="date" content="soon">', '<p>B.</p>')],
    ['no date anywhere', page('', '<p>B.</p>')],
  ])('%s leaves the date null', (_name, html) => {
    expect(read(html).date).toBeNull();
  });

  it('does not take a stray closing tag for the end of the article', () => {
    expect(read(page('', '<article><p>One.</div></span><p>Two.</p></article>')).text).toBe('One.\n\nTwo.');
  });
});
