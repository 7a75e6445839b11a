// The feed studio (<taal-feed-studio>) end to end, through dist/ in Chromium: the file input
// driven with the real example spreadsheets (CSV, the .xlsx template, an .ods written from the
// same sheets) gives exactly the feed `taalwijzer convert` writes; broken files get a clear
// message and the studio keeps working; the downloads hold the feed, JSON-LD, iCalendar and a
// workbook that converts back to the same feed; the preview shows the finder on the converted
// feed in another language while the studio stays Dutch; no request leaves for anything but
// the studio's own code; axe finds nothing; and it works on the strict-CSP page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as XLSX from '@e965/xlsx';
import { launchBrowser, newPage, startServer, until } from './support/browser.mjs';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = path.join(ROOT, 'examples/spreadsheet');
const NOW = '2026-11-28T12:00:00+01:00';
const CSV = ['programmas', 'locaties', 'organisaties', 'vrijwilligersrollen'].map((kind) =>
  path.join(EXAMPLES, `voorbeeld-${kind}.csv`),
);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser;
let server;
let cliFeed;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({ root: ROOT, port: 0, quiet: true });
  const [programmes, locations, organisations, roles] = CSV;
  const { stdout } = await run(process.execPath, [
    path.join(ROOT, 'dist/cli.js'),
    'convert',
    programmes,
    '--locations',
    locations,
    '--organisations',
    organisations,
    '--roles',
    roles,
    '--now',
    NOW,
    '-o',
    '-',
  ]);
  cliFeed = stdout;
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openStudio(pagePath = 'examples/studio.html') {
  const tab = await newPage(browser, { acceptDownloads: true });
  const requests = [];
  tab.page.on('request', (request) => requests.push(request.url()));
  await tab.page.goto(`${server.origin}/${pagePath}`);
  await tab.page.waitForFunction(() => customElements.get('taal-feed-studio'));
  await tab.page.evaluate((now) => {
    const studio = document.querySelector('taal-feed-studio');
    studio.now = new Date(now);
    window.__changes = [];
    studio.addEventListener('taal-studio-change', (event) => window.__changes.push(event.detail));
  }, NOW);
  return { ...tab, requests };
}

/** Picks files in the studio's own file input and waits for the conversion to be shown. */
async function pick(page, files) {
  const before = await page.evaluate(() => window.__changes.length);
  await page.locator('taal-feed-studio input[type=file]').setInputFiles(files);
  await until(
    () => page.evaluate(() => window.__changes.length),
    (count) => count > before,
    'a taal-studio-change event',
    20000,
  );
  return page.evaluate(() => window.__changes.at(-1));
}

