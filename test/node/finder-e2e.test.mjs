// <taal-programme-finder> through the built dist/taalwijzer.js, on a served page with a
// strict Content-Security-Policy, driven with the keyboard and the mouse as a visitor
// would: search, filter, open a programme, the browser's back button, a shared link,
// and a 320 px wide phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../examples/serve.mjs';
import { findBrowser, BROWSER_ARGS } from '../../scripts/find-browser.mjs';
import { newPage } from './support/browser.mjs';

// Under /examples/csp/ the server sends a strict Content-Security-Policy (no inline
// scripts or styles), as many municipality sites do.
const PAGE = '/examples/csp/finder-e2e.html';
const HTML = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Finder end to end</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/taalwijzer.js"></script>
  </head>
  <body>
    <main>
      <h1>Taalhuis</h1>
      <taal-programme-finder id="finder" url-state src="/examples/feeds/aanbod.json"></taal-programme-finder>
    </main>
  </body>
</html>`;

let server;
let browser;

before(async () => {
  server = await startServer({
    port: 0,
    quiet: true,
    routes: [
      {
        method: 'GET',
        path: PAGE,
        handler(_req, res) {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(HTML);
        },
      },
    ],
  });
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage({ width = 1280, hash = '' } = {}) {
  const { page, problems } = await newPage(browser, { width });
  await page.goto(server.origin + PAGE + hash);
  await page
    .locator('taal-programme-finder [part~="result-card"], taal-programme-finder [part="detail"]')
    .first()
    .waitFor();
  return { page, problems, finder: page.locator('taal-programme-finder') };
}

const cardTitles = (finder) => finder.locator('[part="result-card-title"]').allTextContents();

test('search by keyboard, accent-insensitive, under a strict CSP', async () => {
  const { page, problems, finder } = await openPage();
  const count = async () =>
    Number((await finder.locator('[part="result-count"]').textContent()).replace(/\D+/g, ''));
  const before = await count();
  await finder.getByLabel('Zoek een activiteit').click();
  await page.keyboard.type('taalcafe', { delay: 20 });
  await page.waitForFunction(
    (all) =>
      Number(
        document
          .querySelector('taal-programme-finder')
          .shadowRoot.querySelector('[part="result-count"]')
          .textContent.replace(/\D+/g, ''),
      ) < all,
    before,
  );
  const titles = await cardTitles(finder);
  assert.ok(titles.length >= 3 && titles.length < before, `${titles.length} of ${before} programmes`);
  // "taalcafe" (no accent) finds the "Taalcafé" titles, among programmes that mention one.
  assert.ok(titles.filter((t) => /taalcafé/i.test(t)).length >= 3, titles.join(' | '));
  // The polite live region says how many, after a pause.
  await page.waitForFunction(() =>
    /gevonden/.test(
      document.querySelector('taal-programme-finder').shadowRoot.querySelector('[aria-live="polite"]')
        .textContent,
    ),
  );
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('filter, open a programme, and come back with the browser back button', async () => {
  const { page, problems, finder } = await openPage();
  await finder.getByRole('checkbox', { name: /^Alleen gratis/ }).check();
  await finder.locator('[part="chip"]').first().waitFor();
  assert.match(new URL(page.url()).hash, /finder\.free=free/);

  const firstTitle = (await cardTitles(finder))[0].trim();
  await finder.locator('.card-link').first().click();
  await finder.locator('[part="detail"]').waitFor();
  assert.match(new URL(page.url()).hash, /finder\.open=/);
  assert.equal((await finder.locator('#detail-title').textContent()).trim(), firstTitle);
  // The detail view shows how to sign up and a map link, without loading tiles.
  assert.ok(await finder.locator('a[href^="https://www.openstreetmap.org/?mlat="]').count());
  assert.equal(await finder.locator('img, iframe').count(), 0);

  await page.goBack();
  await finder.locator('[part~="result-card"]').first().waitFor();
  assert.doesNotMatch(new URL(page.url()).hash, /open=/);
  assert.match(new URL(page.url()).hash, /finder\.free=free/);
  const focused = await page.evaluate(() =>
    document.querySelector('taal-programme-finder').shadowRoot.activeElement?.textContent.trim(),
  );
  assert.equal(focused, firstTitle);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a shared link opens the same filters and programme', async () => {
  const { finder, problems, page } = await openPage({
    hash: '#finder.domain=digital-skills&finder.open=klik-en-tik-inloop',
  });
  await finder.locator('[part="detail"]').waitFor();
  assert.match(await finder.locator('#detail-title').textContent(), /Klik & Tik/);
  await finder.getByRole('button', { name: 'Terug naar de resultaten' }).click();
  await finder.locator('[part~="result-card"]').first().waitFor();
  assert.deepEqual(
    await finder
      .locator('[part="chip"]')
      .allTextContents()
      .then((t) => t.map((s) => s.trim())),
    ['Computer en telefoon'],
  );
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('fits a 320 px phone without sideways scrolling, filters folded behind a button', async () => {
  const { page, finder, problems } = await openPage({ width: 320 });
  const toggle = finder.locator('[part="filter-toggle"]');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await finder.locator('[part="filters"]').isVisible(), false);
  await toggle.click();
  assert.equal(await finder.locator('[part="filters"]').isVisible(), true);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, `${overflow} px wider than the screen`);
  await finder.locator('.card-link').first().click();
  await finder.locator('[part="detail"]').waitFor();
  const detailOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(detailOverflow, 0, `detail view ${detailOverflow} px wider than the screen`);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('icons are drawn whole: no SVG shape swallows the next one (build-time minifying)', async () => {
  const { page, problems } = await openPage();
  const report = await page.evaluate(() => {
    const root = document.querySelector('taal-programme-finder').shadowRoot;
    const shapes = [
      ...root.querySelectorAll('svg :is(circle, ellipse, line, path, polygon, polyline, rect)'),
    ];
    return {
      shapes: shapes.length,
      nested: shapes.filter((s) => s.children.length > 0).map((s) => s.outerHTML.slice(0, 80)),
    };
  });
  assert.ok(report.shapes > 20, `${report.shapes} shapes in the finder's icons`);
  assert.deepEqual(report.nested, []);
  assert.deepEqual(problems, []);
  await page.context().close();
});
