import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import type { Config } from '../config.js';
import type { Command } from './command.js';

/** Where and with which credentials the commands are registered. */
export interface DeployTarget {
  token: string;
  clientId: string;
  /** One guild (instant), or null for every guild the bot is in (global: can take up to an hour). */
  guildId: string | null;
  apiBase: string;
}

/** The deploy target of the environment, or a `newsbot:` error naming every missing variable. */
export function deployTarget(config: Config): DeployTarget {
  const missing = [
    ...(config.discordToken ? [] : ['DISCORD_TOKEN (the bot token, Bot tab of the developer portal)']),
    ...(config.discordClientId ? [] : ['DISCORD_CLIENT_ID (the application id, General Information tab)']),
  ];
  if (!config.discordToken || !config.discordClientId) {
    throw new Error(`newsbot: cannot deploy the commands: set ${missing.join(' and ')} in .env or the environment`);
  }
  return {
    token: config.discordToken,
    clientId: config.discordClientId,
    guildId: config.discordGuildId,
    apiBase: config.discordApiBase,
  };
}

/** Registers exactly these commands (a bulk overwrite: commands not listed are removed); returns their names. */
export async function deployCommands(commands: Command[], target: DeployTarget): Promise<string[]> {
  const rest = new REST({ api: target.apiBase }).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.clientId, target.guildId)
    : Routes.applicationCommands(target.clientId);
  const body = commands.map((command) => command.data.toJSON());
  const saved = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return saved.map((command) => command.name);
}
