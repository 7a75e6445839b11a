// `taalwijzer overview` end to end, through dist/: the HTML file opens offline in Chromium
// (every request is blocked and none may be attempted), shows the same figures as
// <taal-offer-overview> on a served page with the same feed and "now", and prints on at most
// two A4 pages (counted in the PDF Chromium makes with print media), in Dutch and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser, newPage, startServer } from './support/browser.mjs';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FEED = path.join(ROOT, 'examples/feeds/aanbod.json');
const NOW = '2026-11-28T12:00:00+01:00';

let browser;
let server;
let dir;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({ root: ROOT, port: 0, quiet: true });
  dir = await mkdtemp(path.join(tmpdir(), 'taal-overview-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function makeFile(lang) {
  const out = path.join(dir, `overzicht-${lang}.html`);
  const { stderr } = await run(process.execPath, [
    path.join(ROOT, 'dist/cli.js'),
    'overview',
    FEED,
    '-o',
    out,
    '--lang',
    lang,
    '--now',
    NOW,
    '--finder',
    'https://www.bibliotheek-voorbeeld.nl/taalhuis/aanbod#finder',
  ]);
  return { out, stderr };
}

/** Every count cell of every table, with its row and column headers, and the gaps. */
function figures(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('taal-offer-overview');
    const deadline = Date.now() + 15000;
    while (!el?.shadowRoot?.querySelector('table, [part="error"]') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await el.updateComplete;
    const root = el.shadowRoot;
    const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const cells = [];
    for (const table of root.querySelectorAll('table')) {
      const heads = [...table.querySelectorAll('thead th')].map(text);
      for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
        const rowHead = text(row.querySelector('th'));
        [...row.cells].forEach((cell, i) => {
          if (cell.localName === 'td') cells.push(`${heads[0]}|${rowHead}|${heads[i]}=${text(cell)}`);
        });
      }
    }
    return {
      cells,
      gaps: [...root.querySelectorAll('[part="gap"]')].map(text),
      summary: text(root.querySelector('[part="summary"]')),
    };
  });
}

test('the CLI writes one offline file whose figures match the element', async () => {
  const { out, stderr } = await makeFile('nl');
  assert.match(stderr, /41 programma's meegeteld, 3 beëindigd/);
  const html = await readFile(out, 'utf8');
  assert.ok(!/<script[^>]+src=|<link[^>]+href=/i.test(html), 'no external script or stylesheet');
  assert.match(html, /default-src 'none'/);

  const offline = await newPage(browser);
  const requests = [];
  await offline.context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  await offline.page.goto(pathToFileURL(out).href);
  const fromFile = await figures(offline.page);
  await offline.page.waitForFunction(() =>
    document.querySelector('taal-offer-overview')?.shadowRoot?.querySelector('[part="qr"] svg path'),
  );
  assert.deepEqual(requests, [], 'no request attempted');
  assert.deepEqual(offline.problems, []);

  const served = await newPage(browser);
  await served.page.goto(`${server.origin}/examples/overzicht.html`);
  await served.page.evaluate((now) => {
    const el = document.querySelector('taal-offer-overview');
    el.now = new Date(now);
  }, NOW);
  const fromElement = await figures(served.page);
  assert.ok(fromFile.cells.length > 100, `many cells (${fromFile.cells.length})`);
  assert.deepEqual(fromFile.cells, fromElement.cells);
  assert.deepEqual(fromFile.gaps, fromElement.gaps);
  assert.ok(
    fromFile.cells.includes('Domein|Computer en telefoon|Z-route=4'),
    'hand-counted: Z-route x digital skills',
  );
  assert.ok(
    fromFile.gaps.includes('Geen aanbod voor de Onderwijsroute in: Opvoeding.'),
    fromFile.gaps.join(' / '),
  );
  assert.ok(fromFile.gaps.includes('Niets op zondag.'));
  assert.match(fromFile.summary, /3 beëindigde programma's niet meegeteld/);
  await offline.close();
  await served.close();
});

for (const lang of ['nl', 'ar']) {
  test(`prints the sample feed on at most two A4 pages (${lang}), no table cut off`, async () => {
    const { out } = await makeFile(lang);
    const { page, close } = await newPage(browser, { width: 794, height: 1123 });
    await page.goto(pathToFileURL(out).href);
    await figures(page);
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(
      () =>
        [...document.querySelector('taal-offer-overview').shadowRoot.querySelectorAll('.table-wrap')].filter(
          (wrap) => wrap.scrollWidth > wrap.clientWidth + 1,
        ).length,
    );
    assert.equal(overflow, 0, 'tables fit the page width');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    await close();
  });
}

test('over a region the file counts every Taalhuis, as the element on a page does', async () => {
  const manifest = path.join(ROOT, 'examples/region/regio/region.json');
  const region = JSON.parse(await readFile(manifest, 'utf8'));
  const out = path.join(dir, 'overzicht-regio.html');
  const { stderr } = await run(process.execPath, [
    path.join(ROOT, 'dist/cli.js'),
    'overview',
    manifest,
    '-o',
    out,
    '--now',
    NOW,
  ]);
  const counted = Number(/(\d+) programma's meegeteld/.exec(stderr)?.[1]);
  const ended = Number(/(\d+) beëindigd/.exec(stderr)?.[1] ?? 0);
  const published = region.publishers.reduce((sum, p) => sum + p.programmes, 0);
  assert.equal(counted + ended, published, stderr);

  const offline = await newPage(browser);
  await offline.page.goto(pathToFileURL(out).href);
  const fromFile = await figures(offline.page);
  const title = await offline.page.evaluate(
    () => document.querySelector('taal-offer-overview').shadowRoot.querySelector('.title').textContent,
  );
  assert.equal(title.trim(), region.name);

  const served = await newPage(browser);
  await served.page.goto(`${server.origin}/examples/overzicht.html`);
  await served.page.evaluate(
    ({ now, src }) => {
      const el = document.querySelector('taal-offer-overview');
      el.now = new Date(now);
      el.setAttribute('src', src);
    },
    { now: NOW, src: '/examples/region/regio/region.json' },
  );
  await served.page.waitForFunction(
    (name) =>
      document
        .querySelector('taal-offer-overview')
        ?.shadowRoot?.querySelector('.title')
        ?.textContent.trim() === name,
    region.name,
  );
  const fromElement = await figures(served.page);
  assert.deepEqual(fromFile.cells, fromElement.cells);
  assert.deepEqual(fromFile.gaps, fromElement.gaps);
  assert.deepEqual(offline.problems, []);
  await offline.close();
  await served.close();
});
