import type { Readable, Writable } from 'node:stream';
import type { Newsbot } from '../newsbot.js';

/** The local chat console of `npm start` without a token: the slash commands, typed on a terminal. */
export async function runConsole(_newsbot: Newsbot, _input: Readable, output: Writable): Promise<void> {
  output.write('newsbot console: not ready yet\n');
}
