import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetStoredTags,
  hasStoredTags,
  loadTags,
  saveTags,
  storedWords,
  storeWords,
  type WordReading,
} from '../../../src/answer/text/tag-store.js';
import { readingOf, type TaggedWord, tagText } from '../../../src/answer/text/tagged.js';

const SENTENCES = [
  'The mayor said on Tuesday that the bridge would reopen in May.',
  "Council workers haven't stopped repairing it since the floods -- day and night.",
  '"We are nearly there," she told reporters.',
];

/** Words as the answer rules see them: text, offsets, punctuation around, tags. */
const wordsOf = (words: readonly TaggedWord[]) =>
  words.map((w) => ({ raw: w.raw, start: w.start, end: w.end, pre: w.pre, post: w.post, tags: [...w.tags].sort() }));

/** The stored words of a text as readings, for comparing. */
const readingsStored = (text: string): WordReading[] | undefined =>
  storedWords(text)?.map((w) => ({ ...w, tags: [...w.tags].sort() }));

afterEach(() => forgetStoredTags());

describe('stored words', () => {
  it('give back each word as it was read', () => {
    for (const text of SENTENCES) storeWords(text, readingOf(text));
    for (const text of SENTENCES) expect(readingsStored(text)).toEqual(readingOf(text));
  });

  it('give the tagger the same words and tags as tokenizing and tagging', () => {
    const fresh = SENTENCES.map((text) => wordsOf(tagText(text, 100)));
    forgetStoredTags();
    const stored = SENTENCES.map((text) => `${text} `);
    for (const text of stored) storeWords(text, readingOf(text));
    expect(stored.map((text) => wordsOf(tagText(text, 100)))).toEqual(
      fresh.map((words) => words.map((w, j) => (j === words.length - 1 ? { ...w, post: `${w.post} ` } : w))),
    );
  });

  it('are read by the tagger instead of tagging (a stored set shows)', () => {
    const text = 'Rain fell on the quiet harbour town overnight.';
    storeWords(
      text,
      readingOf(text).map((w) => ({ ...w, tags: ['Stored'] })),
    );
    expect(tagText(text).every((w) => w.tags.has('Stored'))).toBe(true);
  });

  it('are passed over when they do not fit the text', () => {
    const text = 'Snow closed the mountain pass before dawn.';
    storeWords(text, [{ start: 30, length: 20, pre: 0, post: 0, tags: ['Stored'] }]);
    expect(storedWords(text)).toBeNull();
    expect(tagText(text).some((w) => w.tags.has('Stored'))).toBe(false);
  });

  it('keep every text when there are more than the store first has room for', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `Text number ${i} is here.`);
    const readingFor = (i: number): WordReading[] =>
      Array.from({ length: 5 }, (_, w) => ({ start: w * 2, length: 1, pre: 0, post: 1, tags: [`Tag${(i + w) % 7}`] }));
    texts.forEach((text, i) => storeWords(text, readingFor(i)));
    for (const i of [0, 4095, 4096, 4999]) expect(readingsStored(texts[i])).toEqual(readingFor(i));
  });

  it('survive saving and loading', () => {
    for (const text of SENTENCES) storeWords(text, readingOf(text));
    const saved = JSON.parse(JSON.stringify(saveTags(SENTENCES.slice(0, 2))));
    forgetStoredTags();
    expect(loadTags(saved)).toBe(2);
    expect(hasStoredTags(SENTENCES[0])).toBe(true);
    expect(hasStoredTags(SENTENCES[2])).toBe(false);
    expect(readingsStored(SENTENCES[1])).toEqual(readingOf(SENTENCES[1]));
  });
});

describe('saved words that are not whole load nothing', () => {
  const whole = (): Record<string, unknown> => {
    storeWords(SENTENCES[0], readingOf(SENTENCES[0]));
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
