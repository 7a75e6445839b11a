import { chromeLauncher } from '@web/test-runner-chrome';
import { sharedConfig } from './test/support/wtr-shared.mjs';
import { findBrowser, BROWSER_ARGS } from './scripts/find-browser.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test`, which explains how to install one.');
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...sharedConfig({ summaryFile: '.tmp/wtr-summary.json' }),
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
};
