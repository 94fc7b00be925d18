import { afterEach, describe, expect, it } from 'vitest';
import { tagListsOf, tagText } from '../../../src/answer/text/tagged.js';
import {
  forgetStoredTags,
  hasStoredTags,
  loadTags,
  saveTags,
  storedTags,
  storeTags,
} from '../../../src/answer/text/tag-store.js';

const SENTENCES = [
  'The mayor said on Tuesday that the bridge would reopen in May.',
  'Council workers have been repairing it since the floods.',
  '"We are nearly there," she told reporters.',
];

const tagsOf = (text: string): string[][] => tagText(text).map((w) => [...w.tags].sort());

afterEach(() => forgetStoredTags());

describe('stored tags', () => {
  it('give back each word its tag set', () => {
    for (const text of SENTENCES) storeTags(text, tagListsOf(text));
    for (const text of SENTENCES) {
      expect(storedTags(text)?.map((tags) => [...tags].sort())).toEqual(tagListsOf(text));
    }
  });

  it('are what tagging gives', () => {
    const fresh = SENTENCES.map(tagsOf);
    for (const text of SENTENCES) expect(tagListsOf(text)).toEqual(fresh[SENTENCES.indexOf(text)]);
  });

  it('are read by the tagger instead of tagging (a stored set shows)', () => {
    const text = 'Rain fell on the quiet harbour town overnight.';
    storeTags(
      text,
      tagListsOf(text).map(() => ['Stored']),
    );
    expect(tagText(text).every((w) => w.tags.has('Stored'))).toBe(true);
  });

  it('are passed over when they do not fit the words', () => {
    const text = 'Snow closed the mountain pass before dawn.';
    storeTags(text, [['Stored']]);
    expect(tagText(text).some((w) => w.tags.has('Stored'))).toBe(false);
  });

  it('survive saving and loading', () => {
    for (const text of SENTENCES) storeTags(text, tagListsOf(text));
    const saved = JSON.parse(JSON.stringify(saveTags(SENTENCES.slice(0, 2))));
    forgetStoredTags();
    expect(loadTags(saved)).toBe(2);
    expect(hasStoredTags(SENTENCES[0])).toBe(true);
    expect(hasStoredTags(SENTENCES[2])).toBe(false);
    expect(storedTags(SENTENCES[1])?.map((tags) => [...tags].sort())).toEqual(tagListsOf(SENTENCES[1]));
  });
});

describe('saved tags that are not whole load nothing', () => {
  const whole = (): Record<string, unknown> => {
    storeTags(SENTENCES[0], tagListsOf(SENTENCES[0]));
    const saved = JSON.parse(JSON.stringify(saveTags([SENTENCES[0]]))) as Record<string, unknown>;
    forgetStoredTags();
    return saved;
  };
  const cases: [string, (saved: Record<string, unknown>) => unknown][] = [
    ['missing', () => null],
    ['not an object', () => 'tags'],
    ['keys cut short', (s) => ({ ...s, keys: (s.keys as string).slice(1) })],
    ['counts not base64 of whole numbers', (s) => ({ ...s, counts: 'AAA' })],
    ['numbers truncated', (s) => ({ ...s, numbers: (s.numbers as string).slice(0, 4) })],
    ['sets not lists of tags', (s) => ({ ...s, sets: [1, 2] })],
    ['a set number past the sets', (s) => ({ ...s, sets: [] })],
  ];
  it.each(cases)('%s', (_, spoil) => {
    expect(loadTags(spoil(whole()))).toBe(0);
    expect(hasStoredTags(SENTENCES[0])).toBe(false);
  });
});
