import { SlashCommandBuilder } from 'discord.js';
import { type Command, type CommandContext, encodeCustomId, privateOption, type Reply } from '../src/bot/command.js';
import { quotesReply } from '../src/bot/format/quotes.js';

const NAME = 'quote';

/**
 * One page of the quotes. Its buttons carry the speaker (the resolved name, or the query when that one is
 * too long for a button id), the topic and the page they show.
 */
function quotePage(context: CommandContext, speaker: string, topic: string | undefined, page: number): Reply {
  const result = context.newsbot.quote(speaker, { topic });
  const resolved = result.speaker ?? speaker;
  return quotesReply(result, speaker, {
    page,
    pageId: (n) =>
      encodeCustomId(NAME, [String(n), resolved, topic ?? '']) ??
      encodeCustomId(NAME, [String(n), speaker, topic ?? '']),
  });
}

/** `/quote speaker: Lavrov` -> what Sergei Lavrov said, each quote with the articles that report it. */
export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription('What did someone say? Their quotes, with sources')
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setDescription('Who said it, for example: Lavrov')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .addStringOption((option) =>
      option.setName('topic').setDescription('Only quotes about this, for example: Syria').setMaxLength(100),
    )
    .addBooleanOption(privateOption),
  execute(interaction, context) {
    const speaker = interaction.options.getString('speaker', true);
    const topic = interaction.options.getString('topic')?.trim() || undefined;
    return quotePage(context, speaker, topic, 1);
  },
  autocomplete: (interaction, context) => context.suggest.speakers(interaction.options.getFocused()),
  button(_interaction, [page = '1', speaker = '', topic = ''], context) {
    return quotePage(context, speaker, topic || undefined, Number(page));
  },
} satisfies Command;
