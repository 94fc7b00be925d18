import { SlashCommandBuilder } from 'discord.js';
import { articleOption, type Command, privateOption } from '../src/bot/command.js';
import { summaryReply } from '../src/bot/format/summary.js';

/** `/summary` -> the gist of the corpus (or of one article) in a few sentences, with sources. */
export default {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('Sum up the news articles, or one of them')
    .addStringOption((option) =>
      option.setName('article').setDescription('Sum up only this article').setAutocomplete(true),
    )
    .addIntegerOption((option) =>
      option
        .setName('sentences')
        .setDescription('How many sentences (1 to 15, default 5)')
        .setMinValue(1)
        .setMaxValue(15),
    )
    .addBooleanOption(privateOption),
  execute(interaction, context) {
    const { newsbot } = context;
    const id = articleOption(interaction, context);
    const sentences = interaction.options.getInteger('sentences') ?? undefined;
    const result = newsbot.summary({ article: id, sentences });
    const article = newsbot.articles().find((a) => a.id === id) ?? null;
    return summaryReply(result, { article, articleCount: newsbot.articles().length });
  },
  autocomplete: (interaction, context) => context.suggest.articles(interaction.options.getFocused()),
} satisfies Command;
