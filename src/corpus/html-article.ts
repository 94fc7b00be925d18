import type { Article } from './article.js';
import { parseHeaderDate } from './header-date.js';
import { htmlparser2 } from './html-parser.js';

/** Elements whose content is never article text: code, navigation, forms, embedded media. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'aside',
  'form',
  'footer',
  'iframe',
  'button',
  'select',
  'object',
]);

/** Elements that end a paragraph of text: the article's text holds one paragraph per block, blank lines between. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'tr',
  'dd',
  'dt',
  'hr',
  'br',
]);

/**
 * Where a page states its publication date, most specific first (Open Graph and schema.org, then the
 * older meta names); a `<time datetime>` in the article comes after these.
 */
const DATE_META = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date.issued',
  'dc.date',
  'sailthru.date',
];
const TITLE_META = ['og:title', 'twitter:title'];
const SOURCE_META = ['og:site_name', 'author'];
const SECTION_META = ['article:section'];
const URL_META = ['og:url'];

interface Page {
  blocks: { text: string; inArticle: boolean }[];
  headTitle: string;
  firstHeading: string | null;
  meta: Map<string, string>;
  times: string[];
  canonical: string | null;
  sawArticle: boolean;
}

/** Reads the page in one pass: the text of each block, the meta tags, the `<title>` and the first `<h1>`. */
function readPage(html: string): Page {
  const page: Page = {
    blocks: [],
    headTitle: '',
    firstHeading: null,
    meta: new Map(),
    times: [],
    canonical: null,
    sawArticle: false,
  };
  const open: string[] = [];
  let skipping = 0;
  let articleDepth = 0;
  let inTitle = false;
  let heading: string | null = null;
  let buffer = '';
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) page.blocks.push({ text, inArticle: articleDepth > 0 });
    buffer = '';
  };
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        open.push(name);
        if (SKIPPED.has(name)) skipping++;
        if (name === 'article') {
          articleDepth++;
          page.sawArticle = true;
        }
        if (name === 'title') inTitle = true;
        if (name === 'h1' && page.firstHeading === null) heading = '';
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          if (key && attributes.content && !page.meta.has(key)) page.meta.set(key, attributes.content);
        }
        if (name === 'time' && attributes.datetime) page.times.push(attributes.datetime);
        if (name === 'link' && attributes.rel?.toLowerCase() === 'canonical' && attributes.href) {
          page.canonical = attributes.href;
        }
        if (BLOCKS.has(name) && skipping === 0) flush();
      },
      ontext(text) {
        if (inTitle) {
          page.headTitle += text;
          return;
        }
        if (skipping > 0) return;
        if (heading !== null) heading += text;
        buffer += text;
      },
      onclosetag(name) {
        // a stray closing tag closes nothing that was not opened
        const at = open.lastIndexOf(name);
        if (at < 0) return;
        for (const closed of open.splice(at)) {
          if (SKIPPED.has(closed)) skipping--;
          if (closed === 'article') articleDepth--;
        }
        if (name === 'title') inTitle = false;
        if (name === 'h1' && heading !== null) {
          page.firstHeading = heading.replace(/\s+/g, ' ').trim();
          heading = null;
        }
        if (BLOCKS.has(name) && skipping === 0) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return page;
}

/** The readable text of an HTML fragment (an RSS item's description): one paragraph per block, blank lines between. */
export function htmlToText(html: string): string {
  return readPage(html)
    .blocks.map((b) => b.text)
    .join('\n\n');
}

function firstMeta(page: Page, keys: string[]): string | null {
  for (const key of keys) {
    const value = page.meta.get(key)?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * One `.html`/`.htm` page as an article: its title (the first `<h1>`, else Open Graph's, else `<title>`),
 * its publication date, source and URL from the meta tags, and its text: one paragraph per block, inside
 * `<article>` when the page has one, with navigation, scripts, forms and footers left out. The article's text
 * is the title line, a blank line, then those paragraphs, blank lines between; offsets index that text. Null
 * when the page holds no text.
 */
export function parseHtmlArticle(id: string, file: string, html: string): Article | null {
  const page = readPage(html);
  const blocks = page.blocks.filter((b) => !page.sawArticle || b.inArticle).map((b) => b.text);
  const title = page.firstHeading || firstMeta(page, TITLE_META) || page.headTitle.replace(/\s+/g, ' ').trim();
  const body = blocks.filter((b, i) => !(i < 3 && b === title));
  if (body.length === 0) return null;
  const text = [title, ...body].filter(Boolean).join('\n\n');
  const rawDate = firstMeta(page, DATE_META) ?? page.times[0] ?? null;
  const metadata: Record<string, string> = {};
  const description = firstMeta(page, ['description', 'og:description']);
  if (description) metadata.description = description;
  if (rawDate) metadata.rawDate = rawDate;
  return {
    id,
    file,
    title: title || body[0].slice(0, 200),
    text,
    bodyStart: title ? title.length + 2 : 0,
    titleSpan: title ? { start: 0, end: title.length } : null,
    date: rawDate ? parseHeaderDate(rawDate) : null,
    source: firstMeta(page, SOURCE_META),
    section: firstMeta(page, SECTION_META),
    url: page.canonical ?? firstMeta(page, URL_META),
    metadata,
  };
}
