// Prints "N passed, N failed" summed over the Vitest and Playwright JSON reports.
// A step that failed before its tests ran (typecheck, lint, build, data validation) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, npmStatus] = process.argv.slice(2);
let passed = 0;
let failed = 0;

if (vitestFile && existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // Vitest counts tests that were skipped or left as todo separately; the project allows none.
  failed += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

if (playwrightFile && existsSync(playwrightFile)) {
  const report = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  passed += report.stats?.expected ?? 0;
  failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0) + (report.stats?.skipped ?? 0);
}

// After a successful `npm test` both reports must exist; a missing one means a suite did not report.
for (const file of [vitestFile, playwrightFile]) {
  if (Number(npmStatus) === 0 && !(file && existsSync(file))) {
    console.error(`missing test report: ${file}`);
    failed += 1;
  }
}
if (Number(npmStatus) !== 0 && failed === 0) failed = 1;
if (passed === 0 && failed === 0) failed = 1; // no test ran: that is a failure, not a pass

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
