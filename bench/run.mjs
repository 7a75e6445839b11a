#!/usr/bin/env node
// `npm run bench` (after `npm run build`): how fast the programme finder is with big
// feeds, and what the bundles cost a visitor's phone.
//
// - Serves the repository with examples/serve.mjs and feeds of 500, 5,000 and 20,000
//   programmes generated in memory from examples/feeds/aanbod.json (bench/generate-feed.js).
// - Opens a page in Chromium (playwright-core, the system browser) that loads
//   dist/taalwijzer.js and, per feed size, measures:
//     * from the feed's response having arrived to the first result cards on screen
//       (reading and checking the feed, building the search index, the first render);
//     * each keystroke while typing words into the search field: from the input event to
//       the updated results laid out (median and 90th percentile).
// - Reports the gzip -9 sizes of dist/taalwijzer.js with everything it imports
//   statically, of each per-element entry likewise, and of each locale chunk.
// Prints tables and writes bench/results.json. Gives up after 2 minutes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../examples/serve.mjs';
import { findBrowser, INSTALL_HELP } from '../scripts/find-browser.mjs';
import { generateFeed } from './generate-feed.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const SIZES = [500, 5000, 20000];
const WORDS = ['taalcafe', 'digid zutphen', 'rekenen'];
/** Schedules are measured from this moment, so runs compare (the sample feed is around it). */
const NOW = '2026-11-28T12:00:00+01:00';
const OVERALL_TIMEOUT_MS = 120_000;

