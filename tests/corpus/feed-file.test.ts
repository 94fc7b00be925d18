import { describe, expect, it } from 'vitest';
import { feedObjects } from '../../src/corpus/feed-file.js';
import { parseCorpusFile } from '../../src/corpus/read-file.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Times</title>
<item>
  <title>Ferry returns &amp; fares fall</title>
  <link>https://e.x/ferry</link>
  <guid>https://e.x/ferry#1</guid>
  <pubDate>Fri, 18 Dec 2015 10:00:00 GMT</pubDate>
  <category>Local</category>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>The ferry returns on <b>Monday</b>.</p><p>Fares fall.</p>]]></content:encoded>
</item>
<item><title>No text</title></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry>
  <title>Bridge opens</title>
  <link rel="alternate" href="https://e.x/bridge"/>
  <id>tag:e.x,2024:bridge</id>
  <published>2024-03-01T08:00:00Z</published>
  <author><name>Ann Lee</name></author>
  <summary type="html">&lt;p&gt;The bridge opened.&lt;/p&gt;</summary>
</entry>
</feed>`;

describe('feedObjects', () => {
  it.each<[string, string, Record<string, string>[]]>([
    [
      'RSS 2.0 with the full text in content:encoded',
      RSS,
      [
        {
          title: 'Ferry returns & fares fall',
          body: 'The ferry returns on Monday.\n\nFares fall.',
          date: 'Fri, 18 Dec 2015 10:00:00 GMT',
          id: 'https://e.x/ferry#1',
          url: 'https://e.x/ferry',
          source: 'Harbour Times',
          section: 'Local',
        },
        { title: 'No text', source: 'Harbour Times' },
      ],
    ],
    [
      'Atom with an escaped HTML summary',
      ATOM,
      [
        {
          title: 'Bridge opens',
          body: 'The bridge opened.',
          date: '2024-03-01T08:00:00Z',
          id: 'tag:e.x,2024:bridge',
          url: 'https://e.x/bridge',
          source: 'Ann Lee',
        },
      ],
    ],
  ])('%s', (_name, xml, expected) => {
    expect(feedObjects(xml)).toEqual(expected);
  });

  it.each([
    ['an XML file that is no feed', '<?xml version="1.0"?><config><item>1</item></config>'],
    ['plain text', 'just words'],
  ])('%s gives null', (_name, xml) => {
    expect(feedObjects(xml)).toBeNull();
  });
});

describe('parseCorpusFile on feeds', () => {
  it('reads each item as an article, its guid as its id, and names the items without text', () => {
    const result = parseCorpusFile('wire.rss', bytes(RSS));
    expect(result.articles).toMatchObject([
      { id: 'https://e.x/ferry#1', title: 'Ferry returns & fares fall', date: '2015-12-18', section: 'Local' },
    ]);
    expect(result.skipped).toEqual([{ file: 'wire.rss', reason: 'item 2 has no "body" or "text" string' }]);
  });

  it.each<[string, string, RegExp]>([
    ['config.xml', '<?xml version="1.0"?><config/>', /is not an RSS or Atom feed/],
    ['empty.atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title></feed>', /holds no items/],
  ])('skips %s with a reason', (file, xml, reason) => {
    const result = parseCorpusFile(file, bytes(xml));
    expect(result.articles).toEqual([]);
    expect(result.skipped).toEqual([{ file, reason: expect.stringMatching(reason) }]);
  });
});
