import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Command, isCommand } from './command.js';

/** The commands/ folder at the root of the project. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export interface LoadedCommands {
  /** By command name. */
  commands: Map<string, Command>;
  /** One line per file that is not a command, failed to load, or repeats a name; those files are left out. */
  problems: string[];
}

function isModuleFile(name: string): boolean {
  return /\.(ts|js|mjs)$/.test(name) && !/\.d\.ts$|\.test\.[tj]s$/.test(name) && !name.startsWith('.');
}

/** Imports every command module of `dir` (default commands/), one file per command, in name order. */
export async function loadCommands(dir = COMMANDS_DIR): Promise<LoadedCommands> {
  const commands = new Map<string, Command>();
  const problems: string[] = [];
  const names = fs.readdirSync(dir).filter(isModuleFile).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const shown = path.relative(process.cwd(), file);
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (error) {
      problems.push(`newsbot: ${shown} failed to load: ${(error as Error).message}`);
      continue;
    }
    // `export default { data, execute }` as the guide's template does, or `export const data` and `execute`.
    const command = isCommand(module.default) ? module.default : module;
    if (!isCommand(command)) {
      problems.push(`newsbot: ${shown} is not a command (it must export { data, execute }); left out`);
    } else if (commands.has(command.data.name)) {
      problems.push(`newsbot: ${shown} defines /${command.data.name} again; left out`);
    } else {
      commands.set(command.data.name, command);
    }
  }
  return { commands, problems };
}
