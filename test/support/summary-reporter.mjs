// A Web Test Runner reporter that counts passed and failed tests and writes the
// counts to a JSON file. scripts/test.mjs prints the closing `N passed, N failed`
// line from it, so that line is always the last one of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(test.name);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter({ outFile }) {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        countSuite(session.testResults, counts);
        const ran = counts.passed + counts.failed + counts.skipped - before;
        // A test file that failed to load (syntax error, failed import) or threw
        // outside a test counts as one failed test, so it can never pass silently.
        if (session.errors?.length || (session.passed === false && ran === 0)) {
          counts.failed += 1;
          counts.failures.push(`${session.testFile}: ${session.errors?.[0]?.message ?? 'failed to run'}`);
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts, null, 2));
    },
  };
}