const watchdog = setTimeout(() => {
  console.error(`The benchmark gave up after ${OVERALL_TIMEOUT_MS / 1000} s.`);
  process.exit(1);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

if (!existsSync(path.join(DIST, 'taalwijzer.js'))) {
  console.error('dist/taalwijzer.js is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

// ---------------------------------------------------------------------------
// Bundle sizes

const gzip = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;

/** Relative specifiers a minified ES module imports statically (not `import()`). */
function staticImports(code) {
  const found = new Set();
  const patterns = [
    /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'](\.{1,2}\/[^"']+)["']/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** A file and every file it imports statically, each once. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const specifier of staticImports(code)) closure(path.resolve(path.dirname(file), specifier), seen);
  return seen;
}

function measureEntry(name) {
  const files = [...closure(path.join(DIST, name))];
  const raw = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  // Served file by file, so each file is compressed on its own.
  const gzipped = files.reduce((sum, file) => sum + gzip(readFileSync(file)), 0);
  return { entry: `dist/${name}`, files: files.length, bytes: raw, gzip: gzipped };
}

function measureSizes() {
  const entries = ['taalwijzer.js', 'programme-finder.js', 'goal-picker.js', 'volunteer-form.js']
    .filter((name) => existsSync(path.join(DIST, name)))
    .map(measureEntry);
  // The locale chunks the bundle actually loads (an old build may have left others).
  const chunks = new Set();
  for (const file of closure(path.join(DIST, 'taalwijzer.js'))) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']*locales\/[^"']+)["']\s*\)/g)) {
      chunks.add(path.resolve(path.dirname(file), match[1]));
    }
  }
  const locales = [...chunks].sort().map((file) => {
    const buffer = readFileSync(file);
    const name = path.basename(file);
    return {
      chunk: `dist/locales/${name}`,
      locale: name.split('-')[0],
      bytes: buffer.length,
      gzip: gzip(buffer),
    };
  });
  return { entries, locales };
}

// ---------------------------------------------------------------------------
// Timing in the browser

const PAGE_HTML = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Taalwijzer benchmark</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/taalwijzer.js"></script>
  </head>
  <body><main id="stage"></main></body>
</html>`;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** In the page: mounts a finder on a feed and measures; returns raw timings. */
async function runInPage({ url, now, words }) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  localStorage.clear();
  await customElements.whenDefined('taal-programme-finder');
  const el = document.createElement('taal-programme-finder');
  el.now = new Date(now);
  el.src = url;
  let loaded = NaN;
  el.addEventListener('taal-feed-loaded', () => (loaded = performance.now()), { once: true });
  const mounted = performance.now();
  stage.append(el);
  const firstCards = await new Promise((resolve, reject) => {
    const giveUp = setTimeout(() => reject(new Error('no results within 60 s')), 60_000);
    const check = () => {
      if (el.shadowRoot?.querySelector('[part~="result-card"]')) {
        clearTimeout(giveUp);
        resolve(performance.now());
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(url));
  const results = Number(
    el.shadowRoot.querySelector('[part="result-count"]').textContent.replace(/\D+/g, ''),
  );

  const input = el.shadowRoot.querySelector('input[type="search"]');
  const keystrokes = [];
  for (const word of words) {
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    for (const char of word) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const started = performance.now();
      input.value += char;
      input.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, data: char, inputType: 'insertText' }),
      );
      await el.updateComplete;
      // Layout, as the visitor sees it.
      el.shadowRoot.querySelector('[part="result-count"]').getBoundingClientRect();
      keystrokes.push(performance.now() - started);
    }
  }
  return {
    responseToFirstCards: entry ? firstCards - entry.responseEnd : NaN,
    responseToLoaded: entry ? loaded - entry.responseEnd : NaN,
    loadedToFirstCards: firstCards - loaded,
    mountToFirstCards: firstCards - mounted,
    transfer: entry?.transferSize ?? 0,
    results,
    keystrokes,
  };
}

async function measureTimings() {
  const base = JSON.parse(readFileSync(path.join(ROOT, 'examples/feeds/aanbod.json'), 'utf8'));
  const feeds = new Map(SIZES.map((n) => [n, JSON.stringify(generateFeed(base, n, { seed: 7 }))]));
  const server = await startServer({
    root: ROOT,
    port: 0,
    quiet: true,
    routes: [
      {
        method: 'GET',
        path: '/bench/page.html',
        handler(_req, res) {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(PAGE_HTML);
        },
      },
      {
        method: 'GET',
        path: /^\/bench\/feed-\d+\.json$/,
        handler(_req, res, url) {
          const body = feeds.get(Number(/feed-(\d+)/.exec(url.pathname)[1]));
          if (!body) {
            res.writeHead(404).end();
            return;
          }
          res.writeHead(200, {
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Length': Buffer.byteLength(body),
          });
          res.end(body);
        },
      },
    ],
  });
  const executablePath = process.env.CHROME_PATH || findBrowser();
  if (!executablePath) {
    await server.close();
    console.error(INSTALL_HELP);
    process.exit(1);
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.origin}/bench/page.html`);
    const runs = [];
    for (const size of SIZES) {
      const url = `/bench/feed-${size}.json?run=${Date.now()}`;
      const raw = await page.evaluate(runInPage, { url, now: NOW, words: WORDS });
      runs.push({
        programmes: size,
        feedBytes: Buffer.byteLength(feeds.get(size)),
        feedGzip: gzip(Buffer.from(feeds.get(size))),
        resultsShown: raw.results,
        responseToFirstCardsMs: round(raw.responseToFirstCards),
        // Reading and checking the feed (src/feed: JSON.parse, schema, keeping a copy)...
        readFeedMs: round(raw.responseToLoaded),
        // ...then the finder: search index in slices, filtering, first render.
        indexAndRenderMs: round(raw.loadedToFirstCards),
        mountToFirstCardsMs: round(raw.mountToFirstCards),
        keystrokes: raw.keystrokes.length,
        keystrokeP50Ms: round(percentile(raw.keystrokes, 50)),
        keystrokeP90Ms: round(percentile(raw.keystrokes, 90)),
        keystrokeMaxMs: round(Math.max(...raw.keystrokes)),
        keystrokeTimesMs: raw.keystrokes.map(round),
      });
    }
    if (problems.length) throw new Error(`The page reported errors: ${problems.join('; ')}`);
    return { runs, browser: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

const round = (n) => Math.round(n * 10) / 10;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const started = Date.now();
const sizes = measureSizes();
const { runs, browser } = await measureTimings();

console.log(`\nProgramme finder, Chromium ${browser} (feed served locally; "now" ${NOW})\n`);
console.log(
  table(
    [
      'programmes',
      'feed gzip',
      'response -> first cards',
      '(read feed',
      'index+render)',
      'keystroke p50',
      'keystroke p90',
      'max',
    ],
    runs.map((r) => [
      r.programmes.toLocaleString('en'),
      kb(r.feedGzip),
      `${r.responseToFirstCardsMs} ms`,
      `${r.readFeedMs} ms`,
      `${r.indexAndRenderMs} ms`,
      `${r.keystrokeP50Ms} ms`,
      `${r.keystrokeP90Ms} ms`,
      `${r.keystrokeMaxMs} ms`,
    ]),
  ),
);
console.log(`\nBundles (gzip -9, each file compressed on its own, with every static import)\n`);
console.log(
  table(
    ['entry', 'files', 'minified', 'gzip'],
    sizes.entries.map((e) => [e.entry, e.files, kb(e.bytes), kb(e.gzip)]),
  ),
);
console.log(`\nLocale chunks (loaded lazily, one per language)\n`);
console.log(
  table(
    ['chunk', 'minified', 'gzip'],
    sizes.locales.map((l) => [l.chunk, kb(l.bytes), kb(l.gzip)]),
  ),
);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: browser,
  now: NOW,
  words: WORDS,
  finder: runs,
  bundles: sizes.entries,
  locales: sizes.locales,
};
writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s).`);
clearTimeout(watchdog);
