/**
 * What real Discord refuses, written from Discord's documentation and independent of src/bot, so the fake
 * can reject (and the tests can see) any message the bot would have had refused. Plus newsbot's own rule:
 * every message says `allowed_mentions: { parse: [] }`.
 */

type Json = Record<string, unknown>;

const MESSAGE_LIMITS = { content: 2000, embeds: 10, embedTotal: 6000, components: 5, buttonsPerRow: 5 };
const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024 };
const EMBED_LIMITS_MORE = { footer: 2048, author: 256 };
const CHOICE_LIMITS = { choices: 25, name: 100, value: 100 };
const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/** Characters Discord counts towards the 6,000 of all embeds in a message. */
export function embedCharacters(embed: Json): number {
  const fields = list(embed.fields);
  return (
    text(embed.title).length +
    text(embed.description).length +
    text((embed.footer as Json | undefined)?.text).length +
    text((embed.author as Json | undefined)?.name).length +
    fields.reduce((sum, f) => sum + text(f.name).length + text(f.value).length, 0)
  );
}

function embedProblems(embed: Json, i: number): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`embeds[${i}].${what} has ${length} characters (max ${max})`);
  };
  over('title', text(embed.title).length, EMBED_LIMITS.title);
  over('description', text(embed.description).length, EMBED_LIMITS.description);
  over('footer.text', text((embed.footer as Json | undefined)?.text).length, EMBED_LIMITS_MORE.footer);
  over('author.name', text((embed.author as Json | undefined)?.name).length, EMBED_LIMITS_MORE.author);
  const fields = list(embed.fields);
  if (fields.length > EMBED_LIMITS.fields) problems.push(`embeds[${i}] has ${fields.length} fields (max 25)`);
  fields.forEach((f, j) => {
    over(`fields[${j}].name`, text(f.name).length, EMBED_LIMITS.fieldName);
    over(`fields[${j}].value`, text(f.value).length, EMBED_LIMITS.fieldValue);
    if (text(f.name) === '' || text(f.value) === '') problems.push(`embeds[${i}].fields[${j}] is empty`);
  });
  return problems;
}

function componentProblems(rows: Json[]): string[] {
  const problems: string[] = [];
  if (rows.length > MESSAGE_LIMITS.components) problems.push(`${rows.length} action rows (max 5)`);
  const ids = new Set<string>();
  for (const row of rows) {
    const buttons = list(row.components);
    if (buttons.length > MESSAGE_LIMITS.buttonsPerRow) problems.push(`${buttons.length} buttons in a row (max 5)`);
    for (const button of buttons) {
      const id = text(button.custom_id);
      if (id.length > 100) problems.push(`custom_id has ${id.length} characters (max 100)`);
      if (ids.has(id)) problems.push(`custom_id ${id} is used twice`);
      ids.add(id);
      if (text(button.label).length > 80) problems.push(`button label over 80 characters`);
    }
  }
  return problems;
}

/** Why Discord (or newsbot's no-ping rule) would refuse this message body; empty when it is fine. */
export function messageProblems(body: Json, options: { edit: boolean }): string[] {
  const problems: string[] = [];
  const content = text(body.content);
  if (content.length > MESSAGE_LIMITS.content) problems.push(`content has ${content.length} characters (max 2000)`);
  const embeds = list(body.embeds);
  if (embeds.length > MESSAGE_LIMITS.embeds) problems.push(`${embeds.length} embeds (max 10)`);
  embeds.forEach((embed, i) => {
    problems.push(...embedProblems(embed, i));
  });
  const total = embeds.reduce((sum, embed) => sum + embedCharacters(embed), 0);
  if (total > MESSAGE_LIMITS.embedTotal) problems.push(`embeds have ${total} characters in all (max 6000)`);
  problems.push(...componentProblems(list(body.components)));
  if (!options.edit && content === '' && embeds.length === 0) problems.push('empty message');
  const mentions = body.allowed_mentions as Json | undefined;
  const parse = mentions?.parse;
  if (!Array.isArray(parse) || parse.length > 0 || list(mentions?.users).length || list(mentions?.roles).length) {
    problems.push(`allowed_mentions is ${JSON.stringify(mentions)}, not { parse: [] }`);
  }
  return problems;
}

/** Why Discord would refuse an autocomplete answer. */
export function choiceProblems(choices: Json[]): string[] {
  const problems: string[] = [];
  if (choices.length > CHOICE_LIMITS.choices) problems.push(`${choices.length} choices (max 25)`);
  for (const choice of choices) {
    const name = text(choice.name);
    if (name.length < 1 || name.length > CHOICE_LIMITS.name) problems.push(`choice name "${name}" not 1-100`);
    if (String(choice.value).length > CHOICE_LIMITS.value) problems.push(`choice value over 100 characters`);
  }
  return problems;
}

/** Why Discord would refuse a slash command definition of a bulk overwrite. */
export function commandProblems(command: Json): string[] {
  const problems: string[] = [];
  const name = text(command.name);
  if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) problems.push(`command name "${name}" is invalid`);
  const description = text(command.description);
  if (description.length < 1 || description.length > 100) problems.push(`/${name} description not 1-100`);
  const options = list(command.options);
  if (options.length > 25) problems.push(`/${name} has ${options.length} options (max 25)`);
  let optionalSeen = false;
  for (const option of options) {
    if (option.required === true && optionalSeen)
      problems.push(`/${name} ${text(option.name)}: required after optional`);
    if (option.required !== true) optionalSeen = true;
    if (!COMMAND_NAME.test(text(option.name))) problems.push(`/${name} option "${text(option.name)}" is invalid`);
    const optionDescription = text(option.description);
    if (optionDescription.length < 1 || optionDescription.length > 100) {
      problems.push(`/${name} ${text(option.name)}: description not 1-100`);
    }
  }
  return problems;
}
