import path from 'node:path';
import { readConfig } from '../config.js';
import { type Library, openLibrary } from '../library.js';
import { type ParsedArgs, parseCommandLine } from './args.js';
import { runExtract } from './extract.js';
import { UsageError } from './usage-error.js';

const USAGE = `usage: newsbot COMMAND [options]

commands:
  extract                         the entities, dates and quotes of every article
  ask "QUESTION" [--article ID]   answer a question (or --batch FILE of JSON lines)
  quote "SPEAKER" [--topic WORDS] every quote of a speaker, each with its sources
  summary [--article ID] [--sentences N]
                                  a summary of the corpus or of one article

options:
  --corpus DIR     the corpus folder (default: $CORPUS_DIR, else ./seeds)
  --json           machine-readable output, one JSON object a line
  --cache DIR      where facts and the index are cached (default: $NEWSBOT_CACHE_DIR, else .cache/newsbot)
  --no-cache       neither read nor write the cache
  -h, --help       this text`;

type Write = (line: string) => void;
type CommandRunner = (library: Library, args: ParsedArgs, write: Write) => void | Promise<void>;

const COMMANDS: Record<string, CommandRunner> = {
  extract: (library, args, write) => runExtract(library, args.common.json, write),
};

function libraryFor(args: ParsedArgs): Library {
  const config = readConfig();
  const { corpus, cache, noCache } = args.common;
  return openLibrary({
    corpusDir: corpus ? path.resolve(corpus) : config.corpusDir,
    cacheDir: noCache ? null : cache ? path.resolve(cache) : config.cacheDir,
    onWarning: (message) => process.stderr.write(`${message}\n`),
  });
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
    const run = COMMANDS[args.command];
    if (!run) throw new UsageError(`unknown command "${args.command}"`);
    await run(libraryFor(args), args, write);
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
