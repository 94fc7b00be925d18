import { SlashCommandBuilder } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { decodeCustomId, encodeCustomId, isCommand } from '../../src/bot/command.js';

const data = new SlashCommandBuilder().setName('echo').setDescription('Echo');

describe('isCommand', () => {
  const rows: [string, unknown, boolean][] = [
    ['data and execute', { data, execute: () => ({}) }, true],
    ['with autocomplete and button', { data, execute: () => ({}), autocomplete: () => [], button: () => ({}) }, true],
    ['a plain JSON definition with toJSON', { data: { name: 'x', toJSON: () => ({}) }, execute: () => ({}) }, true],
    ['no execute', { data }, false],
    ['execute not a function', { data, execute: 'run' }, false],
    ['data without a name', { data: { toJSON: () => ({}) }, execute: () => ({}) }, false],
    ['data without toJSON', { data: { name: 'x' }, execute: () => ({}) }, false],
    ['autocomplete not a function', { data, execute: () => ({}), autocomplete: [] }, false],
    ['null', null, false],
    ['a function', () => undefined, false],
  ];
  for (const [name, value, expected] of rows) {
    test(`${name}: ${expected}`, () => {
      expect(isCommand(value)).toBe(expected);
    });
  }
});

describe('custom ids', () => {
  const rows: [string, string[], string][] = [
    ['quote', ['2', 'Mara Velde', ''], 'quote:["2","Mara Velde",""]'],
    ['quote', ['1', 'O:Neil "x"', 'a:b'], 'quote:["1","O:Neil \\"x\\"","a:b"]'],
  ];
  for (const [command, args, id] of rows) {
    test(`${command} ${JSON.stringify(args)} <-> ${id}`, () => {
      expect(encodeCustomId(command, args)).toBe(id);
      expect(decodeCustomId(id)).toEqual({ command, args });
    });
  }

  test('an id over 100 characters is not made', () => {
    expect(encodeCustomId('quote', ['1', 'x'.repeat(100)])).toBeNull();
  });

  const broken = ['quote', ':["1"]', 'quote:[1]', 'quote:{"a":1}', 'quote:not json', 'old-button-id'];
  for (const id of broken) {
    test(`"${id}" is not an id of ours`, () => {
      expect(decodeCustomId(id)).toBeNull();
    });
  }
});
