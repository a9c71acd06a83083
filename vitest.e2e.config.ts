import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['apps/*/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file starts a server and Chromium, then spends much of its time waiting on them: two
    // files at a time keep two cores busy (measured: 495 s against 777 s one at a time).
    maxWorkers: 2,
    // Two browsers, two servers and PostgreSQL on two cores: in three CI runs of 2026-12-06 a
    // different test timed out each time (30 s waits), and each passed alone. A failure that
    // is real fails its second try as well.
    retry: 1,
    // The summary last, where a log read from its end shows it.
    reporters: ['default', './apps/web/e2e/summary-reporter.ts'],
  },
});
