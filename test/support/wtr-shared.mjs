// What the Chromium run (web-test-runner.config.mjs) and the Firefox run
// (web-test-runner.firefox.config.mjs) share: which files, how TypeScript is served, time-outs,
// empty storage per file, and the reporters that give `npm test` its summary line.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './summary-reporter.mjs';

/**
 * The settings of both runs; `browsers` is each config's own. `summaryFile` is where the
 * pass/fail counts go when TAALWIJZER_TEST_SUMMARY does not say.
 * @returns {import('@web/test-runner').TestRunnerConfig}
 */
export function sharedConfig({ summaryFile }) {
  return {
    files: ['test/**/*.test.ts', '!test/node/**'],
    nodeResolve: true,
    concurrency: 2,
    concurrentBrowsers: 1,
    testFramework: {
      config: { timeout: 10000 },
    },
    testsFinishTimeout: 300000,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
    // Pages are reused for later test files: every file starts with empty storage.
    testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="nl">
  <body>
    <script>localStorage.clear(); sessionStorage.clear();</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
    reporters: [
      defaultReporter(),
      summaryReporter({ outFile: process.env.TAALWIJZER_TEST_SUMMARY ?? summaryFile }),
    ],
  };
}
