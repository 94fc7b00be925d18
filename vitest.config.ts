import { defineConfig } from 'vitest/config';

/**
 * Two groups: the unit tests run in parallel; then the end-to-end tests of the bot (real processes, a fake
 * Discord, a load test) run one file at a time, so a busy machine never makes them miss Discord's deadlines.
 */
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/bot/e2e/**'],
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/bot/e2e/**/*.test.ts'],
          testTimeout: 20_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
