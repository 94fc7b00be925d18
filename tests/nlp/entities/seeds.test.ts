import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../../src/corpus/text-article.js';
import { extractEntities } from '../../../src/nlp/entities/index.js';
import { linkAcrossArticles } from '../../../src/nlp/entities/link.js';
import type { ArticleFacts } from '../../../src/nlp/facts.js';
import { splitSentences } from '../../../src/nlp/sentences.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');

function seedFacts(): ArticleFacts[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const article = parseTextArticle(file, file, readFileSync(join(SEEDS, file), 'utf8'));
      if (!article) throw new Error(`newsbot: seed ${file} is empty`);
      const sentences = splitSentences(article);
      const { mentions, profiles } = extractEntities(article, sentences);
      return { sentences, entities: mentions, profiles, dates: [], quotes: [], inferredDate: null };
    });
}

describe('entities of the seed articles', () => {
  const linked = linkAcrossArticles(seedFacts());
  const all = linked.flatMap((f) => f.entities);
  const profiles = linked.flatMap((f) => f.profiles);

  // [family name as written, canonical name every such mention takes, a role its profiles keep]
  const people: [string, string, string][] = [
    ['Kerry', 'John Kerry', 'US Secretary of State'],
    ['Lavrov', 'Sergei Lavrov', 'Russian Foreign Minister'],
    ['Putin', 'Vladimir Putin', 'President'],
    ['Assad', 'Bashar al-Assad', 'President'],
    ['Kirby', 'John Kirby', 'State Department spokesman'],
  ];
  for (const [name, canonical, role] of people) {
    it(`clusters ${name} under ${canonical} in both articles, with the role ${role}`, () => {
      const mentions = all.filter((m) => m.text.includes(name));
      expect(mentions.length).toBeGreaterThan(0);
      expect(new Set(mentions.map((m) => `${m.canonical}:${m.type}`))).toEqual(new Set([`${canonical}:person`]));
      const roles = profiles.filter((p) => p.canonical === canonical).flatMap((p) => p.roles);
      expect(roles.some((r) => r.endsWith(role))).toBe(true);
    });
  }

  it('keeps the names of the Islamic State group together', () => {
    const group = profiles.filter((p) => p.canonical === 'Islamic State');
    expect(group.length).toBe(2);
    const names = new Set(group.flatMap((p) => [p.canonical, ...p.aliases]));
    for (const name of ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State']) expect(names).toContain(name);
    expect(new Set(group.map((p) => p.type))).toEqual(new Set(['organization']));
  });

  it('gives US and United States one name', () => {
    const us = all.filter((m) => m.text === 'US' || m.text === 'United States');
    expect(new Set(us.map((m) => m.canonical))).toEqual(new Set(['United States']));
  });

  it('reads "New York" whole and the caption credit as no name', () => {
    expect(all.filter((m) => m.text.includes('York')).every((m) => m.text === 'New York')).toBe(true);
    expect(all.some((m) => m.text === 'PHOTO')).toBe(false);
  });
});
