import type { Article } from '../../corpus/article.js';
import type { EntityMention, EntityProfile } from '../facts.js';
import type { Sentence } from '../sentences.js';
import { type AliasLink, findAliases, type SentenceNames } from './aliases.js';
import type { Candidate, Label } from './candidate.js';
import { findCaselessCandidates } from './caseless.js';
import { cluster } from './cluster.js';
import { settleLabels } from './document.js';
import { isOrgEnding, isPlaceEnding } from './gazetteer.js';
import type { RuleContext } from './rule-kit.js';
import { type ArticleWords, findCandidates } from './spans.js';
import { capitalLines, type Token, tokenize } from './tokens.js';

export { canonicalFor, mentionAt, profileFor } from './lookup.js';

export interface ArticleEntities {
  mentions: EntityMention[];
  profiles: EntityProfile[];
}

/** One candidate name with the rules' votes and the label it settled on, for debug traces and tests. */
export interface TracedCandidate {
  text: string;
  start: number;
  end: number;
  label: Label | null;
  title: string | null;
  votes: string[];
}

const SPORTS_HEADLINE =
  /^\s*(?:SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY(?: UNION| LEAGUE)?|ATHLETICS|CYCLING|BOXING|MOTOR RACING|MOTORCYCLING|HORSE RACING|ICE HOCKEY|HOCKEY|SKIING|SWIMMING|ROWING|SAILING|SQUASH|BADMINTON|VOLLEYBALL|HANDBALL|NFL|NBA|NHL|F1|FORMULA ONE)\b[^\n]*?\s[-–—]\s/;

/**
 * A sports report: its section says so, or it opens like a wire sports story ("SOCCER - SHEARER NAMED...").
 * A business report: its section says so.
 */
function contextOf(article: Article): RuleContext {
  const opening = article.text.slice(article.bodyStart, article.bodyStart + 200);
  const section = article.section ?? '';
  return {
    sports: /sport/i.test(section) || SPORTS_HEADLINE.test(opening),
    business: /business|tech|econom|financ|money|market|compan/i.test(section),
  };
}

function wordsOf(sentenceTokens: Token[][]): ArticleWords {
  const lowercase = new Set<string>();
  for (const tokens of sentenceTokens) for (const t of tokens) if (t.shape === 'lower') lowercase.add(t.lower);
  return { lowercase, openers: [] };
}

interface Analysis {
  candidates: Candidate[];
  labels: ReturnType<typeof settleLabels>;
  sentences: SentenceNames[];
  links: AliasLink[];
}

/**
 * The steps, in order: candidate names in normal-case text; the words that opened a sentence and are names
 * elsewhere in the article; names in lines of capitals, which need the first two to be read; the rules'
 * votes settled per name and per mention; then aliases, which need settled names.
 */
function analyse(article: Article, sentences: Sentence[]): Analysis {
  const { text } = article;
  const lines = capitalLines(text);
  // Sign-up prompts and agency signatures name no one the article is about
  const sentenceTokens = sentences.map((s) =>
    s.kind === 'boilerplate' ? [] : tokenize(text, s, lines, s.kind === 'title'),
  );
  const words = wordsOf(sentenceTokens);
  const cased = sentenceTokens.flatMap((tokens, i) => findCandidates(text, i, tokens, words));
  // names written in normal case, and the family names of the longer ones ("Berg" of "Anna Berg"), which
  // the last word of "Greater Manchester Police" or "Wembley Stadium" is not
  const known = new Set(
    cased.flatMap((c) => {
      const last = c.key.split(' ').at(-1) ?? '';
      const family = c.last - c.first > 1 && !isOrgEnding(last) && !isPlaceEnding(last);
      return family ? [c.key, last] : [c.key];
    }),
  );
  const openers = words.openers.filter((c) => known.has(c.key));
  const caseless = sentenceTokens.flatMap((tokens, i) => findCaselessCandidates(text, i, tokens, known));
  const candidates = [...cased, ...openers, ...caseless].sort((a, b) => a.start - b.start);
  const labels = settleLabels(candidates, contextOf(article));
  const bySentence: SentenceNames[] = sentenceTokens.map((tokens, index) => ({ text, index, tokens, named: [] }));
  for (const c of candidates) {
    const settled = labels.get(c);
    if (!settled?.label || settled.label === 'misc') continue;
    bySentence[c.sentence].named.push({ candidate: c, type: settled.label, certainty: settled.certainty });
  }
  const { links } = findAliases(bySentence);
  return { candidates, labels, sentences: bySentence, links };
}

/** People, places and organizations of one article, clustered under canonical names, with their roles. */
export function extractEntities(article: Article, sentences: Sentence[]): ArticleEntities {
  const { sentences: named, links } = analyse(article, sentences);
  return cluster(
    article.text,
    named.flatMap((s) => s.named),
    links,
  );
}

/** Every candidate name of the article with the votes of the rules (`rule:label:weight`) and its label. */
export function traceEntities(article: Article, sentences: Sentence[]): TracedCandidate[] {
  const { candidates, labels } = analyse(article, sentences);
  return candidates.map((c) => ({
    text: c.text,
    start: c.start,
    end: c.end,
    label: labels.get(c)?.label ?? null,
    title: c.title,
    votes: c.votes.map((v) => `${v.rule}:${v.label}:${v.weight}`),
  }));
}
