import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test`, which explains how to install one.');
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: {
    config: { timeout: 10000 },
  },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // Each page in its own browser context: test files running side by side do
      // not share localStorage (the remembered language, saved feed copies).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        args: BROWSER_ARGS,
      },
    }),
  ],
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
    summaryReporter({ outFile: process.env.TAALWIJZER_TEST_SUMMARY ?? '.tmp/wtr-summary.json' }),
  ],
};
