// Node test-runner reporter: writes {passed, failed, failures} as JSON, counting
// tests only (not the suites around them).
export default async function* summary(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    const data = event.data;
    if (data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (data.skip || data.todo) counts.skipped += 1;
      else counts.passed += 1;
    } else if (event.type === 'test:fail') {
      counts.failed += 1;
      counts.failures.push(`${data.file ?? ''} ${data.name}`.trim());
    }
  }
  yield JSON.stringify(counts, null, 2);
}
