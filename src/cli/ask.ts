import fs from 'node:fs';
import type { Answer } from '../answer/types.js';
import type { Newsbot } from '../newsbot.js';
import { UsageError } from './usage-error.js';

interface BatchQuestion {
  id: string;
  question: string;
  article?: string;
}

function readableAnswer(answer: Answer): string {
  const lines = [answer.answer ?? "The articles don't say."];
  for (const e of answer.evidence) lines.push(`  "${e.sentence}" (${e.title}, ${e.date ?? 'undated'})`);
  return lines.join('\n');
}

/** Questions of a `--batch` file: one JSON object a line; a broken line is a usage error naming it. */
function readBatch(file: string): BatchQuestion[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the batch file ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    try {
      const value = JSON.parse(line) as Partial<BatchQuestion>;
      return [{ id: String(value.id ?? i + 1), question: String(value.question ?? ''), article: value.article }];
    } catch {
      throw new UsageError(`line ${i + 1} of ${file} is not JSON`);
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
  if (options.batch) {
    for (const q of readBatch(options.batch)) {
      const answer = { id: q.id, ...newsbot.ask(q.question, { article: q.article }) };
      write(options.json ? JSON.stringify(answer) : readableAnswer(answer));
    }
    return;
  }
  const question = positionals.join(' ');
  if (question.trim() === '') throw new UsageError('ask needs a question: newsbot ask "when is the meeting"');
  const answer = newsbot.ask(question, { article: options.article });
  write(options.json ? JSON.stringify(answer) : readableAnswer(answer));
}
