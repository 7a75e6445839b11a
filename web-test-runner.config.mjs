import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { findBrowser } from './scripts/find-browser.mjs';

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
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  // Schedule tests pin the clock themselves; the zone is pinned for the whole browser.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="nl">
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ outFile: '.tmp/wtr-summary.json' })],
};
