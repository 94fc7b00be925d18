import { SlashCommandBuilder } from 'discord.js';
import { type Command, type CommandContext, encodeCustomId, privateOption, type Reply } from '../src/bot/command.js';
import { sourcesReply } from '../src/bot/format/sources.js';

const NAME = 'sources';

/** One page of the article list; read afresh each time, so a page reflects the corpus as it is now. */
function sourcesPage(context: CommandContext, page: number): Reply {
  const { newsbot } = context;
  return sourcesReply(newsbot.articles(), newsbot.skipped(), {
    page,
    pageId: (n) => encodeCustomId(NAME, [String(n)]),
  });
}

/** `/sources` -> the articles the bot has read, newest first, and the files it could not read. */
export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription('The articles I answer from, newest first, and the files I could not read')
    .addBooleanOption(privateOption),
  execute: (_interaction, context) => sourcesPage(context, 1),
  button: (_interaction, [page = '1'], context) => sourcesPage(context, Number(page)),
} satisfies Command;
