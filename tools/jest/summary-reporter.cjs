// Jest reporter (added by jest.preset.js to every project): records each run's totals under tmp/test-results/
// so `node tools/test-summary.mjs` can print one closing "N passed, N failed" line for the whole `npm test`.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const repoRoot = join(__dirname, '..', '..');

/** `apps/api`, `libs/spec`, `generators`… from the first test file's path. */
function projectOf(files) {
  const first = files.find(Boolean);
  if (!first || !first.startsWith(repoRoot)) return undefined;
  const parts = first.slice(repoRoot.length + 1).split('/');
  return ['apps', 'libs'].includes(parts[0]) ? join(repoRoot, parts[0], parts[1]) : join(repoRoot, parts[0]);
}

class SummaryReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }
  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', '..', 'tmp', 'test-results');
    mkdirSync(dir, { recursive: true });
    const name = `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.json`;
    writeFileSync(
      join(dir, name),
      JSON.stringify({
        // The project is where the test files live (globalConfig.rootDir is not per project under every runner).
        rootDir: projectOf(results.testResults.map((r) => r.testFilePath)) ?? this.globalConfig.rootDir,
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        skipped: results.numPendingTests + results.numTodoTests,
        suitesFailed: results.numFailedTestSuites,
        runtimeErrorSuites: results.numRuntimeErrorTestSuites,
      }),
    );
  }
}
module.exports = SummaryReporter;
