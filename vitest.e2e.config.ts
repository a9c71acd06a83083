import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['apps/*/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file starts a server and Chromium; on two cores they are better one at a time.
    fileParallelism: false,
  },
});
