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
  afterEach(function checkLitWarnings() {
    if (warnings.length) {
      const found = warnings.splice(0);
      throw new Error(`Lit warned during this test:\n${found.join('\n')}`);
    }
  });
}
