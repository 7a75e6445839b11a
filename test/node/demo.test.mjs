// The demo page through the built dist/taalwijzer.js, served and opened in
// Chromium as a webmaster's visitor would see it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../examples/serve.mjs';
import { findBrowser, BROWSER_ARGS } from '../../scripts/find-browser.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, quiet: true });
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo(path = '/examples/') {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(server.origin + path);
  return { page, problems };
}

const shadowText = (page, selector) =>
  page.$eval(selector, (el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

test('the demo page shows the programmes of the sample feed through dist/taalwijzer.js', async () => {
  const { page, problems } = await openDemo();
  await page.waitForFunction(
    () =>
      document.querySelector('taal-programme-finder')?.shadowRoot?.querySelectorAll('[part~="result-card"]')
        .length > 0,
    null,
    { timeout: 10000 },
  );
  // The first page of result cards; the heading counts all programmes that have not ended.
  const count = await page.$eval(
    'taal-programme-finder',
    (el) => el.shadowRoot.querySelectorAll('[part~="result-card"]').length,
  );
  assert.equal(count, 20);
  const total = await page.$eval('taal-programme-finder', (el) =>
    Number(el.shadowRoot.querySelector('[part="result-count"]').textContent.replace(/\D+/g, '')),
  );
  assert.ok(total >= 35, `${total} programmes found`);
  assert.match(await shadowText(page, 'taal-programme-finder'), /Taalcafé/);
  await page.waitForFunction(() =>
    document.querySelector('taal-volunteer-form')?.shadowRoot?.querySelector('[part="roles"] li'),
  );
  assert.match(await shadowText(page, 'taal-volunteer-form'), /Taalmaatje|taalmaatje/i);
  assert.match(await shadowText(page, 'taal-goal-picker'), /Werk en opleiding/);
  // The whole page fetched the shared feed once.
  const feedRequests = await page.evaluate(
    () => performance.getEntriesByType('resource').filter((e) => e.name.includes('aanbod.json')).length,
  );
  assert.equal(feedRequests, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('loading the bundle a second time, and a per-element entry next to it, never throws', async () => {
  const { page, problems } = await openDemo();
  await page.waitForFunction(() => customElements.get('taal-programme-finder'));
  await page.evaluate(async () => {
    await import('/dist/programme-finder.js');
    await import('/dist/taalwijzer.js?second-copy');
  });
  await page.waitForTimeout(300);
  assert.deepEqual(problems, []);
  await page.close();
});

test('widgets take the page language and carry lang and dir', async () => {
  const { page } = await openDemo();
  await page.waitForFunction(() => document.querySelector('taal-goal-picker')?.getAttribute('lang'));
  const attrs = await page.$$eval('taal-programme-finder, taal-goal-picker, taal-volunteer-form', (els) =>
    els.map((el) => [el.getAttribute('lang'), el.getAttribute('dir')]),
  );
  assert.deepEqual(attrs, [
    ['nl', 'ltr'],
    ['nl', 'ltr'],
    ['nl', 'ltr'],
  ]);
  await page.close();
});

test('the locale chunk is loaded lazily from next to the bundle', async () => {
  const { page } = await openDemo();
  await page.waitForFunction(() => document.querySelector('taal-goal-picker')?.getAttribute('lang') === 'nl');
  const before = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => /\/dist\/locales\/en-/.test(e.name)),
  );
  assert.equal(before, false, 'English is not loaded for a Dutch page');
  await page.evaluate(() => document.querySelector('taal-goal-picker').setAttribute('locale', 'en'));
  await page.waitForFunction(() =>
    document.querySelector('taal-goal-picker').shadowRoot.textContent.includes('Work and education'),
  );
  const after = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => /\/dist\/locales\/en-[\w-]+\.js$/.test(e.name)),
  );
  assert.equal(after, true);
  // Page-wide: the other widgets follow.
  await page.waitForFunction(
    () => document.querySelector('taal-volunteer-form').getAttribute('lang') === 'en',
  );
  await page.close();
});
