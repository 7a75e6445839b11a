// The demo region of `npm start` (examples/region/, merged by the build with the CLI)
// through dist/, as a visitor uses it: a place typed in the question, only the shards
// near it fetched, programmes of several Taalhuizen together, a shard the server has
// lost named while the rest shows, the place in the link, and the same in Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, newPage, startServer } from './support/browser.mjs';

const PAGE = '/examples/region/';
const region = JSON.parse(
  readFileSync(new URL('../../examples/region/regio/region.json', import.meta.url), 'utf8'),
);
const byPlace = (place) => region.publishers.filter((p) => p.places.includes(place));

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, quiet: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function choose(page, place) {
  const finder = page.locator('taal-programme-finder');
  await finder.locator('#place-input').fill(place);
  await finder.locator('[part="place-button"]').click();
  await finder.locator('[part~="result-card"]').first().waitFor();
  return finder;
}

test('the demo region has several Taalhuizen, places with positions and shards for all', () => {
  assert.ok(region.publishers.length >= 6, `${region.publishers.length} publishers`);
  assert.ok(region.places.length >= 10, `${region.places.length} places`);
  assert.ok(region.publishers.every((p) => p.status === 'ok' && p.programmes > 0));
});

test('choosing a place fetches only the shards near it and shows their programmes together', async () => {
  const { page, problems, close } = await newPage(browser, { width: 1280 });
  const shards = [];
  page.on('request', (request) => {
    if (request.url().includes('/regio/shards/')) shards.push(request.url());
  });
  await page.goto(server.origin + PAGE);
  await page.locator('taal-programme-finder #place-input').waitFor();
  assert.deepEqual(shards, [], 'no shard before a place is chosen');
  const finder = await choose(page, 'zevenaar');
  // The Liemers library and VluchtelingenWerk (which has a spreekuur there); not Deventer, 45 km away.
  const fetched = shards.map((url) =>
    url
      .split('/')
      .pop()
      .replace(/\.json$/, ''),
  );
  assert.ok(fetched.includes(byPlace('Zevenaar').find((p) => /liemers/.test(p.id)).id), fetched.join());
  assert.ok(!fetched.some((id) => /deventer/.test(id)), fetched.join());
  assert.match(await finder.locator('[part="region-bar"]').innerText(), /binnen 15 km van \u2068?Zevenaar/);
  const publishers = new Set(await finder.locator('[part="publisher"]').allInnerTexts());
  assert.ok(publishers.size >= 1, [...publishers].join());
  assert.match(page.url(), /place=Zevenaar/);
  assert.deepEqual(problems, []);
  await close();
});

test('a shard the server lost is named, the rest shows; in Arabic on a phone', async () => {
  const lost = byPlace('Zutphen').find((p) => /vluchtelingenwerk/.test(p.id));
  const { page, close } = await newPage(browser, { width: 320, ignoreConsole: (text) => /404/.test(text) });
  await page.route(`**/regio/${lost.shard}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`${server.origin}${PAGE}`);
  await page.locator('taal-programme-finder #place-input').waitFor();
  await page.evaluate(() => document.querySelector('taal-programme-finder').setAttribute('locale', 'ar'));
  await page.waitForFunction(
    () => document.querySelector('taal-programme-finder').getAttribute('dir') === 'rtl',
  );
  const finder = await choose(page, 'Zutphen');
  const notice = await finder.locator('[part="region-failed"]').innerText();
  assert.ok(notice.includes('VluchtelingenWerk') || notice.includes(lost.name.ar ?? ''), notice);
  assert.ok((await finder.locator('[part~="result-card"]').count()) > 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px sideways scroll at 320px`);
  await close();
});

test('a link with the place opens the same offer, with a programme of another Taalhuis open', async () => {
  const deventer = byPlace('Deventer').find((p) => /deventer/.test(p.id));
  const shard = JSON.parse(
    readFileSync(new URL(`../../examples/region/regio/${deventer.shard}`, import.meta.url), 'utf8'),
  );
  const programme = shard.programmes[0];
  const { page, problems, close } = await newPage(browser, { width: 1280 });
  await page.goto(
    `${server.origin}${PAGE}#finder.place=Zutphen&finder.open=${encodeURIComponent(programme.id)}`,
  );
  const title = page.locator('taal-programme-finder #detail-title');
  await title.waitFor();
  const expected = typeof programme.title === 'string' ? programme.title : programme.title.nl;
  assert.equal((await title.innerText()).trim(), expected);
  assert.deepEqual(problems, []);
  await close();
});
