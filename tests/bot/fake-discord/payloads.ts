/**
 * Gateway payloads of the interactions a user's client would cause, with every field discord.js 14 needs
 * (issue 7: without `data.type: 1` a command is dropped silently, without `entitlements` no event fires).
 */

export type Json = Record<string, unknown>;
export type OptionValue = string | number | boolean;

/** Who triggers an interaction and where: a guild member by default, a DM when `guildId` is null. */
export interface Invoker {
  userId: string;
  username: string;
  guildId: string | null;
  channelId: string;
}

export const DEFAULT_INVOKER: Invoker = {
  userId: '200000000000000001',
  username: 'reader',
  guildId: '300000000000000001',
  channelId: '400000000000000001',
};

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake: numeric, increasing, as discord.js's `BigInt(id)` expects. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment);
}

function optionType(value: OptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function user(invoker: Invoker): Json {
  return { id: invoker.userId, username: invoker.username, discriminator: '0', global_name: null, avatar: null };
}

/** The fields every interaction carries, for a guild member or a DM user. */
function base(applicationId: string, type: number, invoker: Invoker): Json {
  const where: Json =
    invoker.guildId === null
      ? { user: user(invoker), context: 1, authorizing_integration_owners: { '1': invoker.userId } }
      : {
          guild_id: invoker.guildId,
          guild: { id: invoker.guildId, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          member: {
            user: user(invoker),
            roles: [],
            joined_at: '2024-01-01T00:00:00.000Z',
            deaf: false,
            mute: false,
            flags: 0,
            permissions: '2248473465835073',
          },
          context: 0,
          authorizing_integration_owners: { '0': invoker.guildId },
        };
  return {
    id: snowflake(),
    application_id: applicationId,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    attachment_size_limit: 8_388_608,
    channel_id: invoker.channelId,
    channel: { id: invoker.channelId, type: invoker.guildId === null ? 1 : 0, guild_id: invoker.guildId ?? undefined },
    ...where,
  };
}

/** A slash command as typed: `/ask question: when is the New York meeting`. */
export function chatInputPayload(
  applicationId: string,
  name: string,
  options: Record<string, OptionValue>,
  invoker: Invoker,
  focused?: string,
): Json {
  return {
    ...base(applicationId, focused === undefined ? 2 : 4, invoker),
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: Object.entries(options).map(([optionName, value]) => ({
        name: optionName,
        type: optionType(value),
        value,
        ...(optionName === focused ? { focused: true } : {}),
      })),
    },
  };
}

/** A click on a button of a message the bot sent. */
export function buttonPayload(applicationId: string, message: Json, customId: string, invoker: Invoker): Json {
  return {
    ...base(applicationId, 3, invoker),
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}
