import path from 'node:path';
import { readConfig } from '../config.js';
import { type Library, loadLibrary } from '../library.js';
import { createNewsbot, type Newsbot } from '../newsbot.js';
import { integerOption, type ParsedArgs, parseCommandLine } from './args.js';
import { runAsk } from './ask.js';
import { runExtract } from './extract.js';
import { runIngest } from './ingest.js';
import { runQuote } from './quote.js';
import { runSources } from './sources.js';
import { runSummary } from './summary.js';
import { UsageError } from './usage-error.js';

const USAGE = `usage: newsbot COMMAND [options]

commands:
  extract                         the entities, dates and quotes of every article
  ask "QUESTION" [--article ID]   answer a question (or --batch FILE of JSON lines)
  quote "SPEAKER" [--topic WORDS] every quote of a speaker, each with its sources
  summary [--article ID] [--sentences N]
                                  a summary of the corpus or of one article
  sources                         the articles loaded, newest first, and the files skipped
  ingest                          read and index the corpus, leaving the snapshot for the bot

options:
  --corpus DIR     the corpus folder (default: $CORPUS_DIR, else ./seeds)
  --json           machine-readable output, one JSON object a line
  --cache DIR      where facts and the index are cached (default: $NEWSBOT_CACHE_DIR, else .cache/newsbot)
  --no-cache       neither read nor write the cache
  -h, --help       this text`;

type Write = (line: string) => void;
type CommandRunner = (args: ParsedArgs, write: Write) => void | Promise<void>;

const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const COMMANDS: Record<string, CommandRunner> = {
  extract: async (args, write) => runExtract(await libraryFor(args), args.common.json, write),
  ask: async (args, write) =>
    runAsk(
      await newsbotFor(args),
      args.positionals,
      { article: string(args.options.article), batch: string(args.options.batch), json: args.common.json },
      write,
    ),
  quote: async (args, write) =>
    runQuote(
      await newsbotFor(args),
      args.positionals,
      { topic: string(args.options.topic), json: args.common.json },
      write,
    ),
  summary: async (args, write) =>
    runSummary(
      await newsbotFor(args),
      {
        article: string(args.options.article),
        sentences: integerOption(args.options.sentences, 'sentences', 1, 15, 5),
        json: args.common.json,
      },
      write,
    ),
  sources: async (args, write) => runSources(await newsbotFor(args), { json: args.common.json }, write),
  ingest: async (args, write) => {
    const startedAt = performance.now();
    const newsbot = await newsbotFor(args);
    await runIngest(newsbot, { json: args.common.json, startedAt, cacheDir: cacheDirFor(args) }, write);
  },
};

function cacheDirFor(args: ParsedArgs): string | null {
  const { cache, noCache } = args.common;
  return noCache ? null : cache ? path.resolve(cache) : readConfig().cacheDir;
}

function libraryFor(args: ParsedArgs): Promise<Library> {
  const config = readConfig();
  const { corpus } = args.common;
  return loadLibrary({
    corpusDir: corpus ? path.resolve(corpus) : config.corpusDir,
    cacheDir: cacheDirFor(args),
    onWarning: (message) => process.stderr.write(`${message}\n`),
  });
}

async function newsbotFor(args: ParsedArgs): Promise<Newsbot> {
  return createNewsbot(await libraryFor(args), { cacheDir: cacheDirFor(args) });
}

export async function main(argv: string[]): Promise<number> {
  const write: Write = (line) => process.stdout.write(`${line}\n`);
  try {
    const args = parseCommandLine(argv);
    if (args.options.help || args.command === 'help') {
      write(USAGE);
      return 0;
    }
    if (!args.command) throw new UsageError('no command given');
    // own keys only: "newsbot constructor" is not a command
    const run = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (!run) throw new UsageError(`unknown command "${args.command}"`);
    await run(args, write);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`newsbot: ${error.message.split('. ')[0]} (see newsbot --help)\n`);
      return 2;
    }
    const message = (error as Error).message ?? String(error);
    process.stderr.write(`${message.startsWith('newsbot:') ? message : `newsbot: ${message}`}\n`);
    return 1;
  }
}