/** The text of the downloaded file the button `data-download=kind` saves. */
async function download(page, kind) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`taal-feed-studio [data-download="${kind}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** What the studio shows, as text (its shadow root's elements, as a reader sees them). */
const studioText = (page) =>
  page.evaluate(() =>
    Array.from(document.querySelector('taal-feed-studio').shadowRoot.children)
      .map((child) => child.innerText ?? '')
      .join('\n'),
  );

/** A file for the file input, from disk. */
async function fileOf(file, name = path.basename(file)) {
  return { name, mimeType: 'text/csv', buffer: await readFile(file) };
}

/** Writes the example CSV files as one workbook with a sheet per kind. */
async function exampleWorkbook(bookType) {
  const book = XLSX.utils.book_new();
  const names = ['programma’s', 'locaties', 'organisaties', 'vrijwilligersrollen'];
  for (const [index, file] of CSV.entries()) {
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    const sheet = XLSX.read(text, { type: 'string', FS: ';', raw: true }).Sheets.Sheet1;
    XLSX.utils.book_append_sheet(book, sheet, names[index].replace('’', "'"));
  }
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType }));
}

test('the example CSV files give exactly the feed `taalwijzer convert` writes', async () => {
  const { page, problems, requests, close } = await openStudio();
  const change = await pick(page, CSV);
  assert.deepEqual(change, { programmes: 14, errors: 0, warnings: change.warnings });
  const feed = await download(page, 'feed');
  assert.equal(feed.name, 'aanbod.json');
  assert.equal(feed.bytes.toString('utf8'), cliFeed);
  const text = await studioText(page);
  assert.match(text, /De feed is klaar/);
  assert.match(text, /Programma’s: 14/);
  // Nothing but the page and the studio's own code was requested: the files stayed here.
  const foreign = requests.filter(
    (url) => !url.startsWith(`${server.origin}/dist/`) && !url.startsWith(`${server.origin}/examples/`),
  );
  assert.deepEqual(foreign, []);
  assert.ok(
    requests.every((url) => !/voorbeeld-|\.csv/.test(url)),
    `no spreadsheet is fetched: ${requests.join(', ')}`,
  );
  assert.deepEqual(problems, []);
  await close();
});

test('the .xlsx template, an .ods workbook and the downloaded workbook convert to the same feed', async () => {
  const { page, problems, close } = await openStudio();
  const stripUpdated = (json) => ({ ...JSON.parse(json), updated: undefined });
  const expected = stripUpdated(cliFeed);

  await pick(page, path.join(ROOT, 'dist/taalwijzer-sjabloon.xlsx'));
  assert.deepEqual(stripUpdated((await download(page, 'feed')).bytes.toString('utf8')), expected);
  assert.match(await studioText(page), /taalwijzer-sjabloon\.xlsx › Toelichting/);

  const ods = await exampleWorkbook('ods');
  await pick(page, {
    name: 'aanbod.ods',
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    buffer: ods,
  });
  assert.deepEqual(stripUpdated((await download(page, 'feed')).bytes.toString('utf8')), expected);

  // Round trip: the feed as a workbook, opened again, is the same feed.
  const workbook = await download(page, 'workbook');
  assert.equal(workbook.name, 'aanbod.xlsx');
  await page.locator('taal-feed-studio').getByRole('button', { name: 'Alles sluiten' }).click();
  await pick(page, { name: 'aanbod.xlsx', mimeType: 'application/octet-stream', buffer: workbook.bytes });
  assert.deepEqual(stripUpdated((await download(page, 'feed')).bytes.toString('utf8')), expected);
  assert.deepEqual(problems, []);
  await close();
});

test('broken files get a clear Dutch message and the studio keeps working', async () => {
  const { page, problems, close } = await openStudio();
  // A Word document renamed to .xlsx: a zip without a workbook.
  const docx = XLSX.CFB.utils.cfb_new({ fileType: 'zip' });
  XLSX.CFB.utils.cfb_add(docx, 'word/document.xml', Buffer.from('<w:document/>'));
  XLSX.CFB.utils.cfb_add(docx, '[Content_Types].xml', Buffer.from('<Types/>'));
  const docxBytes = Buffer.from(XLSX.CFB.write(docx, { type: 'buffer', fileType: 'zip' }));
  let change = await pick(page, {
    name: 'aanbod.xlsx',
    mimeType: 'application/octet-stream',
    buffer: docxBytes,
  });
  assert.equal(change.programmes, 0);
  assert.ok(change.errors >= 1);
  let text = await studioText(page);
  assert.match(text, /Er is geen feed gemaakt/);
  assert.match(text, /aanbod\.xlsx/);

  // Random bytes called .ods, and a feed that is not JSON.
  change = await pick(page, {
    name: 'kapot.ods',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)),
  });
  assert.ok(change.errors >= 1);
  change = await pick(page, {
    name: 'aanbod.json',
    mimeType: 'application/json',
    buffer: Buffer.from('<html>'),
  });
  assert.ok(change.errors >= 1);
  assert.match(await studioText(page), /geen bruikbare Taalwijzer-feed/);

  // The studio still converts good files afterwards.
  change = await pick(page, CSV);
  assert.equal(change.programmes, 14);
  text = await studioText(page);
  assert.match(text, /De feed is klaar/);
  assert.deepEqual(problems, []);
  await close();
});

test('a spreadsheet problem names file, row and column, grouped as the CLI does', async () => {
  const { page, close } = await openStudio();
  const csv = (await readFile(CSV[0], 'utf8')).replace(/;cursus;/, ';cursuss;');
  const change = await pick(page, [
    { name: 'programmas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    ...(await Promise.all(CSV.slice(1).map((file) => fileOf(file)))),
  ]);
  assert.equal(change.programmes, 13);
  assert.equal(change.errors, 1);
  const group = page.locator('taal-feed-studio details.errors');
  await assert.doesNotReject(group.waitFor());
  const item = await group.locator('li').first().innerText();
  assert.match(item, /programmas\.csv, rij \d+, kolom "soort"/);
  assert.match(item, /cursuss/);
  await close();
});

test('the preview shows the converted feed in the finder, in Arabic, while the studio stays Dutch', async () => {
  const { page, problems, close } = await openStudio();
  await pick(page, CSV);
  const frame = page.frameLocator('taal-feed-studio iframe');
  await frame.locator('taal-programme-finder').waitFor();
  const titles = JSON.parse(cliFeed).programmes.map((p) =>
    typeof p.title === 'string' ? p.title : p.title.nl,
  );
  await until(
    () => frame.locator('taal-programme-finder').evaluate((el) => el.shadowRoot?.textContent ?? ''),
    (text) => text.includes(titles[0]),
    'the first programme in the preview',
  );
  await page.locator('taal-feed-studio #preview-locale').selectOption('ar');
  await until(
    () =>
      frame
        .locator('taal-programme-finder')
        .evaluate((el) => `${el.getAttribute('lang')} ${el.getAttribute('dir')}`),
    (value) => value === 'ar rtl',
    'the finder in Arabic, right to left',
  );
  assert.equal(await page.locator('taal-feed-studio').getAttribute('lang'), 'nl');
  assert.match(await studioText(page), /Bekijk het zoals een nieuwkomer/);
  // The volunteer form on the same feed.
  await page.locator('taal-feed-studio').getByRole('radio', { name: 'Vrijwilligers aanmelden' }).check();
  await frame.locator('taal-volunteer-form').waitFor();
  // The embed code follows the picked widget.
  const code = await page.locator('taal-feed-studio #embed-code').inputValue();
  assert.match(code, /<taal-volunteer-form src="https:\/\/www\.example\.nl\/taalhuis\/aanbod\.json"/);
  assert.match(code, /action="mailto:taalhuis@bibliotheek-voorbeeld\.nl"/);
  assert.deepEqual(problems, []);
  await close();
});

test('JSON-LD and iCalendar downloads hold the converted programmes', async () => {
  const { page, close } = await openStudio();
  await pick(page, CSV);
  const jsonld = JSON.parse((await download(page, 'jsonld')).bytes.toString('utf8'));
  assert.equal(jsonld['@context'], 'https://schema.org');
  assert.ok(jsonld['@graph'].length >= 14);
  const snippet = await page.locator('taal-feed-studio #jsonld-snippet').inputValue();
  assert.match(snippet, /^<script type="application\/ld\+json">/);
  const ics = (await download(page, 'ics')).bytes.toString('utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.ok((ics.match(/BEGIN:VEVENT/g) ?? []).length >= 5);
  await close();
});

test('axe finds nothing in the studio, empty and with a result', async () => {
  const { page, close } = await openStudio();
  await page.addScriptTag({ path: AXE });
  const check = () =>
    page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('taal-feed-studio'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
    });
  assert.deepEqual(await check(), []);
  const csv = (await readFile(CSV[0], 'utf8')).replace(/;cursus;/, ';cursuss;');
  await pick(page, [
    { name: 'programmas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    ...(await Promise.all(CSV.slice(1).map((file) => fileOf(file)))),
  ]);
  assert.deepEqual(await check(), []);
  await close();
});

test('on a page with a strict Content-Security-Policy the studio converts and previews', async () => {
  const { page, problems, close } = await openStudio('examples/csp/studio.html');
  const change = await pick(page, path.join(ROOT, 'dist/taalwijzer-sjabloon.xlsx'));
  assert.equal(change.programmes, 14);
  await page.frameLocator('taal-feed-studio iframe').locator('taal-programme-finder').waitFor();
  assert.deepEqual(problems, []);
  await close();
});

test('files dropped on the drop zone are opened like picked ones', async () => {
  const { page, problems, close } = await openStudio();
  const texts = await Promise.all(CSV.map((file) => readFile(file, 'utf8')));
  await page.evaluate(
    ({ texts, names }) => {
      const zone = document.querySelector('taal-feed-studio').shadowRoot.querySelector('[part="drop-zone"]');
      const data = new DataTransfer();
      texts.forEach((text, i) => data.items.add(new File([text], names[i], { type: 'text/csv' })));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { texts, names: CSV.map((file) => path.basename(file)) },
  );
  await until(
    () => page.evaluate(() => window.__changes.at(-1)?.programmes),
    (count) => count === 14,
    'the dropped files converted',
  );
  assert.equal((await download(page, 'feed')).bytes.toString('utf8'), cliFeed);
  assert.deepEqual(problems, []);
  await close();
});

test('once loaded, the studio converts with the connection gone', async () => {
  const { context, page, problems, requests, close } = await openStudio();
  // Moving toward the file picker starts the worker.
  await page.locator('taal-feed-studio input[type=file]').hover();
  await until(
    () => requests.some((url) => url.endsWith('/dist/studio-worker.js')),
    (started) => started,
    'the worker started as the pointer came to the file picker',
  );
  await page.waitForTimeout(1500); // its code compiled
  await context.setOffline(true);
  const change = await pick(page, path.join(ROOT, 'dist/taalwijzer-sjabloon.xlsx'));
  assert.equal(change.programmes, 14);
  assert.deepEqual(problems, []);
  await close();
});

test('a 50 MB file and a feed address that refuses other sites get a clear message', async () => {
  const { page, close } = await openStudio();
  const dir = await mkdtemp(path.join(tmpdir(), 'taal-studio-'));
  const big = path.join(dir, 'aanbod-groot.xlsx');
  await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 0x41));
  let change = await pick(page, big);
  assert.equal(change.errors, 1);
  assert.match(await studioText(page), /aanbod-groot\.xlsx is groter dan 30 MB en is niet geopend/);
  await rm(dir, { recursive: true, force: true });

  // Another origin without CORS headers: the browser refuses to hand the feed over.
  const other = await startServer({ root: ROOT, port: 0, quiet: true, host: '127.0.0.1' });
  const url = `http://localhost:${other.port}/examples/feeds/aanbod.json`;
  await page.locator('taal-feed-studio #feed-url').fill(url);
  await page.locator('taal-feed-studio').getByRole('button', { name: 'Openen' }).click();
  await page.locator('taal-feed-studio #url-error').waitFor();
  assert.match(await page.locator('taal-feed-studio #url-error').innerText(), /CORS/);
  await other.close();

  // And it keeps working.
  change = await pick(page, CSV);
  assert.equal(change.programmes, 14);
  await close();
});

