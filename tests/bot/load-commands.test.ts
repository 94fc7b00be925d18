import path from 'node:path';
import { expect, test } from 'vitest';
import { loadCommands } from '../../src/bot/load-commands.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'commands');

test('the project commands: /ask, /quote, /sources and /summary, and nothing wrong', async () => {
  const { commands, problems } = await loadCommands();
  expect([...commands.keys()]).toEqual(['ask', 'quote', 'sources', 'summary']);
  expect(problems).toEqual([]);
});

test('good files load; each bad file is named with what is wrong, and left out', async () => {
  const { commands, problems } = await loadCommands(FIXTURES);
  expect([...commands.keys()]).toEqual(['echo', 'ping']);
  expect(problems.map((p) => p.replace(/tests\/bot\/fixtures\/commands\//, ''))).toEqual([
    'newsbot: echo.ts defines /echo again; left out',
    'newsbot: no-execute.ts is not a command (it must export { data, execute }); left out',
    'newsbot: throws.ts failed to load: boom at import',
  ]);
});
