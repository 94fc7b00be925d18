import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Newsbot } from '../newsbot.js';
import { type Emphasis, PLAIN_BOLD, readableAnswer, TERMINAL_BOLD } from './ask.js';
import { readableQuotes } from './quote.js';
import { readableSources } from './sources.js';
import { readableSummary } from './summary.js';

const HELP = `Commands (a line without a slash is a question, as /ask):
  /ask QUESTION [article:ID]        answer a question, e.g. /ask when is the New York meeting
  /quote SPEAKER [topic:WORDS]      what a speaker said, e.g. /quote Lavrov topic:terrorism
  /summary [article:ID] [sentences:N]
                                    a summary of all the articles, or of one
  /sources                          the articles (newest first, with their ids) and the files skipped
  /help                             this text
  /exit                             leave (or Ctrl-D)`;

/** The most articles `/sources` lists. */
const MAX_LISTED = 50;

/** A typed line: the command, its words, and the `name:value` options Discord shows the same way. */
interface ConsoleLine {
  command: string;
  text: string;
  options: Record<string, string>;
}

/** Option names each command takes; a value runs to the next option or the end of the line. */
const OPTIONS = /\b(article|topic|sentences):\s*/gi;

function parseLine(line: string): ConsoleLine {
  const slash = /^\/(\w+)\s*/.exec(line);
  const command = slash ? slash[1].toLowerCase() : 'ask';
  const body = slash ? line.slice(slash[0].length) : line;
  const options: Record<string, string> = {};
  const marks = [...body.matchAll(OPTIONS)];
  const text = marks.length ? body.slice(0, marks[0].index).trim() : body.trim();
  marks.forEach((mark, i) => {
    const end = marks[i + 1]?.index ?? body.length;
    options[mark[1].toLowerCase()] = body.slice((mark.index as number) + mark[0].length, end).trim();
  });
  return { command, text, options };
}

type Reply = (newsbot: Newsbot, line: ConsoleLine, emphasis: Emphasis) => string;

const listSources: Reply = (newsbot) =>
  readableSources({ articles: newsbot.articles(), skipped: newsbot.skipped() }, MAX_LISTED);

/** One reply function per command; `exit` and `help` are handled by the loop. */
const COMMANDS: Record<string, Reply> = {
  ask: (newsbot, { text, options }, emphasis) => {
    if (!text) return 'Type a question after /ask, e.g. /ask when is the New York meeting';
    return readableAnswer(newsbot.ask(text, { article: options.article || undefined }), emphasis);
  },
  quote: (newsbot, { text, options }) => {
    if (!text) return 'Type a speaker after /quote, e.g. /quote Lavrov';
    return readableQuotes(newsbot.quote(text, { topic: options.topic || undefined }));
  },
  summary: (newsbot, { text, options }) => {
    const article = options.article || text.split(/\s+/).find((w) => w && !/^\d+$/.test(w));
    const count = Number(options.sentences || text.split(/\s+/).find((w) => /^\d+$/.test(w)) || 5);
    if (!Number.isInteger(count) || count < 1 || count > 15) return 'sentences: must be a whole number from 1 to 15.';
    return readableSummary(newsbot.summary({ article, sentences: count }));
  },
  sources: listSources,
  // the console's first name for /sources
  articles: listSources,
};

/**
 * The local chat console of `npm start` without a token: the slash commands typed on a terminal, one reply
 * per line, until /exit or the end of the input. A command that fails prints its error and the console goes on.
 */
export async function runConsole(newsbot: Newsbot, input: Readable, output: Writable): Promise<void> {
  const terminal = (output as Writable & { isTTY?: boolean }).isTTY === true;
  const emphasis = terminal && !process.env.NO_COLOR ? TERMINAL_BOLD : PLAIN_BOLD;
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };
  const prompt = (): void => {
    if (terminal) output.write('> ');
  };
  const count = newsbot.articles().length;
  write(`newsbot console: ${count} ${count === 1 ? 'article' : 'articles'} loaded. Ask a question, or type /help.`);
  prompt();
  const lines = readline.createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      prompt();
      continue;
    }
    const parsed = parseLine(line);
    if (parsed.command === 'exit' || parsed.command === 'quit') break;
    // own keys only: "/constructor" is not a command
    const reply = Object.hasOwn(COMMANDS, parsed.command) ? COMMANDS[parsed.command] : undefined;
    if (parsed.command === 'help') write(HELP);
    else if (!reply) write(`Unknown command /${parsed.command}. Type /help for the commands.`);
    else {
      try {
        write(reply(newsbot, parsed, emphasis));
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        write(`Sorry, that failed: ${message.replace(/^newsbot:\s*/, '')}`);
      }
    }
    write('');
    prompt();
  }
  lines.close();
  write('Bye.');
}
