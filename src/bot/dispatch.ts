import {
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  type InteractionEditReplyOptions,
  MessageFlags,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from '../log.js';
import { type Command, type CommandContext, decodeCustomId, PRIVATE_OPTION, type Reply, UserError } from './command.js';
import { clip, fitReply, LIMITS } from './format/limits.js';
import type { RateLimiter } from './rate-limit.js';

export interface DispatcherOptions {
  /** By command name. */
  commands: ReadonlyMap<string, Command>;
  context: CommandContext;
  logger: Logger;
  rateLimiter: RateLimiter;
}

/** What users read when something is not an answer. Short: it is shown only to them, and they can act on it. */
export const NOTICES = {
  failed: (reference: string) => `Sorry, something went wrong while answering. (reference ${reference})`,
  rateLimited: (seconds: number) => `You're asking faster than I can read! Try again in ${seconds} s.`,
  unknownCommand: 'This command is not available any more.',
  expiredButton: 'These buttons belong to an older version of the bot; run the command again.',
} as const;

/** On every message: article text or a question with `@everyone` or `<@123>` never pings anyone. */
const NO_MENTIONS = { parse: [] };

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}

/** The reply as sent: within Discord's limits, no pings, and replacing everything the message showed before. */
function outgoing(reply: Reply): InteractionEditReplyOptions {
  const fitted = fitReply(reply);
  return {
    content: fitted.content ?? '',
    embeds: fitted.embeds ?? [],
    components: fitted.components ?? [],
    allowedMentions: NO_MENTIONS,
  };
}

/** Autocomplete choices as Discord takes them: at most 25, names of 1 to 100 characters, values of at most 100. */
function fitChoices(choices: ApplicationCommandOptionChoiceData[]): ApplicationCommandOptionChoiceData[] {
  return choices
    .filter((c) => String(c.value).length <= LIMITS.choiceValue && c.name.trim() !== '')
    .slice(0, LIMITS.choices)
    .map((c) => ({ ...c, name: clip(c.name, LIMITS.choiceName) }));
}

/** Discord no longer takes answers for this interaction (not acknowledged in 3 s, or its 15 minutes are over). */
function isExpired(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction || error.code === RESTJSONErrorCodes.UnknownWebhook)
  );
}

/** A notice only the user sees, whatever state the interaction is in. */
async function sendPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  const message = { content, allowedMentions: NO_MENTIONS };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
    return;
  }
  // A deferred command still shows "thinking...", and its first follow-up would replace that message, public or
  // not: edit it when it is private already, else delete it so the follow-up is a private message of its own.
  if (interaction.isChatInputCommand() && !interaction.replied) {
    if (interaction.ephemeral) {
      await interaction.editReply({ ...message, embeds: [], components: [] });
      return;
    }
    await interaction.deleteReply();
  }
  await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
}

/** Turns any failure into a short private notice; the process and the next command carry on regardless. */
async function fail(interaction: RepliableInteraction, error: unknown, log: Logger, started: number): Promise<void> {
  const ms = elapsed(started);
  if (isExpired(error)) {
    log.warn({ outcome: 'expired', ms, err: error }, 'the interaction expired before it was answered');
    return;
  }
  let notice: string;
  if (error instanceof UserError) {
    log.info({ outcome: 'refused', ms, reason: error.message }, 'refused');
    notice = error.message;
  } else {
    log.error({ outcome: 'failed', ms, err: error }, 'failed');
    notice = NOTICES.failed(interaction.id);
  }
  try {
    await sendPrivately(interaction, notice);
  } catch (sendError) {
    log.error({ err: sendError }, 'could not send the error notice either');
  }
}

/** The rate limit's notice, or null when the user may go ahead. */
function rateLimited(options: DispatcherOptions, userId: string): string | null {
  const verdict = options.rateLimiter.take(userId);
  return verdict.allowed ? null : NOTICES.rateLimited(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)));
}

async function runCommand(interaction: ChatInputCommandInteraction, options: DispatcherOptions): Promise<void> {
  const started = performance.now();
  const log = options.logger.child({
    interaction: interaction.id,
    command: interaction.commandName,
    user: interaction.user.id,
    guild: interaction.guildId,
    options: Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value])),
  });
  try {
    const command = options.commands.get(interaction.commandName);
    if (!command) throw new UserError(NOTICES.unknownCommand);
    const limited = rateLimited(options, interaction.user.id);
    if (limited) {
      await interaction.reply({ content: limited, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      log.info({ outcome: 'rate-limited', ms: elapsed(started) }, 'rate limited');
      return;
    }
    // Always deferred: the answer is computed in this process and can take longer than Discord's 3 seconds.
    const isPrivate = interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const deferredMs = elapsed(started);
    await interaction.editReply(outgoing(await command.execute(interaction, options.context)));
    log.info({ outcome: 'answered', ms: elapsed(started), deferredMs, private: isPrivate }, 'answered');
  } catch (error) {
    await fail(interaction, error, log, started);
  }
}

async function suggest(interaction: AutocompleteInteraction, options: DispatcherOptions): Promise<void> {
  const started = performance.now();
  const focused = interaction.options.getFocused(true);
  const log = options.logger.child({
    interaction: interaction.id,
    command: interaction.commandName,
    user: interaction.user.id,
    option: focused.name,
  });
  try {
    const command = options.commands.get(interaction.commandName);
    const choices = fitChoices(command?.autocomplete?.(interaction, options.context) ?? []);
    await interaction.respond(choices);
    log.debug(
      { outcome: 'suggested', ms: elapsed(started), typed: focused.value, choices: choices.length },
      'suggested',
    );
  } catch (error) {
    log.error({ outcome: 'failed', ms: elapsed(started), err: error }, 'autocomplete failed');
    if (!interaction.responded && !isExpired(error)) await interaction.respond([]).catch(() => undefined);
  }
}

async function click(interaction: ButtonInteraction, options: DispatcherOptions): Promise<void> {
  const started = performance.now();
  const decoded = decodeCustomId(interaction.customId);
  const log = options.logger.child({
    interaction: interaction.id,
    button: interaction.customId,
    user: interaction.user.id,
    guild: interaction.guildId,
  });
  try {
    const command = decoded ? options.commands.get(decoded.command) : undefined;
    if (!decoded || !command?.button) throw new UserError(NOTICES.expiredButton);
    const limited = rateLimited(options, interaction.user.id);
    if (limited) {
      await interaction.reply({ content: limited, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      log.info({ outcome: 'rate-limited', ms: elapsed(started) }, 'rate limited');
      return;
    }
    await interaction.deferUpdate();
    await interaction.editReply(outgoing(await command.button(interaction, decoded.args, options.context)));
    log.info({ outcome: 'updated', ms: elapsed(started) }, 'updated');
  } catch (error) {
    await fail(interaction, error, log, started);
  }
}

/**
 * The one handler of every interaction: slash commands (rate limit, defer, answer, log), autocomplete and
 * buttons. It never throws; every failure ends as a log line and, where possible, a private notice.
 */
export function createDispatcher(options: DispatcherOptions): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isChatInputCommand()) await runCommand(interaction, options);
    else if (interaction.isAutocomplete()) await suggest(interaction, options);
    else if (interaction.isButton()) await click(interaction, options);
  };
}
