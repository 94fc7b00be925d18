import dotenv from 'dotenv';
import { readConfig } from '../config.js';
import { deployCommands, deployTarget } from './deploy-commands.js';
import { loadCommands } from './load-commands.js';

/** `npm run deploy-commands`: registers the slash commands of commands/ with Discord. */
async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const target = deployTarget(readConfig());
  const { commands, problems } = await loadCommands();
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\nnewsbot: nothing deployed; fix the files above`);
  let names: string[];
  try {
    names = await deployCommands([...commands.values()], target);
  } catch (error) {
    throw new Error(`newsbot: Discord refused the commands: ${(error as Error).message}`, { cause: error });
  }
  const where = target.guildId
    ? `in guild ${target.guildId} (available now)`
    : 'globally (they can take up to an hour to show up everywhere)';
  process.stdout.write(`Registered ${names.length} slash commands ${where}: /${names.join(', /')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message ?? error}\n`);
  process.exitCode = 1;
});
