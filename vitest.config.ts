import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests of the embedded database alone (backup and restore of a data folder), which open PGlite
 * whatever database the run is given: against a PostgreSQL server they would only run again.
 */
const EMBEDDED_ONLY = ['apps/api/src/lib/embedded-backup.test.ts'];

export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(process.env.TEST_DATABASE_URL ? EMBEDDED_ONLY : [])],
    globalSetup: ['packages/db/src/testing/global-setup.ts'],
    setupFiles: [
      'packages/db/src/testing/busy-connections.ts',
      'apps/api/src/testing/verify-shapes.ts',
    ],
    // Test files share their worker's modules instead of importing the whole app again each
    // (two seconds a file); each builds its own app and database, so nothing else is shared.
    isolate: false,
    // Vitest leaves a core free by default, which on two cores runs one file at a time; a file
    // spends much of its time waiting on its database, which a second worker fills.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