test('a published feed opened by its address (same site) is checked and previewed', async () => {
  const { page, problems, close } = await openStudio();
  await page.locator('taal-feed-studio #feed-url').fill(`${server.origin}/examples/feeds/aanbod.json`);
  const before = await page.evaluate(() => window.__changes.length);
  await page.locator('taal-feed-studio').getByRole('button', { name: 'Openen' }).click();
  await until(
    () => page.evaluate(() => window.__changes.length),
    (count) => count > before,
    'the feed converted',
  );
  const change = await page.evaluate(() => window.__changes.at(-1));
  const feed = JSON.parse(await readFile(path.join(ROOT, 'examples/feeds/aanbod.json'), 'utf8'));
  assert.equal(change.programmes, feed.programmes.length);
  assert.equal(change.errors, 0);
  assert.match(await studioText(page), /aanbod\.json/);
  await page.frameLocator('taal-feed-studio iframe').locator('taal-programme-finder').waitFor();
  assert.deepEqual(problems, []);
  await close();
});

test('in English the problems are in English; in Arabic in Dutch, with a note that says so', async () => {
  const { page, close } = await openStudio();
  const csv = (await readFile(CSV[0], 'utf8')).replace(/;cursus;/, ';cursuss;');
  const files = [
    { name: 'programmas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    ...(await Promise.all(CSV.slice(1).map((file) => fileOf(file)))),
  ];
  await page.evaluate(() => document.querySelector('taal-feed-studio').setAttribute('locale', 'en'));
  await pick(page, files);
  const group = page.locator('taal-feed-studio details.errors li').first();
  await until(
    () => group.innerText(),
    (text) => /is not a known "soort"/.test(text),
    'the error in English',
  );
  assert.equal(await group.locator('.message').getAttribute('lang'), 'en');
  // Switching to Arabic converts again: the messages in Dutch, and a note says so.
  const before = await page.evaluate(() => window.__changes.length);
  await page.evaluate(() => document.querySelector('taal-feed-studio').setAttribute('locale', 'ar'));
  await until(
    () => page.evaluate(() => window.__changes.length),
    (count) => count > before,
    'a new conversion after the language changed',
  );
  await until(
    () => group.innerText(),
    (text) => /is geen bekende soort/.test(text),
    'the error in Dutch',
  );
  assert.equal(await group.locator('.message').getAttribute('lang'), 'nl');
  await close();
});
