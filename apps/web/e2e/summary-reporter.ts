import type { Reporter, TestCase, TestModule } from 'vitest/node';

// After the run's own report, one short block per test that failed or passed only when tried
// again, each with its first error and the line of the test file it came from: a CI log is often
// read from its end alone, and the default report puts the first failures far above it.

const MESSAGE_LINES = 4;

/** The test file's own line in an error's stack: where in the test it stopped. */
function testLine(stack: string | undefined, file: string) {
  const frame = stack?.split('\n').find((line) => line.includes(file));
  return frame?.trim().replace(/^at\s+/, '');
}

function describe(testCase: TestCase, verdict: string) {
  const result = testCase.result();
  const [error] = result.errors ?? [];
  const file = testCase.module.moduleId;
  const lines = [`${verdict} ${testCase.fullName} (${testCase.module.relativeModuleId})`];
  if (error) {
    lines.push(
      ...(error.message ?? String(error))
        .split('\n')
        .slice(0, MESSAGE_LINES)
        .map((line) => `    ${line}`),
    );
    const where = testLine(error.stack, file);
    if (where) lines.push(`    at ${where.replace(file, testCase.module.relativeModuleId)}`);
  }
  return lines.join('\n');
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const blocks: string[] = [];
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const { state } = testCase.result();
        const { flaky, retryCount } = testCase.diagnostic() ?? { flaky: false, retryCount: 0 };
        if (state === 'failed')
          blocks.push(describe(testCase, `FAILED after ${retryCount + 1} tries:`));
        else if (flaky) blocks.push(describe(testCase, `passed on try ${retryCount + 1}:`));
      }
      for (const error of testModule.errors()) {
        blocks.push(`FAILED ${testModule.relativeModuleId}: ${error.message}`);
      }
    }
    if (blocks.length > 0)
      process.stdout.write(
        `\nBrowser tests that failed or needed a second try:\n${blocks.join('\n')}\n`,
      );
  }
}
