import type { APIEmbed } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { clip, embedLength, fitReply, joinWithin, paginate } from '../../../src/bot/format/limits.js';

describe('clip', () => {
  const rows: [string, number, string][] = [
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['cut at a word boundary please', 16, 'cut at a word…'],
    ['no boundary: abcdefghijklmnopqrstuvwxyz', 20, 'no boundary: abcdef…'],
    ['trailing comma, then more words', 17, 'trailing comma…'],
  ];
  for (const [text, max, expected] of rows) {
    test(`${JSON.stringify(text)} in ${max} -> ${JSON.stringify(expected)}`, () => {
      expect(clip(text, max)).toBe(expected);
      expect(clip(text, max).length).toBeLessThanOrEqual(max);
    });
  }
});

describe('joinWithin', () => {
  const more = (n: number) => `+${n}`;
  const rows: [string[], number, number | undefined, string][] = [
    [['aa', 'bb', 'cc'], 100, undefined, 'aa\n\nbb\n\ncc'],
    [['aa', 'bb', 'cccc'], 11, undefined, 'aa\n\nbb\n\n+1'],
    [['aa', 'bb', 'cc'], 9, undefined, 'aa\n\n+2'],
    [['aa', 'bb', 'cc'], 100, 1, 'aa\n\n+2'],
    [['aaaaaaaaaa'], 5, undefined, '+1'],
    [[], 10, undefined, ''],
  ];
  for (const [blocks, max, limit, expected] of rows) {
    test(`${JSON.stringify(blocks)} in ${max}${limit ? ` (limit ${limit})` : ''} -> ${JSON.stringify(expected)}`, () => {
      expect(joinWithin(blocks, max, more, { limit })).toBe(expected);
    });
  }
});

describe('paginate', () => {
  const rows: [string[], number, number, string[][]][] = [
    [['a', 'b', 'c', 'd', 'e'], 100, 2, [['a', 'b'], ['c', 'd'], ['e']]],
    [['aaaa', 'bbbb', 'cc'], 10, 5, [['aaaa', 'bbbb'], ['cc']]],
    [['aaaaaaaaaaaa', 'b'], 10, 5, [['aaaaaaaaaaaa'], ['b']]],
    [[], 10, 5, []],
  ];
  for (const [blocks, max, perPage, expected] of rows) {
    test(`${JSON.stringify(blocks)} by ${perPage} in ${max}`, () => {
      expect(paginate(blocks, max, perPage)).toEqual(expected);
    });
  }
});

describe('fitReply', () => {
  const line = (i: number) => `line ${i} ${'x'.repeat(90)}`;
  const long = Array.from({ length: 100 }, (_, i) => line(i)).join('\n');

  test('a reply within the limits is unchanged', () => {
    const reply = { embeds: [{ title: 't', description: 'd' }], content: 'c' };
    expect(fitReply(reply)).toEqual(reply);
  });

  test('a description over 4,096 loses whole lines from its end and says so', () => {
    const [embed] = fitReply({ embeds: [{ description: long }] }).embeds as APIEmbed[];
    expect(embed.description?.length).toBeLessThanOrEqual(4096);
    expect(embed.description?.endsWith('\n…')).toBe(true);
    expect(
      embed.description
        ?.split('\n')
        .slice(0, -1)
        .every((l, i) => l === line(i)),
    ).toBe(true);
  });

  test('ten long embeds are cut to 6,000 characters in all', () => {
    const embeds = Array.from({ length: 12 }, () => ({ title: 'x'.repeat(300), description: long }));
    const fitted = fitReply({ embeds }).embeds as APIEmbed[];
    expect(fitted).toHaveLength(10);
    expect(fitted.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(6000);
    expect(fitted.every((e) => (e.title?.length ?? 0) <= 256)).toBe(true);
  });

  test('fields, footers and author names are cut to their limits', () => {
    const fields = Array.from({ length: 30 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(2000) }));
    const [embed] = fitReply({
      embeds: [{ fields, footer: { text: 'f'.repeat(3000) }, author: { name: 'a'.repeat(300) } }],
    }).embeds as APIEmbed[];
    expect(embed.fields?.length).toBeGreaterThan(0);
    expect(embed.fields?.every((f) => f.name.length <= 256 && f.value.length <= 1024)).toBe(true);
    expect(embed.footer?.text.length).toBeLessThanOrEqual(2048);
    expect(embed.author?.name.length).toBeLessThanOrEqual(256);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
  });

  test('more than 25 fields are cut to 25', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: 'v' }));
    expect((fitReply({ embeds: [{ fields }] }).embeds as APIEmbed[])[0].fields).toEqual(fields.slice(0, 25));
  });

  test('content over 2,000 characters is cut', () => {
    expect(fitReply({ content: long }).content?.length).toBeLessThanOrEqual(2000);
  });
});
