// zod loads only for a feed that needs it, through the built dist/ in Chromium: the finder
// checks a feed with the validator generated from the schemas at build time; zod (the
// feed/explain chunk) is downloaded only to word the issues of an item that validator
// rejects, and when it cannot be fetched the invalid item is still skipped and reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchBrowser, newPage } from './support/browser.mjs';

const EXPLAIN_CHUNK = /\/dist\/chunks\/explain-[\w-]+\.js$/;
const feed = JSON.parse(readFileSync(new URL('../../examples/feeds/aanbod.json', import.meta.url), 'utf8'));
const broken = structuredClone(feed);
const brokenId = broken.programmes[1].id;
broken.programmes[1].title = 42;

const page = (src) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Feed check</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/taalwijzer.js"></script>
  </head>
  <body>
    <main><h1>Taalhuis</h1><taal-programme-finder src="${src}"></taal-programme-finder></main>
  </body>
</html>`;

const routes = [
  ['/lazy-zod/valid.html', 'text/html; charset=utf-8', page('/examples/feeds/aanbod.json')],
  ['/lazy-zod/broken.html', 'text/html; charset=utf-8', page('/lazy-zod/broken.json')],
  ['/lazy-zod/broken.json', 'application/json', JSON.stringify(broken)],
].map(([path, type, body]) => ({
  method: 'GET',
  path,
  handler(_req, res) {
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  },
}));

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, quiet: true, routes });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits for the finder's first results; returns the feed-loaded detail and the scripts fetched. */
async function open(path, { blockExplain = false } = {}) {
  const session = await newPage(browser, { ignoreConsole: (text) => /Failed to load|ERR_FAILED/.test(text) });
  const { page } = session;
  const requested = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
  });
  if (blockExplain) await page.route(EXPLAIN_CHUNK, (route) => route.abort('failed'));
  await page.addInitScript(() => {
    document.addEventListener('taal-feed-loaded', (event) => {
      window.feedLoaded = event.detail;
    });
  });
  await page.goto(server.origin + path);
  await page.locator('taal-programme-finder [part~="result-card"]').first().waitFor();
  const detail = await page.waitForFunction(() => window.feedLoaded).then((handle) => handle.jsonValue());
  const cards = await page.locator('taal-programme-finder [part~="result-card"]').count();
  return {
    ...session,
    requested,
    detail,
    cards,
    explainFetched: requested.some((p) => EXPLAIN_CHUNK.test(p)),
  };
}

test('a valid feed shows without downloading zod', async () => {
  const { problems, explainFetched, detail, cards, requested, close } = await open('/lazy-zod/valid.html');
  assert.equal(explainFetched, false, `scripts fetched: ${requested.join(', ')}`);
  assert.equal(detail.programmes, feed.programmes.length);
  assert.ok(cards > 0);
  assert.deepEqual(problems, []);
  await close();
});

test('an invalid item: zod loads and words its issue; the item is skipped and the rest shows', async () => {
  const { problems, explainFetched, detail, close } = await open('/lazy-zod/broken.html');
  assert.equal(explainFetched, true);
  assert.equal(detail.programmes, feed.programmes.length - 1);
  const issue = detail.issues.find((i) => i.path === 'programmes[1].title');
  assert.ok(issue, JSON.stringify(detail.issues));
  assert.match(issue.message, /should be text/);
  assert.match(issue.message, new RegExp(`"${brokenId}" was skipped`));
  assert.deepEqual(problems, []);
  await close();
});

test('when zod cannot be fetched, the invalid item is still skipped and reported, the rest shows', async () => {
  const { explainFetched, detail, cards, close } = await open('/lazy-zod/broken.html', {
    blockExplain: true,
  });
  assert.equal(explainFetched, true, 'zod was asked for');
  assert.equal(detail.programmes, feed.programmes.length - 1);
  assert.ok(cards > 0);
  assert.deepEqual(
    detail.issues.filter((i) => i.path.startsWith('programmes[1]')),
    [{ path: 'programmes[1]', message: `is not valid (item "${brokenId}" was skipped)` }],
  );
  await close();
});
