import { describe, expect, test } from 'vitest';
import { escapeText, escapeWithin, formatDate, oneLine, sourceLabel } from '../../../src/bot/format/markdown.js';

describe('escapeText', () => {
  const rows: [string, string][] = [
    ['plain words', 'plain words'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['`code` ~~gone~~ ||spoiler||', '\\`code\\` \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|'],
    ['a [link](https://x.org)', 'a \\[link\\](https://x.org)'],
    ['# not a heading', '\\# not a heading'],
    ['-# not small print', '\\-# not small print'],
    ['- not a list\n2. nor this', '\\- not a list\n2\\. nor this'],
    ['a - b', 'a - b'],
    ['back\\slash', 'back\\\\slash'],
    ['<@123> <@&4> <#5> <t:0:R> <:e:1> <a:e:1>', '\\<@123> \\<@&4> \\<#5> \\<t:0:R> \\<:e:1> \\<a:e:1>'],
    ['1 < 2 > 0', '1 < 2 > 0'],
  ];
  for (const [text, expected] of rows) {
    test(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => {
      expect(escapeText(text)).toBe(expected);
    });
  }
});

describe('escapeWithin', () => {
  test('cuts before escaping, so the escaped text stays within the limit', () => {
    const text = '*'.repeat(300);
    expect(escapeWithin(text, 256).length).toBeLessThanOrEqual(256);
    expect(escapeWithin(text, 256)).toMatch(/^(\\\*)+…$/);
    expect(escapeWithin(text, 256).length).toBeGreaterThan(250);
  });
});

describe('formatDate', () => {
  const rows: [string | null, string][] = [
    ['2015-12-17', '17 Dec 2015'],
    ['2015-01-08', '8 Jan 2015'],
    ['2015-12', 'Dec 2015'],
    ['2015', '2015'],
    [null, 'undated'],
    ['2015-13-01', '2015'],
    ['last week', 'last week'],
  ];
  for (const [date, expected] of rows) {
    test(`${date} -> ${expected}`, () => {
      expect(formatDate(date)).toBe(expected);
    });
  }
});

describe('sourceLabel', () => {
  const rows: [{ title: string; date: string | null; url?: string | null }, string][] = [
    [{ title: 'Syria talks', date: '2015-12-17' }, '*Syria talks* · 17 Dec 2015'],
    [{ title: 'Syria talks', date: null, url: 'https://x.org/a' }, '[Syria talks](https://x.org/a) · undated'],
    [{ title: 'A [b] c', date: null, url: 'https://x.org/(a)' }, '[A \\[b\\] c](https://x.org/%28a%29) · undated'],
    [{ title: 'Long', date: null, url: `https://x.org/${'a'.repeat(300)}` }, '*Long* · undated'],
    [{ title: 'Not linked', date: null, url: 'javascript:alert(1)' }, '*Not linked* · undated'],
    [{ title: '  ', date: null }, '*Untitled* · undated'],
  ];
  for (const [source, expected] of rows) {
    test(`${JSON.stringify(source)} -> ${expected}`, () => {
      expect(sourceLabel(source)).toBe(expected);
    });
  }
});

test('oneLine folds line breaks and runs of spaces', () => {
  expect(oneLine('  a\n\nb \t c ')).toBe('a b c');
});
