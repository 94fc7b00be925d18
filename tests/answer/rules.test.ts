import { createContext } from '../../src/answer/context.js';
import { analyzeQuestion } from '../../src/answer/question/analyze.js';
import { rankSentences } from '../../src/answer/rank.js';
import { RULES } from '../../src/answer/rules/index.js';
import { parseSentence } from '../../src/answer/rules/parse.js';
import type { AnswerRule } from '../../src/answer/rules/types.js';
import { openSentenceIndex } from '../../src/index/sentence-index.js';
import { useFixtureCorpus, type ProposalCase, testProposals } from './fixtures.js';

const fixture = useFixtureCorpus();

const ALL_RULES = new Map<string, AnswerRule>(Object.values(RULES).flatMap((list) => list.map((r) => [r.id, r])));

/** What one rule proposes for the question from the fixture sentence that holds `snippet`. */
function propose(ruleId: string, question: string, snippet: string): string[] {
  const rule = ALL_RULES.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const context = createContext(fixture.library, () => openSentenceIndex(fixture.library));
  const analysed = analyzeQuestion(question);
  const document = fixture.library.documents.findIndex((d) => d.article.text.includes(snippet));
  const ranked = rankSentences(context, analysed, { document, limit: 100 }).find((r) => r.view.text.includes(snippet));
  if (!ranked) throw new Error(`no fixture sentence holds "${snippet}"`);
  return rule.extract(analysed, parseSentence(analysed, ranked)).map((c) => c.text);
}

/** [rule id, question, a snippet of the fixture sentence it reads, what it must propose] */
const CASES: ProposalCase[] = [
  ['who-speaker', 'who said members have waited long enough', 'waited long enough', 'Dana Kowal'],
  ['who-role-holder', 'who is the festival director', 'Festival director', 'Mara Olsen'],
  ['who-doer', 'who founded the festival', 'founded in 1987', 'the local sailing club'],
  ['who-other-party', 'who did Dana Kowal meet', 'Union leader', 'Luis Ortega'],
  ['who-nearest-name', 'who opened the festival with a speech', 'former fisherman', 'Paul Brandt'],
  ['role-profile', 'who is Luis Ortega', 'Union leader', 'Transport Minister'],
  ['role-title-before-name', 'who is Ann Chu', 'lanterns', 'veteran carpenter'],
  ['role-apposition', 'who is Sam Reyes', 'retired teacher', 'a retired teacher'],
  ['when-time-phrase', 'when was the festival founded', 'founded in 1987', '1987'],
  ['when-clause', 'when was the strike delayed', 'strike was delayed', 'after the company offered a new contract'],
  ['where-dateline', 'where did the festival open', 'HALIFAX (CP)', 'HALIFAX'],
  ['where-preposition-name', 'where did Dana Kowal meet the minister', 'Union leader', 'Ottawa'],
  ['where-place-name', 'where did the workers vote', 'voted on Tuesday', 'Winnipeg'],
  ['where-subject-in', 'where are the rail workers', 'voted on Tuesday', 'Winnipeg'],
  ['where-preposition-phrase', 'where did Sam Reyes sell tickets', 'retired teacher', 'the gate'],
  // a preposition of several words: "in front of"
  ['where-preposition-phrase', 'where did the street musicians play', 'town library', 'the town library'],
  ['number-frequency', 'how often does the sailing club race', 'twice a week', 'twice a week'],
  ['number-of-unit', 'how many workers does the union represent', 'represents', '3,400'],
  ['number-money', 'how much does a ticket cost', 'Tickets cost', '$15 a day'],
  ['number-age', 'how old is Omar Haddad', 'first robot', '16'],
  ['number-money', 'how much are adults paying for tickets', 'Tickets cost', '$15 a day'],
  ['number-nearest', 'how big was the crowd', 'visitors', 'more than 12,000 visitors'],
  ['why-because', 'why were the fireworks cancelled', 'fireworks', 'because strong winds were forecast'],
  [
    'quote-attributed',
    'what did Olsen say about the party',
    'whole city',
    'We wanted a party that the whole city could join',
  ],
  // a quoted fragment stands in the reported clause around it
  [
    'quote-speaker-named',
    'what did Paul Brandt say',
    'serious',
    'the crowds could cause "serious" delays on the ferries',
  ],
  ['what-object', 'what did the union want', 'represents', 'higher wages'],
  ['rest-of-restatement', 'who sold tickets at the gate', 'retired teacher', 'Sam Reyes'],
  ['who-role-named-next', 'who is the principal of the school', 'taught science', 'Irene Kowalczyk'],
  ['where-preposition-name', 'where did Irene Kowalczyk study', 'graduated from', 'University of Manitoba'],
  ['where-place-name', 'where did Kowalczyk go after meeting the board', 'Before leaving', 'Winnipeg'],
  ['why-for-doing', 'why were two students suspended', 'suspended in the spring', 'for damaging a computer'],
  ['why-cause-subject', 'why did the board delay the opening of the gym', 'Heavy rain', 'Heavy rain'],
  ['number-nearest', 'how many parents volunteered', 'Several parents', 'Several'],
  [
    'what-named-kind',
    'what school opened a robotics lab',
    'robotics lab on Monday',
    'Northfield Community High School',
  ],
  ['how-means', 'how will the students learn robotics', 'small rover', 'by building a small rover'],
];

testProposals('answer rules, each on its own', CASES, propose, true);
