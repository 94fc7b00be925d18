import fs from 'node:fs';
import { citedDate } from '../citation.js';
import { answerReading } from '../answer/reading.js';
import type { Answer, Evidence } from '../answer/types.js';
import type { Newsbot } from '../newsbot.js';
import { UsageError } from './usage-error.js';

interface BatchQuestion {
  id: string;
  question: string;
  article?: string;
}

/** How the answer is marked inside its sentence: bold on a terminal, asterisks elsewhere. */
export interface Emphasis {
  open: string;
  close: string;
}

export const TERMINAL_BOLD: Emphasis = { open: '\u001b[1m', close: '\u001b[22m' };
export const PLAIN_BOLD: Emphasis = { open: '**', close: '**' };

/** Evidence sentences longer than this are cut around the answer. */
const MAX_SENTENCE_CHARS = 320;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The evidence sentence on one line, the answer marked, cut around the answer when very long. */
function evidenceSentence(evidence: Evidence, emphasis: Emphasis): string {
  const { sentence, start, answerStart, answerEnd } = evidence;
  if (answerStart === undefined || answerEnd === undefined) return oneLine(sentence).slice(0, MAX_SENTENCE_CHARS);
  const before = oneLine(sentence.slice(0, answerStart - start));
  const answer = oneLine(sentence.slice(answerStart - start, answerEnd - start));
  const after = oneLine(sentence.slice(answerEnd - start));
  const room = Math.max(40, Math.floor((MAX_SENTENCE_CHARS - answer.length) / 2));
  // cut at spaces, never inside a word
  const head = before.length > room ? `…${before.slice(before.length - room).replace(/^\S*\s/, '')}` : before;
  const tail = after.length > room ? `${after.slice(0, room).replace(/\s\S*$/, '')}…` : after;
  const glue = (a: string, b: string): string => (a && !/^[,.;:!?'’)"”]/.test(b) ? `${a} ${b}` : `${a}${b}`);
  return glue(glue(head, `${emphasis.open}${answer}${emphasis.close}`), tail);
}

function sourceOf(evidence: Evidence): string {
  return `${evidence.title} (${citedDate(evidence)})`;
}

/**
 * The answer as a reader wants it: the answer, then each evidence sentence with the answer marked and the
 * article it comes from; or "the articles don't say" with the nearest sentences.
 */
export function readableAnswer(answer: Answer, emphasis: Emphasis = PLAIN_BOLD): string {
  const lines: string[] = [];
  if (answer.answer === null) {
    lines.push(answer.note ?? "The articles don't say.");
    if (answer.evidence.length) lines.push('Nearest sentences:');
  } else {
    lines.push(`${answerReading(answer)}   (confidence ${answer.confidence.toFixed(2)})`);
    if (answer.note) lines.push(answer.note);
  }
  for (const e of answer.evidence) {
    lines.push(`  “${evidenceSentence(e, emphasis)}”`, `    — ${sourceOf(e)}`);
  }
  return lines.join('\n');
}

/** Questions of a `--batch` file, one JSON object a line; a line that is not one becomes an error answer. */
type BatchLine = BatchQuestion | { id: string; error: string };

function readBatch(file: string): BatchLine[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the batch file ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  return text.split('\n').flatMap((line, i): BatchLine[] => {
    if (line.trim() === '') return [];
    try {
      const value = JSON.parse(line) as Partial<BatchQuestion> | null;
      if (value === null || typeof value !== 'object') throw new Error('not an object');
      const article = typeof value.article === 'string' && value.article !== '' ? value.article : undefined;
      return [{ id: String(value.id ?? i + 1), question: String(value.question ?? ''), article }];
    } catch {
      return [{ id: String(i + 1), error: `line ${i + 1} of ${file} is not a JSON object` }];
    }
  });
}

/** `newsbot ask "QUESTION" [--article ID]` or `newsbot ask --batch FILE`. */
export function runAsk(
  newsbot: Newsbot,
  positionals: string[],
  options: { article?: string; batch?: string; json: boolean },
  write: (line: string) => void,
): void {
  const emphasis = process.stdout.isTTY && !process.env.NO_COLOR ? TERMINAL_BOLD : PLAIN_BOLD;
  const show = (answer: Answer): void =>
    write(options.json ? JSON.stringify(answer) : readableAnswer(answer, emphasis));
  if (options.batch) {
    for (const q of readBatch(options.batch)) {
      if ('error' in q) {
        show({ id: q.id, question: '', kind: 'other', answer: null, confidence: 0, evidence: [], note: q.error });
      } else {
        show({ id: q.id, ...newsbot.ask(q.question, { article: q.article }) });
      }
    }
    return;
  }
  const question = positionals.join(' ');
  if (question.trim() === '') throw new UsageError('ask needs a question: newsbot ask "when is the meeting"');
  show(newsbot.ask(question, { article: options.article }));
}
