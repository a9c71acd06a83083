import type { Reporter, SerializedError, TestCase, TestModule } from 'vitest/node';

// After the run's own report, one short block per test that failed or passed only when tried
// again, with its error and the line of the test file it came from, and one per error outside
// any test: a CI log is often read from its end alone, and the default report puts the first
// failures far above it.

const MESSAGE_LINES = 4;

/** The test file's own line in an error's stack: where in the test it stopped. */
function testLine(stack: string | undefined, testModule: TestModule) {
  const frame = stack?.split('\n').find((line) => line.includes(testModule.moduleId));
  return frame
    ?.trim()
    .replace(/^at\s+/, '')
    .replace(testModule.moduleId, testModule.relativeModuleId);
}

function errorLines(error: SerializedError | undefined, testModule?: TestModule) {
  if (!error) return [];
  const lines = (error.message ?? String(error))
    .split('\n')
    .slice(0, MESSAGE_LINES)
    .map((line) => `    ${line}`);
  const where = testModule && testLine(error.stack, testModule);
  if (where) lines.push(`    at ${where}`);
  return lines;
}

/** A failed test with its last try's error; one that passed on a later try with its first's. */
function testBlock(testCase: TestCase): string | null {
  const result = testCase.result();
  const errors = result.errors ?? [];
  const { flaky, retryCount } = testCase.diagnostic() ?? { flaky: false, retryCount: 0 };
  const where = `${testCase.fullName} (${testCase.module.relativeModuleId})`;
  if (result.state === 'failed') {
    const tries = retryCount + 1;
    return [
      `FAILED after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${where}`,
      ...errorLines(errors.at(-1), testCase.module),
    ].join('\n');
  }
  if (flaky) {
    return [
      `passed on try ${retryCount + 1}: ${where}`,
      ...errorLines(errors[0], testCase.module),
    ].join('\n');
  }
  return null;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ) {
    try {
      const blocks: string[] = [];
      for (const testModule of testModules) {
        for (const testCase of testModule.children.allTests()) {
          const block = testBlock(testCase);
          if (block) blocks.push(block);
        }
        for (const suite of [testModule, ...testModule.children.allSuites()]) {
          for (const error of suite.errors()) {
            const name = suite.type === 'suite' ? ` ${suite.fullName}` : '';
            blocks.push(
              [
                `FAILED${name} (${testModule.relativeModuleId}):`,
                ...errorLines(error, testModule),
              ].join('\n'),
            );
          }
        }
      }
      for (const error of unhandledErrors) {
        blocks.push(['FAILED outside any test:', ...errorLines(error)].join('\n'));
      }
      if (blocks.length > 0) {
        process.stdout.write(
          `\nBrowser tests that failed or needed a second try:\n${blocks.join('\n')}\n`,
        );
      }
    } catch (error) {
      // The summary is a convenience: the run's own report above stands without it.
      process.stdout.write(`\nThe browser tests' summary could not be written: ${error}\n`);
    }
  }
}
