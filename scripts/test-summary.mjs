// Adds up Vitest JSON reports and the named checks into one closing line: "N passed, N failed, N skipped".
// Usage: node scripts/test-summary.mjs --checks out/checks.txt out/*.json
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const checksAt = args.indexOf('--checks');
const reports = args.filter((a, i) => a !== '--checks' && i !== checksAt + 1);
if (checksAt >= 0) {
  const file = args[checksAt + 1];
  const lines =
    file && existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    const [status, ...name] = line.split(' ');
    if (status === 'pass') passed += 1;
    else {
      failed += 1;
      console.log(`check failed: ${name.join(' ')}`);
    }
  }
}
for (const file of reports) {
  if (!existsSync(file)) {
    failed += 1;
    console.log(`missing test report: ${file} (the runner did not finish)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that fails to load has no failed tests of its own; count the file.
  if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) {
    failed += report.numFailedTestSuites;
    console.log(`${file}: ${report.numFailedTestSuites} test file(s) failed to run`);
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
