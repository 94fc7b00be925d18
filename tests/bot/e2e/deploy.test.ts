import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployCommands, deployTarget } from '../../../src/bot/deploy-commands.js';
import { loadCommands } from '../../../src/bot/load-commands.js';
import { readConfig } from '../../../src/config.js';
import { runScript } from '../fake-discord/child.js';
import { FakeDiscord } from '../fake-discord/server.js';

type Option = { name: string; type: number; required?: boolean; autocomplete?: boolean };

const GUILD = '300000000000000009';

/**
 * The commands and options of interface.md, section 4, and /sources (issue 9): name, type (3 string, 4 integer,
 * 5 boolean), required, autocomplete.
 */
const CONTRACT: [string, [string, number, boolean, boolean][]][] = [
  [
    'ask',
    [
      ['question', 3, true, false],
      ['article', 3, false, true],
      ['private', 5, false, false],
    ],
  ],
  [
    'quote',
    [
      ['speaker', 3, true, true],
      ['topic', 3, false, false],
      ['private', 5, false, false],
    ],
  ],
  ['sources', [['private', 5, false, false]]],
  [
    'summary',
    [
      ['article', 3, false, true],
      ['sentences', 4, false, false],
      ['private', 5, false, false],
    ],
  ],
];

function summarize(commands: Record<string, unknown>[]): [string, [string, number, boolean, boolean][]][] {
  return commands.map((c) => [
    String(c.name),
    ((c.options ?? []) as Option[]).map((o) => [o.name, o.type, o.required === true, o.autocomplete === true]),
  ]);
}

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});

afterAll(async () => {
  await fake.close();
});

describe('deployCommands', () => {
  test('PUTs the four commands with their options to the guild', async () => {
    const { commands } = await loadCommands();
    const target = { token: fake.token, clientId: fake.applicationId, guildId: GUILD, apiBase: fake.apiBase };
    expect(await deployCommands([...commands.values()], target)).toEqual(['ask', 'quote', 'sources', 'summary']);
    expect(summarize(fake.deployed.get(GUILD) ?? [])).toEqual(CONTRACT);
    expect(fake.problems).toEqual([]);
  });

  test('globally when no guild is given', async () => {
    const { commands } = await loadCommands();
    const target = { token: fake.token, clientId: fake.applicationId, guildId: null, apiBase: fake.apiBase };
    await deployCommands([...commands.values()], target);
    expect(summarize(fake.deployed.get('global') ?? [])).toEqual(CONTRACT);
  });

  test('/summary sentences is limited to 1..15 and /ask question to 300 characters', () => {
    const [ask, , , summary] = (fake.deployed.get(GUILD) ?? []) as { options: Record<string, unknown>[] }[];
    expect(ask.options[0].max_length).toBe(300);
    expect(summary.options[1]).toMatchObject({ min_value: 1, max_value: 15 });
  });
});

describe('deployTarget', () => {
  test.each([
    [{}, /DISCORD_TOKEN .* and DISCORD_CLIENT_ID/],
    [{ DISCORD_TOKEN: 't' }, /set DISCORD_CLIENT_ID \(the application id/],
    [{ DISCORD_CLIENT_ID: '1' }, /set DISCORD_TOKEN \(the bot token/],
  ])('%j is refused with %s', (env, message) => {
    expect(() => deployTarget(readConfig(env))).toThrow(message);
  });
});

describe('npm run deploy-commands (src/bot/deploy.ts)', () => {
  test('registers the commands in the guild and says so', async () => {
    const before = fake.requests.length;
    const child = runScript('src/bot/deploy.ts', {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: GUILD,
      DISCORD_API_BASE: fake.apiBase,
    });
    expect(await child.exited).toBe(0);
    expect(child.stdout()).toBe(
      `Registered 4 slash commands in guild ${GUILD} (available now): /ask, /quote, /sources, /summary\n`,
    );
    const puts = fake.requests.slice(before).map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(puts).toEqual([`PUT /applications/${fake.applicationId}/guilds/${GUILD}/commands 200`]);
  });

  test('without a token or client id: a clear error, exit 1, nothing sent', async () => {
    const before = fake.requests.length;
    const child = runScript('src/bot/deploy.ts', { DISCORD_API_BASE: fake.apiBase });
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toMatch(/^newsbot: cannot deploy the commands: set DISCORD_TOKEN .* and DISCORD_CLIENT_ID/);
    expect(fake.requests.length).toBe(before);
  });

  test('with a token Discord refuses: says so, exit 1, and never prints the token', async () => {
    const child = runScript('src/bot/deploy.ts', {
      DISCORD_TOKEN: 'wrong.token.value',
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    });
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toMatch(/^newsbot: Discord refused the commands: .*401/);
    expect(child.stderr() + child.stdout()).not.toContain('wrong.token.value');
  });
});
