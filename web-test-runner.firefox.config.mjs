// The browser tests in a second engine: Firefox (Debian's firefox-esr) driven by
// puppeteer-core over WebDriver BiDi. Nothing is downloaded: puppeteer-core comes
// with @web/test-runner-chrome and talks to the installed Firefox.
// Run with `npm run test:firefox`; the Chromium run (`npm test`) stays the main one.
// Kept apart from web-test-runner.config.mjs (which needs a Chromium to load); the
// settings both share are in test/support/wtr-shared.mjs.
import puppeteer from 'puppeteer-core';
import { ChromeLauncher } from '@web/test-runner-chrome';
import { sharedConfig } from './test/support/wtr-shared.mjs';
import { findFirefox } from './scripts/find-browser.mjs';

const executablePath = findFirefox();
if (!executablePath) {
  throw new Error('No Firefox found: run `npm run test:firefox`, which explains how to install one.');
}

/**
 * Sets the CSS media type ('print', or '' for the normal 'screen') of one page.
 * WebDriver BiDi has no command for it and puppeteer's emulateMediaType needs CDP,
 * so this sets Gecko's own BrowsingContext.mediumOverride (what Firefox's print
 * simulation uses) from the browser's chrome scope, which Firefox opens to BiDi
 * when started with --remote-allow-system-access.
 */
async function setMedium(page, medium) {
  const connection = page.browser().connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const contextId = page.mainFrame()._id;
  const { result: evaluated } = await connection.send('script.evaluate', {
    expression: `(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const context = NavigableManager.getBrowsingContextById(${JSON.stringify(contextId)});
      context.mediumOverride = ${JSON.stringify(medium)};
      return context.mediumOverride;
    })()`,
    target: { context: result.contexts[0].context },
    awaitPromise: false,
  });
  if (evaluated.type !== 'success' || evaluated.result.value !== medium) {
    throw new Error(`Could not set the media type to "${medium}" in Firefox: ${JSON.stringify(evaluated)}`);
  }
}

/**
 * Key names puppeteer's BiDi keyboard does not know (puppeteer 24.43 throws
 * `Unknown key: "Space"`), as the characters it sends for them.
 */
const BIDI_KEYS = { Space: ' ' };

/**
 * The page's keyboard, for sendKeys: first brings the page's window to the front,
 * since only the focused window acts on keys (Enter on a button in a window behind
 * another is typed but does not press it), and knows the key names in BIDI_KEYS.
 */
function keyboardOf(page) {
  const key = (name) => BIDI_KEYS[name] ?? name;
  const front = () => page.bringToFront();
  const { keyboard } = page;
  return {
    press: async (name, options) => (await front(), keyboard.press(key(name), options)),
    down: async (name, options) => (await front(), keyboard.down(key(name), options)),
    up: async (name) => (await front(), keyboard.up(key(name))),
    type: async (text, options) => (await front(), keyboard.type(text, options)),
    sendCharacter: async (char) => (await front(), keyboard.sendCharacter(char)),
  };
}

/**
 * Web Test Runner's Chrome launcher, starting Firefox instead (a custom puppeteer
 * instance plus `browser: 'firefox'` does that), with what the tests need that
 * puppeteer cannot do in Firefox: `emulateMedia({ media })` from
 * @web/test-runner-commands (the print tests of the goal picker), and
 * `sendKeys({ press: 'Space' })`. The command plugins call page.emulateMediaType,
 * page.emulateMediaFeatures and page.keyboard on the page they get from getPage,
 * so getPage hands out the page with those replaced.
 */
class FirefoxLauncher extends ChromeLauncher {
  constructor(launchOptions, createPage) {
    super(launchOptions, ({ browser }) => browser.defaultBrowserContext(), createPage, puppeteer, undefined);
    this.printing = new WeakSet();
  }

  getPage(sessionId) {
    const page = super.getPage(sessionId);
    const printing = this.printing;
    return new Proxy(page, {
      get(target, property) {
        if (property === 'emulateMediaType') {
          return async (type) => {
            await setMedium(target, type === 'print' ? 'print' : '');
            if (type === 'print') printing.add(target);
            else printing.delete(target);
          };
        }
        if (property === 'emulateMediaFeatures') {
          return async (features) => {
            // Only `media` is implemented; color scheme and reduced motion are not.
            if (features?.length) throw new Error('emulateMedia: only `media` works in Firefox here.');
          };
        }
        if (property === 'keyboard') return keyboardOf(target);
        // Puppeteer's pages keep their state in private fields: call on the page itself.
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  async stopSession(sessionId) {
    // Pages are reused for later test files: none starts in print mode.
    const page = super.getPage(sessionId);
    if (this.printing.has(page) && !page.isClosed()) {
      await setMedium(page, '');
      this.printing.delete(page);
    }
    return super.stopSession(sessionId);
  }
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...sharedConfig({ summaryFile: '.tmp/wtr-summary-firefox.json' }),
  browsers: [
    new FirefoxLauncher(
      { browser: 'firefox', executablePath, headless: true, args: ['--remote-allow-system-access'] },
      // Each page in its own browser context (a BiDi user context), as in the
      // Chromium run: test files side by side do not share localStorage. And in its
      // own window: of two tabs in one window Firefox hides one and throttles it
      // (twenty zero-delay timers took 18 s there), so its tests time out.
      async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' }),
    ),
  ],
};
