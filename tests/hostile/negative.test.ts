import { describe, expect, test } from 'vitest';
import { HOSTILE } from './inputs.js';
import { seedsNewsbot } from './newsbot.js';

/**
 * What hostile input must not find: an answer in noise, everyone's quotes for `.*`, an article for a file
 * path. Metacharacters and object keys are text, never patterns or properties.
 */

const { newsbot } = seedsNewsbot();

/** Strings with no word in them that could name anything in the seeds. */
const NOISE = [
  '',
  ' \t \u00a0 ',
  '.*',
  '.+',
  '[\\s\\S]*',
  '(a+)+$',
  '^',
  '$',
  '|',
  '\\',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000\u0001',
  '\u200b\u200b',
  '👩‍👩‍👧‍👦',
  '```',
  '@everyone',
  '<@123>',
];

describe('noise is not a speaker', () => {
  for (const speaker of NOISE) {
    test(JSON.stringify(speaker), () => {
      const result = newsbot.quote(speaker);
      expect(result.speaker).toBeNull();
      expect(result.quotes).toEqual([]);
    });
  }
});

/** Noise with words in it that no quote is about. (Punctuation and single letters are no topic: they narrow nothing.) */
const WORDY_NOISE = NOISE.filter((text) => /\p{L}{3,}/u.test(text));

describe('noise is not a topic: it keeps none of the quotes', () => {
  for (const topic of WORDY_NOISE) {
    test(JSON.stringify(topic), () => {
      expect(newsbot.quote('Kerry', { topic }).quotes).toEqual([]);
    });
  }
});

describe('noise is not an article id', () => {
  for (const article of [...NOISE.filter((a) => a !== ''), '../../etc/passwd', '/etc/passwd', 'seeds/', '*']) {
    test(JSON.stringify(article), () => {
      expect(newsbot.summary({ article }).sentences).toEqual([]);
      expect(newsbot.ask('who met Putin', { article }).evidence).toEqual([]);
    });
  }
});

describe('noise is not answered', () => {
  for (const [id, question] of HOSTILE.filter(([id]) =>
    /^(empty|blank|control|regex|object keys|__proto__)/.test(id),
  )) {
    test(id, () => {
      expect(newsbot.ask(question).answer).toBeNull();
    });
  }
});
