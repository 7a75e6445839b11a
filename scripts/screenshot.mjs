#!/usr/bin/env node
// Screenshots of a demo page in several locales and widths, with the system Chromium.
//
//   node scripts/screenshot.mjs [--page /examples/] [--selector css] [--locales nl,ar,ti]
//                               [--widths 320,1280] [--out screenshots/]
//
// Starts examples/serve.mjs in-process on a free port, sets the locale on every taal
// widget (the `locale` attribute, and the visitor's stored choice in localStorage), and
// writes <out>/<pagename>-<locale>-<width>.png: the full page, or only the first element
// matching --selector. Prints each file path. Gives up after 120 seconds.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../examples/serve.mjs';
import { findBrowser, INSTALL_HELP, BROWSER_ARGS } from './find-browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OVERALL_TIMEOUT_MS = 120_000;
const RENDER_WAIT_MS = 1_000;
const WIDGETS = 'taal-programme-finder, taal-goal-picker, taal-volunteer-form';
const LOCALE_KEY = 'taalwijzer.locale';
const SUPPORTED = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'fa', 'so'];

const USAGE = `Usage: node scripts/screenshot.mjs [options]
  --page <path>       page to open, relative to the repository root (default /examples/)
  --selector <css>    screenshot only the first element matching this selector
  --locales <list>    comma-separated locales (default nl,ar,ti)
  --widths <list>     comma-separated viewport widths in px (default 320,1280)
  --out <dir>         output folder (default screenshots/)
  --help              show this help`;

let options;
try {
  options = parseArgs({
    options: {
      page: { type: 'string', default: '/examples/' },
      selector: { type: 'string' },
      locales: { type: 'string', default: 'nl,ar,ti' },
      widths: { type: 'string', default: '320,1280' },
      out: { type: 'string', default: 'screenshots/' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const list = (value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const locales = list(options.locales);
const widths = list(options.widths).map(Number);
if (!locales.length || !widths.length || widths.some((w) => !Number.isInteger(w) || w < 200 || w > 4000)) {
  console.error(`Give at least one locale and whole widths between 200 and 4000.\n\n${USAGE}`);
  process.exit(2);
}
for (const locale of locales) {
  if (!SUPPORTED.includes(locale)) {
    console.warn(`Warning: '${locale}' is not one of the supported locales (${SUPPORTED.join(', ')}).`);
  }
}
const pagePath = options.page.startsWith('/') ? options.page : `/${options.page}`;
const outDir = path.resolve(process.cwd(), options.out);
const pageName = nameOf(pagePath);

/** '/examples/' -> 'examples', '/examples/csp/index.html' -> 'examples-csp'. */
function nameOf(urlPath) {
  const clean = urlPath
    .split(/[?#]/, 1)[0]
    .replace(/\/index\.html?$/i, '')
    .replace(/\.html?$/i, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return clean || 'index';
}

let browser;
let server;
let finished = false;

async function cleanUp() {
  await Promise.allSettled([browser?.close(), server?.close()]);
}

const watchdog = setTimeout(async () => {
  if (finished) return;
  console.error(`Gave up after ${OVERALL_TIMEOUT_MS / 1000} s.`);
  const forceExit = setTimeout(() => process.exit(1), 5_000);
  forceExit.unref();
  await cleanUp();
  process.exit(1);
}, OVERALL_TIMEOUT_MS);

async function main() {
  const executablePath = process.env.CHROME_PATH || findBrowser() || '/usr/bin/chromium';
  server = await startServer({ root: ROOT, port: 0, quiet: true });
  try {
    browser = await chromium.launch({
      executablePath,
      args: BROWSER_ARGS,
      timeout: 30_000,
    });
  } catch (error) {
    console.error(`Could not start Chromium (${executablePath}): ${error.message}\n\n${INSTALL_HELP}`);
    return 1;
  }
  await mkdir(outDir, { recursive: true });

  let failures = 0;
  for (const locale of locales) {
    for (const width of widths) {
      const file = path.join(outDir, `${pageName}-${locale}-${width}.png`);
      try {
        const problems = await shoot({ locale, width, file });
        const relative = path.relative(process.cwd(), file);
        console.log(relative.startsWith('..') || path.isAbsolute(relative) ? file : relative);
        for (const problem of problems) console.warn(`  note: ${problem}`);
      } catch (error) {
        failures++;
        console.error(`Failed: ${locale} at ${width} px: ${error.message.split('\n')[0]}`);
      }
    }
  }
  return failures ? 1 : 0;
}

async function shoot({ locale, width, file }) {
  const context = await browser.newContext({
    viewport: { width, height: width < 700 ? 720 : 900 },
    deviceScaleFactor: 1,
    timezoneId: 'Europe/Amsterdam',
    locale: 'nl-NL',
    serviceWorkers: 'block',
  });
  try {
    // The visitor's stored choice, in place before any page script runs.
    await context.addInitScript(
      ([key, value]) => {
        try {
          localStorage.setItem(key, value);
        } catch {
          /* storage may be unavailable */
        }
      },
      [LOCALE_KEY, locale],
    );
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const problems = new Set();
    page.on('pageerror', (error) => problems.add(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) {
        problems.add(`${response.status()} ${new URL(response.url()).pathname}`);
      }
    });

    const response = await page.goto(server.origin + pagePath, { waitUntil: 'domcontentloaded' });
    if (!response?.ok()) throw new Error(`${pagePath} answered ${response?.status() ?? 'nothing'}`);
    const setLocale = (l) =>
      page.evaluate(
        ([selector, value, key]) => {
          localStorage.setItem(key, value);
          for (const el of document.querySelectorAll(selector)) el.setAttribute('locale', value);
        },
        [WIDGETS, l, LOCALE_KEY],
      );
    await setLocale(locale);
    await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => {});
    // Widgets created after the first pass get the attribute too.
    await setLocale(locale);
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(RENDER_WAIT_MS);

    // A full-page picture shows what a visitor sees while scrolling: make the window as tall as
    // the page, so parts that render only near the viewport (the finder's cards use
    // content-visibility: auto) are drawn.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.min(Math.max(height, 640), 16_000) });
    await page.waitForTimeout(100);

    if (options.selector) {
      const target = page.locator(options.selector).first();
      await target.waitFor({ state: 'visible', timeout: 5_000 });
      await target.screenshot({ path: file, animations: 'disabled' });
    } else {
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    }
    return problems;
  } finally {
    await context.close().catch(() => {});
  }
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error.stack || error.message);
} finally {
  finished = true;
  clearTimeout(watchdog);
  await cleanUp();
}
process.exit(code);
