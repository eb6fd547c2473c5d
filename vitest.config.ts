import { defineConfig } from 'vitest/config';

/** Building the fixture site and driving Chromium take far longer than a unit test. */
const slow = { testTimeout: 60_000, hookTimeout: 180_000 } as const;

export default defineConfig({
  test: {
    projects: [
      {
        // Pure code: no build, no browser. `npx vitest run --project unit` stays fast.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // Reads the built fixture site (tests/.output/fixture-dist).
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/build-fixture.ts'],
          ...slow,
        },
      },
      {
        // Serves the built fixture site and drives Debian's Chromium through playwright-core.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/build-fixture.ts'],
          ...slow,
        },
      },
      {
        // Searches the built demo catalog in Chromium: the Vietnamese query set and the filters.
        test: {
          name: 'search',
          include: ['tests/search/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/build-demo.ts'],
          ...slow,
          testTimeout: 180_000,
        },
      },
    ],
  },
});
