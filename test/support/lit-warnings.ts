/**
 * Makes Lit's dev-mode warnings fail the test that caused them (STYLE.md: "Lit's
 * dev-mode warnings should fail a test"). Import it first in a test file. The
 * one-off notice that Lit runs in dev mode is not a problem and is let through.
 */
const warnings: string[] = [];
const flag = Symbol.for('taalwijzer.test.lit-warnings');
const scope = globalThis as unknown as Record<symbol, boolean>;

if (!scope[flag]) {
  scope[flag] = true;
  const original = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) warnings.push(text);
    original(...args);
  };
  // A failed assertion on DOM nodes cannot be sent back to the test runner (DataCloneError),
  // which then hangs until its overall timeout without naming the test: describe them as text.
  afterEach(function describeNodesInFailures() {
    const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
    if (!error) return;
    for (const key of ['actual', 'expected'] as const) {
      const value = error[key];
      if (value instanceof Node) {
        error[key] = value instanceof Element ? value.outerHTML.slice(0, 300) : value.nodeName;
      }
    }
  });
  afterEach(function checkLitWarnings() {
    if (warnings.length) {
      const found = warnings.splice(0);
      throw new Error(`Lit warned during this test:\n${found.join('\n')}`);
    }
  });
}
