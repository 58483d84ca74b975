// Prints one closing line that CI (and people) can read: "Tests: N passed, N failed[, N skipped]".
// A test file that failed to load counts as one failure, so a broken import never hides.

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Printed after the default reporter's own output.
      setTimeout(() =>
        console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed${skipped}`),
      );
    },
  };
}
