import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    globalSetup: ['packages/db/src/testing/global-setup.ts'],
    // Test files share their worker's modules instead of importing the whole app again each
    // (two seconds a file); each builds its own app and database, so nothing else is shared.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
