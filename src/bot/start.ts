import type { Config } from '../config.js';

/** Logs the bot in to Discord and answers slash commands until it is stopped. */
export async function startBot(_config: Config): Promise<void> {
  throw new Error('newsbot: the Discord bot is not built yet');
}
