// Reads Vitest's JSON report and prints the closing line CI looks for: "N passed, N failed".
// Exits non-zero when a test failed, or when no test ran at all.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log(`No test report at ${file}: ${error.message}`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// A file that failed without a failed test (it did not load, or a hook threw) counts as one
// failure; Vitest's numFailedTestSuites counts describe blocks, so it would count a test twice.
const filesFailedOutsideTests = (report.testResults ?? []).filter(
  (file) =>
    file.status === 'failed' &&
    !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + filesFailedOutsideTests;
console.log(`${passed} passed, ${failed} failed`);
if (passed + failed === 0) {
  console.log('No test ran.');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
