import { describe, expect, it } from 'vitest';
import { statesRoleMoreFully } from '../../src/answer/refiners.js';

/** [fuller, role, whether the first states the second more fully] */
const ROLES: [string, string, boolean][] = [
  ['Russian President', 'President', true],
  ['State Department spokesman', 'spokesman', true],
  ['Norland Trade Minister', 'Trade Minister', true],
  // another role, not a fuller statement of this one
  ['Vice President', 'President', false],
  ['Deputy Prime Minister', 'Prime Minister', false],
  ['former President', 'President', false],
  ['President', 'President', false],
  ['President of Norland', 'President', false],
  ['Presidential spokesman', 'spokesman', true],
  ['Russian President', '', false],
];

describe('fuller-role', () => {
  for (const [fuller, role, expected] of ROLES) {
    it(`${fuller} ${expected ? 'states' : 'does not state'} ${role || '(nothing)'} more fully`, () => {
      expect(statesRoleMoreFully(fuller, role)).toBe(expected);
    });
  }
});
