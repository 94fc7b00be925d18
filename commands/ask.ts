import { SlashCommandBuilder } from 'discord.js';
import { articleOption, type Command, privateOption } from '../src/bot/command.js';
import { answerReply } from '../src/bot/format/answer.js';

/** `/ask question: when is the New York meeting` -> the short answer, its evidence and sources. */
export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the news articles')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('For example: when is the New York meeting')
        .setRequired(true)
        .setMaxLength(300),
    )
    .addStringOption((option) =>
      option.setName('article').setDescription('Only look in this article').setAutocomplete(true),
    )
    .addBooleanOption(privateOption),
  execute(interaction, context) {
    const question = interaction.options.getString('question', true);
    const answer = context.newsbot.ask(question, { article: articleOption(interaction, context) });
    // Shown as the user typed it, whatever the answerer made of it.
    return answerReply({ ...answer, question });
  },
  autocomplete: (interaction, context) => context.suggest.articles(interaction.options.getFocused()),
} satisfies Command;
