import type * as Html from 'htmlparser2';
import { htmlToText } from './html-article.js';
import { htmlparser2 } from './html-parser.js';

type Element = ReturnType<typeof Html.DomUtils.getElementsByTagName>[number];

/**
 * Where each field of an RSS `<item>` or Atom `<entry>` is, first present wins: the full text
 * (`content:encoded`, Atom's `content`) before the summary (`description`, `summary`).
 */
const ITEM_FIELDS = {
  body: ['content:encoded', 'content', 'description', 'summary'],
  title: ['title'],
  date: ['pubDate', 'published', 'dc:date', 'updated'],
  id: ['guid', 'id'],
  author: ['dc:creator', 'author'],
  section: ['category'],
} as const;

function childText(item: Element, names: readonly string[]): string | null {
  const { DomUtils } = htmlparser2();
  for (const name of names) {
    const child = DomUtils.getElementsByTagName(name, item.children, false, 1)[0];
    const text = child ? DomUtils.textContent(child).trim() : '';
    if (text) return text;
  }
  return null;
}

/** An RSS `<link>URL</link>`, or Atom's `<link rel="alternate" href="URL"/>`. */
function linkOf(item: Element): string | null {
  const { DomUtils } = htmlparser2();
  for (const link of DomUtils.getElementsByTagName('link', item.children, false)) {
    const rel = DomUtils.getAttributeValue(link, 'rel');
    const href = DomUtils.getAttributeValue(link, 'href');
    if (href && (!rel || rel === 'alternate')) return href;
    const text = DomUtils.textContent(link).trim();
    if (text) return text;
  }
  return null;
}

/**
 * The items of an RSS or Atom feed (`.rss`, `.atom`, `.xml`) as article objects with the field names JSON
 * articles use (`title`, `body`, `date`, `id`, `url`, `source`, `section`); the body is the item's text with
 * its HTML turned into paragraphs. Null when the file holds no feed.
 */
export function feedObjects(xml: string): Record<string, string>[] | null {
  const { DomUtils, parseDocument } = htmlparser2();
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const items = [
    ...DomUtils.getElementsByTagName('item', document),
    ...DomUtils.getElementsByTagName('entry', document),
  ];
  const isFeed = ['rss', 'feed', 'rdf:RDF', 'channel'].some(
    (name) => DomUtils.getElementsByTagName(name, document, true, 1).length > 0,
  );
  if (!isFeed) return null;
  const channel = DomUtils.getElementsByTagName('channel', document, true, 1)[0];
  const feedTitle = channel ? childText(channel, ['title']) : null;
  return items.map((item) => {
    const object: Record<string, string> = {};
    const put = (key: string, value: string | null): void => {
      if (value) object[key] = value;
    };
    const body = childText(item, ITEM_FIELDS.body);
    put('body', body === null ? null : htmlToText(body));
    put('title', childText(item, ITEM_FIELDS.title));
    put('date', childText(item, ITEM_FIELDS.date));
    put('id', childText(item, ITEM_FIELDS.id));
    put('url', linkOf(item));
    put('source', childText(item, ITEM_FIELDS.author) ?? feedTitle);
    put('section', childText(item, ITEM_FIELDS.section));
    return object;
  });
}
