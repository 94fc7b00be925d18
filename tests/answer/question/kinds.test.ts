import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/answer/question/analyze.js';

/** [question, rule id, kind, expected answer, gap] */
const CASES: [string, string, string, string, string][] = [
  ['what did Lavrov say about terrorist groups', 'quote-what-did-x-say', 'quote', 'quotation', 'object'],
  ['Whose ball did the collector buy?', 'whose', 'who', 'person', 'subject'],
  ['who is Sergei Lavrov', 'who-is-name', 'who', 'role', 'identity'],
  ['who is Omar el-Rashid', 'who-is-name', 'who', 'role', 'identity'],
  ['who was Ludwig van Beethoven', 'who-is-name', 'who', 'role', 'identity'],
  ['who is the top US diplomat', 'who', 'who', 'person', 'subject'],
  ['Who is Ms. Olsen?', 'who-is-name', 'who', 'role', 'identity'],
  ['who is the principal of the school', 'who', 'who', 'person', 'subject'],
  ["Who is Canada's Minister of Health?", 'who', 'who', 'person', 'subject'],
  ['who did Kerry meet', 'who', 'who', 'person', 'object'],
  ['who won the election', 'who', 'who', 'person', 'subject'],
  ['What year did she climb Everest?', 'what-time-noun', 'when', 'date', 'adjunct'],
  ['when is the New York meeting', 'when', 'when', 'date', 'adjunct'],
  ['Which Canadian city hosted the games?', 'what-place-noun', 'where', 'place', 'subject'],
  ['where is the festival', 'where-is-x', 'where', 'place', 'adjunct'],
  ['where did Kerry meet Putin', 'where', 'where', 'place', 'adjunct'],
  ['how many nations are in the group', 'how-many', 'howmany', 'number', 'adjunct'],
  ['How long ago did the mammoth live?', 'how-long-ago', 'when', 'date', 'subject'],
  ['how big is the club', 'how-measure', 'other', 'number', 'adjunct'],
  ['What percentage of voters agreed?', 'what-number-noun', 'what', 'number', 'subject'],
  ['why did the school open a club', 'why', 'why', 'reason', 'adjunct'],
  ['What is a mosasaur?', 'what-is-x', 'what', 'thing', 'identity'],
  ['what did the collector buy', 'what', 'what', 'thing', 'object'],
  ['how did the fire start', 'how', 'other', 'thing', 'adjunct'],
  ['name the three players', 'other', 'other', 'thing', 'subject'],
  ['When she was in school, what would Julie do at recess?', 'what', 'what', 'thing', 'object'],
  // the tagger reads "change" as a noun: the verb after the subject still makes the gap the object
  ['What did Ada and Ben change inside the lab?', 'what', 'what', 'thing', 'object'],
];

describe('question kinds', () => {
  for (const [question, rule, kind, expects, gap] of CASES) {
    it(`${rule}: ${question}`, () => {
      const q = analyzeQuestion(question);
      expect({ rule: q.rule, kind: q.kind, expects: q.expects, gap: q.gap }).toEqual({ rule, kind, expects, gap });
    });
  }

  it('keeps the subject and topic of a quote question', () => {
    const q = analyzeQuestion('what did Lavrov say about terrorist groups');
    expect([q.subject, q.topic]).toEqual(['Lavrov', 'terrorist groups']);
  });

  /** [question, the index term of its main verb] */
  const VERBS: [string, string][] = [
    ['where did Kerry meet Putin', 'meet'],
    // the tagger reads a bare verb after do-support and a name as a noun
    ['What position did Mary play?', 'plai'],
    ['What does the mayor refuse to do?', 'refus'],
    // after do-support the subject comes first, whatever the tagger made of its words ("members", "oppose")
    ['Why do some fans of the team oppose ticket prices?', 'oppos'],
    // a word after "the" is a noun, even one the tagger reads as a verb ("club")
    ['Why do some members of the club oppose gun laws?', 'oppos'],
  ];
  for (const [question, verb] of VERBS) {
    it(`main verb: ${question}`, () => {
      expect(analyzeQuestion(question).verb).toBe(verb);
    });
  }

  /** [question, whose words it asks for] */
  const SOURCES: [string, string | null][] = [
    ['How did Omar Haddad describe the lab?', 'Omar Haddad'],
    ['How should the mayor respond, according to local parents?', 'local parents'],
    ['According to the union, what will the strike cost?', 'the union'],
    ['What does author Jo Park think archeology is about?', 'author Jo Park'],
    ['What did Lavrov say about terrorist groups', 'Lavrov'],
    ['Who founded the festival?', null],
  ];
  for (const [question, source] of SOURCES) {
    it(`source: ${question}`, () => {
      expect(analyzeQuestion(question).source).toBe(source);
    });
  }

  /** [question, the names it gives] */
  const NAMES: [string, string[]][] = [
    ['who is Bashar al-Assad', ['Bashar al-Assad']],
    ['who was Ludwig van Beethoven', ['Ludwig van Beethoven']],
    ['when did Omar el-Rashid meet Ines Varga', ['Omar el-Rashid', 'Ines Varga']],
    // a particle opens no name by itself
    ['who did de Gaulle meet in Paris', ['Gaulle', 'Paris']],
    ["who is Babe's husband", ['Babe']],
  ];
  for (const [question, names] of NAMES) {
    it(`names: ${question}`, () => {
      expect(analyzeQuestion(question).names).toEqual(names);
    });
  }

  it('takes the subject of "who is X" whole, particle and all', () => {
    expect(analyzeQuestion('who is Bashar al-Assad').subject).toBe('Bashar al-Assad');
  });

  it('finds names, the main verb and the focus noun', () => {
    const q = analyzeQuestion('Who is the principal of South Queens Junior High School?');
    expect(q.names).toEqual(['South Queens Junior High School']);
    expect(q.focus).toContain('princip');
    expect(analyzeQuestion('where did Kerry meet Putin').verb).toBe('meet');
  });
});
