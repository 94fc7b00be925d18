import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBooleanOption,
} from 'discord.js';
import type { Newsbot } from '../newsbot.js';
import { LIMITS } from './format/limits.js';
import { escapeWithin } from './format/markdown.js';
import type { Suggestions } from './suggest.js';

/**
 * A message a command answers with. The dispatcher sends it: within Discord's limits, pinging no one, and
 * only to the asker when they chose `private`.
 */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** What commands work with: the loaded corpus and the autocomplete lists built from it. */
export interface CommandContext {
  newsbot: Newsbot;
  suggest: Suggestions;
}

/**
 * One slash command, one file in commands/ (`export default { data, execute } satisfies Command`). Commands
 * only answer: deferring, timing, logging, rate limiting and error replies are the dispatcher's.
 */
export interface Command {
  /** The definition deployed to Discord: a SlashCommandBuilder. */
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** The answer to the command; it may take a while, the reply is deferred before this runs. */
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Reply | Promise<Reply>;
  /** Choices for the option being typed; from memory, since Discord waits 3 seconds at most. */
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): ApplicationCommandOptionChoiceData[];
  /** The updated message after a click on one of this command's buttons (custom id from `encodeCustomId`). */
  button?(interaction: ButtonInteraction, args: string[], context: CommandContext): Reply | Promise<Reply>;
}

/** A problem the user can fix (an unknown article, say): shown to them as it is, only to them. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Whether a module's export is a command: names a bad file in the loader instead of crashing later. */
export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const { data, execute, autocomplete, button } = value as Record<string, unknown>;
  const definition = data as Partial<Command['data']> | null | undefined;
  return (
    typeof definition?.name === 'string' &&
    typeof definition.toJSON === 'function' &&
    typeof execute === 'function' &&
    (autocomplete === undefined || typeof autocomplete === 'function') &&
    (button === undefined || typeof button === 'function')
  );
}

/** The option every command has: answer only the asker (an ephemeral reply). */
export const PRIVATE_OPTION = 'private';

export function privateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option.setName(PRIVATE_OPTION).setDescription('Show the answer to you only');
}

/**
 * A button's custom id: the command name, a colon, the arguments as a JSON array. Everything needed is in
 * the id, so any process (any shard, after any restart) can answer the click. Null when over 100 characters.
 */
export function encodeCustomId(command: string, args: string[]): string | null {
  const id = `${command}:${JSON.stringify(args)}`;
  return id.length <= LIMITS.customId ? id : null;
}

export function decodeCustomId(customId: string): { command: string; args: string[] } | null {
  const colon = customId.indexOf(':');
  if (colon < 1) return null;
  try {
    const args: unknown = JSON.parse(customId.slice(colon + 1));
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) return null;
    return { command: customId.slice(0, colon), args };
  } catch {
    return null;
  }
}

/** The article id an `article` option means (picked from autocomplete, or typed); a UserError when none. */
export function articleOption(interaction: ChatInputCommandInteraction, context: CommandContext): string | undefined {
  const value = interaction.options.getString('article');
  if (value === null || value.trim() === '') return undefined;
  const id = context.suggest.resolveArticle(value);
  if (id === null) {
    throw new UserError(`No single article matches “${escapeWithin(value, 100)}”. Pick one from the list as you type.`);
  }
  return id;
}
