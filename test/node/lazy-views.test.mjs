// Views that load when first used, through the built dist/ in Chromium: the finder's detail
// view (with the take-along card and the calendar export) is not downloaded with the finder,
// starts downloading when the visitor moves toward a card (not with Save-Data), and when
// its code cannot be fetched the visitor gets a clear message, a retry and the way back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, until, clean } from './support/browser.mjs';

const PAGE = '/examples/csp/lazy-views.html';
const HTML = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Lazy views</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/taalwijzer.js"></script>
  </head>
  <body>
    <main>
      <h1>Taalhuis</h1>
      <taal-programme-finder src="/examples/feeds/aanbod.json"></taal-programme-finder>
    </main>
  </body>
</html>`;

const DETAIL_CHUNK = /\/dist\/chunks\/detail-chunk-[\w-]+\.js$/;

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
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page with the finder's first results on screen; `requested` lists every script URL fetched. */
async function openFinder({ saveData = false, ignoreConsole } = {}) {
  const session = await newPage(browser, { ignoreConsole });
  const { page } = session;
  if (saveData) {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', {
        configurable: true,
        get: () => ({ saveData: true, effectiveType: '4g' }),
      });
    });
  }
  const requested = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
  });
  await page.goto(server.origin + PAGE);
  await page.locator('taal-programme-finder [part~="result-card"]').first().waitFor();
  // Give the page a moment in which nothing was asked for: nothing may load ahead of intent.
  await page.waitForTimeout(300);
  return { ...session, requested, detailFetched: () => requested.some((p) => DETAIL_CHUNK.test(p)) };
}

const firstCardLink = (page) => page.locator('taal-programme-finder .card-link').first();

test('the detail view is not downloaded with the finder; moving to a card fetches it before the click', async () => {
  const { page, problems, requested, detailFetched, close } = await openFinder();
  try {
    assert.ok(requested.length > 0, 'the page loaded scripts');
    assert.equal(detailFetched(), false, `fetched before any intent: ${requested.join(', ')}`);
    await firstCardLink(page).hover();
    await until(async () => detailFetched(), Boolean, 'the detail view code after hovering a card');
    await firstCardLink(page).click();
    await page.locator('taal-programme-finder #detail-title').waitFor();
    assert.equal(
      await page.evaluate(() => {
        const root = document.querySelector('taal-programme-finder').shadowRoot;
        let el = root.activeElement;
        return el?.id;
      }),
      'detail-title',
      'the title of the opened programme has the focus',
    );
    // The detail view's own styles arrived with it: the back button and the sections are laid out.
    const sections = await page.locator('taal-programme-finder .detail-section').count();
    assert.ok(sections > 0);
    const display = await page
      .locator('taal-programme-finder .detail')
      .evaluate((el) => getComputedStyle(el).display);
    assert.equal(display, 'flex', 'the detail view is styled');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('keyboard focus on a card starts the download too', async () => {
  const { page, detailFetched, close } = await openFinder();
  try {
    await firstCardLink(page).focus();
    await until(async () => detailFetched(), Boolean, 'the detail view code after focusing a card');
  } finally {
    await close();
  }
});

test('with Save-Data nothing is fetched ahead; opening a programme still works', async () => {
  const { page, problems, detailFetched, close } = await openFinder({ saveData: true });
  try {
    await firstCardLink(page).hover();
    await firstCardLink(page).focus();
    await page.waitForTimeout(300);
    assert.equal(detailFetched(), false, 'no prefetch with Save-Data');
    await firstCardLink(page).click();
    await page.locator('taal-programme-finder #detail-title').waitFor();
    assert.ok(detailFetched());
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('offline: a clear message with a retry and the way back; the retry opens the programme', async () => {
  const { page, context, problems, close } = await openFinder({
    // The browser itself reports the failed fetch in the console.
    ignoreConsole: (text) =>
      /Failed to (load resource|fetch)|ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(text),
  });
  try {
    await context.route(DETAIL_CHUNK, (route) => route.abort('internetdisconnected'));
    await firstCardLink(page).click();
    const alert = page.locator('taal-programme-finder [role="alert"]');
    await alert.waitFor();
    assert.match(clean(await alert.innerText()), /We kunnen de server niet bereiken/);
    // The rest of the widget still works: back to the results.
    await page.locator('taal-programme-finder [part="back-button"]').click();
    await page.locator('taal-programme-finder [part~="result-card"]').first().waitFor();
    // Open again, still offline, then online again and retry.
    await firstCardLink(page).click();
    await alert.waitFor();
    await context.unroute(DETAIL_CHUNK);
    await page.locator('taal-programme-finder [part="retry-button"]').click();
    await page.locator('taal-programme-finder #detail-title').waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the goal picker’s summary (step 3) loads when the visitor moves toward it, and opens from a share link', async () => {
  const { page, problems, close } = await newPage(browser);
  try {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const SUMMARY_CHUNK = /\/dist\/chunks\/summary-chunk-[\w-]+\.js$/;
    const fetched = () => requested.some((p) => SUMMARY_CHUNK.test(p));
    await page.goto(`${server.origin}/examples/index.html`);
    const button = page.locator('taal-goal-picker [part="summary-button"]');
    await button.waitFor();
    await page.waitForTimeout(300);
    assert.equal(fetched(), false, 'not downloaded with the picker');
    await button.hover();
    await until(async () => fetched(), Boolean, 'the summary code after hovering "Naar mijn doelen"');
    await button.click();
    await page.locator('taal-goal-picker [part="summary"]').waitFor();
    // A share link opens step 3 directly.
    await page.goto(`${server.origin}/examples/index.html#doelen=health-gp-appointment`);
    await page.reload();
    await page.locator('taal-goal-picker [part="summary-goal"]').first().waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the volunteer form’s check step loads on intent; offline, every answer stays and the retry shows them', async () => {
  const SEND_CHUNK = /\/dist\/chunks\/send-chunk-[\w-]+\.js$/;
  const { page, context, problems, close } = await newPage(browser, {
    ignoreConsole: (text) =>
      /Failed to (load resource|fetch)|ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(text),
  });
  try {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const fetched = () => requested.some((p) => SEND_CHUNK.test(p));
    await page.goto(`${server.origin}/examples/vrijwilliger.html`);
    const form = page.locator('taal-volunteer-form');
    await form.getByRole('checkbox', { name: 'Taalmaatje / taalcoach' }).check();
    await form.getByLabel('Naam', { exact: true }).fill('Samira El Amrani');
    await form.getByLabel('E-mailadres', { exact: true }).fill('samira@example.nl');
    await form.getByRole('checkbox', { name: 'dinsdag avond' }).check();
    await form.getByRole('checkbox', { name: /Ik geef toestemming/ }).check();
    assert.equal(fetched(), false, 'the check step is not downloaded while the form is filled in');

    await context.route(SEND_CHUNK, (route) => route.abort('internetdisconnected'));
    await form.getByRole('button', { name: 'Controleer je antwoorden' }).click();
    const alert = form.locator('[role="alert"]');
    await alert.waitFor();
    assert.match(clean(await alert.innerText()), /We kunnen de server niet bereiken/);

    await context.unroute(SEND_CHUNK);
    await form.locator('[part="retry-button"]').click();
    await form.getByRole('heading', { name: 'Controleer je antwoorden' }).waitFor();
    const answers = clean(await form.locator('[part~="check-answers"]').innerText());
    assert.match(answers, /Samira El Amrani/);
    assert.match(answers, /samira@example\.nl/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
