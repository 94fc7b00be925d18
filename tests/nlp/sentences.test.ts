import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/nlp/sentences.js';
import { articleOf } from '../helpers/article.js';

const sentencesOf = (text: string, title = ''): string[] =>
  splitSentences(articleOf(text, { title })).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const rows: [string, string, string[]][] = [
    ['plain full stops', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    ['question and exclamation', 'Why now? Nobody knows! It is late.', ['Why now?', 'Nobody knows!', 'It is late.']],
    ['titles before names', 'Mr. Smith met Gen. Lee and Dr. Jones.', ['Mr. Smith met Gen. Lee and Dr. Jones.']],
    [
      'a month abbreviation before a day',
      'It opens Dec. 18 in Paris. Tickets sold out.',
      ['It opens Dec. 18 in Paris.', 'Tickets sold out.'],
    ],
    ['initials', 'John F. Kennedy spoke. He left.', ['John F. Kennedy spoke.', 'He left.']],
    [
      'decimals and money',
      'Sales rose 2.5% to $2.3 million. Shares fell.',
      ['Sales rose 2.5% to $2.3 million.', 'Shares fell.'],
    ],
    ['U.S. inside a sentence', 'The U.S. Navy sailed. It docked.', ['The U.S. Navy sailed.', 'It docked.']],
    [
      'U.S. ending a sentence',
      'He flew to the U.S. The visit was short.',
      ['He flew to the U.S.', 'The visit was short.'],
    ],
    ['a closing quotation mark after the full stop', '"We will go." Then he left.', ['"We will go."', 'Then he left.']],
    [
      'a quote followed by its attribution',
      '"Will we go?" he asked. Nobody knew.',
      ['"Will we go?" he asked.', 'Nobody knew.'],
    ],
    ['curly quotes', '“It is over.” The crowd cheered.', ['“It is over.”', 'The crowd cheered.']],
    [
      'one paragraph a line',
      'A headline without a stop\nThe first paragraph.',
      ['A headline without a stop', 'The first paragraph.'],
    ],
    [
      'hard-wrapped paragraphs',
      'The school opened a club\nfor students and parents.\nIt is busy.\n\nA new paragraph starts\nhere today.',
      ['The school opened a club\nfor students and parents.', 'It is busy.', 'A new paragraph starts\nhere today.'],
    ],
    [
      'an abbreviation at the end of a wrapped line',
      'A few months ago the money for the arts centre came from\nMr.\nYashin, who later changed his\nmind. It was sad.',
      [
        'A few months ago the money for the arts centre came from\nMr.\nYashin, who later changed his\nmind.',
        'It was sad.',
      ],
    ],
    [
      'a paragraph broken by a stray blank line',
      'They won at every level, local, national\n\nand world. Then they retired.',
      ['They won at every level, local, national\n\nand world.', 'Then they retired.'],
    ],
    [
      'a quote whose attribution starts the next wrapped line',
      '"He was a builder, a man of conviction,"\nsays the party chairman. He left.',
      ['"He was a builder, a man of conviction,"\nsays the party chairman.', 'He left.'],
    ],
    [
      'a short line inside a wrapped paragraph',
      'The newspaper said that files at Smith and Co.,\nAcme\nTechnologies and others were hit. It was bad.',
      ['The newspaper said that files at Smith and Co.,\nAcme\nTechnologies and others were hit.', 'It was bad.'],
    ],
    [
      'a wrapped line ending in a nickname in quotation marks',
      'Wrestling is so popular that a former star Sam "The Wall"\nRivera was elected mayor of the city of Dunmore, and\nothers may follow. Nobody expected it.',
      [
        'Wrestling is so popular that a former star Sam "The Wall"\nRivera was elected mayor of the city of Dunmore, and\nothers may follow.',
        'Nobody expected it.',
      ],
    ],
    [
      'a wrapped paragraph ending in a quotation',
      'The director said the crowd was far larger than in any year before, "by far."\nTickets are sold out.',
      ['The director said the crowd was far larger than in any year before, "by far."', 'Tickets are sold out.'],
    ],
    ['CRLF line ends', 'One line.\r\nAnother line.\r\n', ['One line.', 'Another line.']],
  ];
  for (const [name, text, expected] of rows) {
    it(`splits ${name}`, () => expect(sentencesOf(text)).toEqual(expected));
  }

  it('keeps a dateline with the first sentence', () => {
    expect(sentencesOf('MOSCOW (AFP) - Russia said talks go ahead.')).toEqual([
      'MOSCOW (AFP) - Russia said talks go ahead.',
    ]);
  });

  it('marks captions, boilerplate and a repeated title', () => {
    const text =
      'Talks go ahead\nKerry speaks with Lavrov. PHOTO: AFP\nThe talks went ahead.\nJoin our Telegram channel for news.\n- AFP';
    const kinds = splitSentences(articleOf(text, { title: 'Talks go ahead' })).map((s) => s.kind);
    expect(kinds).toEqual(['title', 'caption', 'caption', 'body', 'boilerplate', 'boilerplate']);
  });

  it('starts with the title line of a header-less file', () => {
    const text = 'Syria talks\n\nThe talks went ahead.';
    const article = articleOf(text, { title: 'Syria talks', titleSpan: { start: 0, end: 11 }, bodyStart: 12 });
    expect(splitSentences(article).map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['title', 'Syria talks'],
      ['body', 'The talks went ahead.'],
    ]);
  });

  it('cuts text without punctuation into sentences of bounded length', () => {
    const text = 'word '.repeat(2000).trim();
    const spans = splitSentences(articleOf(text));
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  const negatives: [string, string][] = [
    ['lowercase after a full stop', 'It cost approx. ten dollars.'],
    ['a full stop inside a number', 'Version 2.0 shipped.'],
    ['St. before a name', 'They met at St. Paul church.'],
    ['No. before a number', 'He was ranked No. 1 in the world.'],
  ];
  for (const [name, text] of negatives) {
    it(`does not split at ${name}`, () => expect(sentencesOf(text)).toEqual([text]));
  }
});
