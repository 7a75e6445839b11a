#!/usr/bin/env node
// `npm run bench` (after `npm run build`): how fast the programme finder is with big
// feeds, and what the bundles cost a visitor's phone.
//
//   node bench/run.mjs [--check] [--update-baseline]
//
// - Serves the repository with examples/serve.mjs and feeds of 500, 5,000 and 20,000
//   programmes generated in memory from examples/feeds/aanbod.json (bench/generate-feed.js).
// - Per feed size, opens a fresh page in Chromium (playwright-core, the system browser)
//   that loads dist/taalwijzer.js, mounts a <taal-programme-finder> and measures:
//     * from the feed's response having arrived to the first result cards on screen,
//       split into reading and checking the feed, and indexing plus the first render;
//     * the JS heap after load (after a forced garbage collection), and of the page
//       before the finder;
//     * each keystroke while typing words into the search field: from the input event
//       to the updated results laid out (median and 90th percentile).
//   All of it twice: as it is, and with the CPU slowed down 4x (Chromium's CPU
//   throttling) to stand for a cheap phone; fewer keystrokes there.
// - Sizes (raw, gzip -9, brotli 11) of the bundle, each per-element entry, a page with
//   one finder and each locale chunk: bench/sizes.mjs.
// - Checks the budgets (bench/budgets.mjs): PASS or OVER. Only with `--check` does a
//   budget over exit 1 (timings differ per machine; the size budgets are also checked
//   in CI by test/node/budgets.test.mjs).
// - Compares every number with bench/baseline.json and flags regressions: a size that
//   grew by more than 1 % or more than 200 bytes; a timing more than 20 % and more than
//   5 ms worse; a heap more than 10 % and more than 512 KB bigger.
//   `--update-baseline` writes this run as the new baseline.
//
// Prints plain-text tables and writes bench/results.json and bench/results.md.
// Gives up after 5 minutes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../examples/serve.mjs';
import { BROWSER_ARGS, findBrowser, INSTALL_HELP } from '../scripts/find-browser.mjs';
import { BUDGETS } from './budgets.mjs';
import { generateFeed } from './generate-feed.js';
import {
  DIST,
  ROOT,
  checkSizeBudgets,
  gzipBytes,
  kib,
  measureSizes,
  sizeTables,
  sumSizes,
  table,
} from './sizes.mjs';

const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const UPDATE_BASELINE = args.includes('--update-baseline');
for (const arg of args) {
  if (arg !== '--check' && arg !== '--update-baseline') {
    console.error(`Unknown option ${arg}. Usage: node bench/run.mjs [--check] [--update-baseline]`);
    process.exit(2);
  }
}

const SIZES = [500, 5000, 20000];
const WORDS = ['taalcafe', 'digid zutphen', 'rekenen'];
/** The CPU as it is, and 4x slower for a cheap phone (fewer keystrokes: it is slow). */
const PROFILES = [
  { id: 'unthrottled', name: 'unthrottled', cpuThrottling: 1, words: WORDS },
  { id: 'cpu4x', name: '4x CPU throttling', cpuThrottling: 4, words: ['taalcafe', 'rekenen'] },
];
/** Schedules are measured from this moment, so runs compare (the sample feed is around it). */
const NOW = '2026-11-28T12:00:00+01:00';
const OVERALL_TIMEOUT_MS = 300_000;
const BASELINE_FILE = path.join(ROOT, 'bench/baseline.json');
const RESULTS_JSON = path.join(ROOT, 'bench/results.json');
const RESULTS_MD = path.join(ROOT, 'bench/results.md');

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
// In the browser

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

/**
 * In the page: mounts a finder on a feed and waits for the first result cards.
 * The element is created before it is defined (a loader may import its code only once
 * the tag is on the page); Lit applies the properties set before the upgrade.
 */
async function mountInPage({ url, now }) {
  const stage = document.getElementById('stage');
  const el = document.createElement('taal-programme-finder');
  el.now = new Date(now);
  el.src = url;
  let loaded = NaN;
  el.addEventListener('taal-feed-loaded', () => (loaded = performance.now()), { once: true });
  const mounted = performance.now();
  stage.append(el);
  const firstCards = await new Promise((resolve, reject) => {
    const giveUp = setTimeout(() => reject(new Error('no result cards within 60 s')), 60_000);
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
  const scripts = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.endsWith('.js'));
  return {
    responseToFirstCards: entry ? firstCards - entry.responseEnd : NaN,
    responseToLoaded: entry ? loaded - entry.responseEnd : NaN,
    loadedToFirstCards: firstCards - loaded,
    mountToFirstCards: firstCards - mounted,
    results,
    scripts: [new URL(document.querySelector('script[src]').src).pathname, ...scripts],
  };
}

/** In the page: types the words into the finder's search field, one keystroke at a time. */
async function typeInPage({ words }) {
  const el = document.querySelector('taal-programme-finder');
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
        new InputEvent('input', {
          bubbles: true,
          composed: true,
          data: char,
          inputType: 'insertText',
        }),
      );
      await el.updateComplete;
      // Layout, as the visitor sees it.
      el.shadowRoot.querySelector('[part="result-count"]').getBoundingClientRect();
      keystrokes.push(performance.now() - started);
    }
  }
  return keystrokes;
}

/** The JS heap in use after a full garbage collection, in bytes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

async function startBenchServer(feeds) {
  return startServer({
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
}

/** One fresh page: mounts a finder on the feed of `size` programmes, weighs the heap, types. */
async function measureOnce(context, profile, size) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${serverOrigin}/bench/page.html`, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profile.cpuThrottling > 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottling });
  }
  const pageHeap = await heapAfterGc(cdp);
  const url = `/bench/feed-${size}.json?run=${Date.now()}`;
  const load = await page.evaluate(mountInPage, { url, now: NOW });
  // Let the finder settle (announcements, idle work) before weighing the heap.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
  const heap = await heapAfterGc(cdp);
  const keystrokes = await page.evaluate(typeInPage, { words: profile.words });
  await cdp.detach();
  await page.close();
  if (problems.length) throw new Error(`The page reported errors: ${problems.join('; ')}`);
  return { load, pageHeap, heap, keystrokes };
}

let serverOrigin = '';

/**
 * The baseline of the load ratio: a fresh page that only fetches the same feed and
 * `JSON.parse`s it, with the same CPU throttling. Milliseconds.
 */
async function fetchParseOnce(context, profile, size) {
  const page = await context.newPage();
  await page.goto(`${serverOrigin}/bench/page.html`, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  if (profile.cpuThrottling > 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottling });
  }
  const ms = await page.evaluate(async (url) => {
    const started = performance.now();
    JSON.parse(await (await fetch(url, { cache: 'no-store' })).text());
    return performance.now() - started;
  }, `/bench/feed-${size}.json?run=${Date.now()}`);
  await cdp.detach();
  await page.close();
  return ms;
}

async function measureTimings() {
  const base = JSON.parse(readFileSync(path.join(ROOT, 'examples/feeds/aanbod.json'), 'utf8'));
  const feeds = new Map(SIZES.map((n) => [n, JSON.stringify(generateFeed(base, n, { seed: 7 }))]));
  const feedGzip = new Map([...feeds].map(([n, body]) => [n, gzipBytes(Buffer.from(body))]));
  const server = await startBenchServer(feeds);
  serverOrigin = server.origin;
  const executablePath = findBrowser();
  if (!executablePath) {
    await server.close();
    console.error(INSTALL_HELP);
    process.exit(1);
  }
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Europe/Amsterdam',
      locale: 'nl-NL',
    });
    const profiles = [];
    let scripts = [];
    for (const profile of PROFILES) {
      const runs = [];
      for (const size of SIZES) {
        process.stdout.write(`  ${profile.name}, ${size.toLocaleString('en')} programmes...\n`);
        // Timings on a shared 2-core machine wander by a third from run to run: the smaller feeds
        // are measured three times, and the run with the median time to first results is kept
        // (its keystrokes are pooled with the others').
        const repeats = profile.cpuThrottling > 1 || size > 5000 ? 1 : 3;
        const samples = [];
        const baselines = [];
        for (let repeat = 0; repeat < repeats; repeat++) {
          samples.push(await measureOnce(context, profile, size));
          baselines.push(await fetchParseOnce(context, profile, size));
        }
        baselines.sort((a, b) => a - b);
        const fetchParse = baselines[Math.floor(baselines.length / 2)];
        samples.sort((a, b) => a.load.responseToFirstCards - b.load.responseToFirstCards);
        const { load, pageHeap, heap } = samples[Math.floor(samples.length / 2)];
        const keystrokes = samples.flatMap((sample) => sample.keystrokes);
        if (!scripts.length) scripts = load.scripts;
        runs.push({
          programmes: size,
          feedBytes: Buffer.byteLength(feeds.get(size)),
          feedGzip: feedGzip.get(size),
          resultsShown: load.results,
          responseToFirstCardsMs: round(load.responseToFirstCards),
          // Reading and checking the feed (src/feed: JSON.parse, schema, keeping a copy)...
          readFeedMs: round(load.responseToLoaded),
          // ...then the finder: search index in slices, filtering, first render.
          indexAndRenderMs: round(load.loadedToFirstCards),
          mountToFirstCardsMs: round(load.mountToFirstCards),
          // Side by side: the same feed only fetched and JSON.parse-d, and the finder's time
          // from being attached to its first results against that.
          fetchParseMs: round(fetchParse),
          loadRatio: Math.round((load.mountToFirstCards / fetchParse) * 100) / 100,
          pageHeapBytes: pageHeap,
          heapAfterLoadBytes: heap,
          keystrokes: keystrokes.length,
          keystrokeP50Ms: round(percentile(keystrokes, 50)),
          keystrokeP90Ms: round(percentile(keystrokes, 90)),
          keystrokeMaxMs: round(Math.max(...keystrokes)),
          keystrokeTimesMs: keystrokes.map(round),
        });
      }
      profiles.push({ ...profile, runs });
    }
    return { profiles, scripts, browser: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

const round = (n) => Math.round(n * 10) / 10;
const ms = (n) => `${n} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The JS files a page with one finder loaded in Chromium, measured like the others. */
function observedFinderPage(scripts) {
  const files = [...new Set(scripts)]
    .filter((p) => p.startsWith('/dist/'))
    .map((p) => path.join(ROOT, decodeURIComponent(p)))
    .filter((file) => existsSync(file));
  return {
    label: 'page with one finder, as loaded in Chromium (Dutch)',
    files: files.map((file) => path.relative(ROOT, file).split(path.sep).join('/')),
    count: files.length,
    ...sumSizes(files),
  };
}

// ---------------------------------------------------------------------------
// Budgets and the baseline

function checkTimingBudgets(profiles) {
  const run = profiles
    .find((p) => p.cpuThrottling === 1)
    ?.runs.find((r) => r.programmes === BUDGETS.timingProgrammes);
  if (!run) return [];
  const n = BUDGETS.timingProgrammes.toLocaleString('en');
  return [
    {
      name: `${n} programmes: feed response -> first results`,
      limit: ms(BUDGETS.responseToFirstResultsMs),
      measured: ms(run.responseToFirstCardsMs),
      pass: run.responseToFirstCardsMs <= BUDGETS.responseToFirstResultsMs,
      detail: 'unthrottled',
    },
    {
      name: `${n} programmes: attached -> first results / fetch + parse`,
      limit: `${BUDGETS.loadRatio}x`,
      measured: `${run.loadRatio}x`,
      pass: run.loadRatio <= BUDGETS.loadRatio,
      detail: `unthrottled, ${run.mountToFirstCardsMs} / ${run.fetchParseMs} ms`,
    },
    {
      name: `${n} programmes: keystroke p90`,
      limit: ms(BUDGETS.keystrokeP90Ms),
      measured: ms(run.keystrokeP90Ms),
      pass: run.keystrokeP90Ms <= BUDGETS.keystrokeP90Ms,
      detail: `unthrottled, ${run.keystrokes} keystrokes`,
    },
  ];
}

const TIMING_METRICS = [
  ['responseToFirstCardsMs', 'response -> first results', 'time'],
  ['readFeedMs', 'read feed', 'time'],
  ['indexAndRenderMs', 'index + render', 'time'],
  ['mountToFirstCardsMs', 'attached -> first results', 'time'],
  ['keystrokeP50Ms', 'keystroke p50', 'time'],
  ['keystrokeP90Ms', 'keystroke p90', 'time'],
  ['heapAfterLoadBytes', 'JS heap after load', 'heap'],
];

/** Every compared number, flat: key -> { label, kind, value }. */
function flatten({ profiles, sizes, finderPageObserved }) {
  const metrics = {};
  for (const profile of profiles) {
    for (const run of profile.runs) {
      for (const [field, label, kind] of TIMING_METRICS) {
        metrics[`${profile.id}.${run.programmes}.${field}`] = {
          label: `${profile.name}, ${run.programmes.toLocaleString('en')}: ${label}`,
          kind,
          value: run[field],
        };
      }
    }
  }
  const sets = [
    ...sizes.entries.map((e) => [e.entry, `${e.entry} + static imports`, e]),
    ...(sizes.finderPage ? [['finderPage', 'page with one finder', sizes.finderPage]] : []),
    ...(finderPageObserved
      ? [['finderPageObserved', 'page with one finder, in Chromium', finderPageObserved]]
      : []),
  ];
  for (const [key, label, set] of sets) {
    for (const kind of ['gzip', 'brotli']) {
      metrics[`size.${key}.${kind}`] = { label: `${label}, ${kind}`, kind: 'size', value: set[kind] };
    }
  }
  for (const locale of sizes.locales) {
    metrics[`size.locale.${locale.locale}.gzip`] = {
      label: `locale ${locale.locale}, all files, gzip`,
      kind: 'size',
      value: locale.gzip,
    };
    metrics[`size.locale.${locale.locale}.brotli`] = {
      label: `locale ${locale.locale}, all files, brotli`,
      kind: 'size',
      value: locale.brotli,
    };
    metrics[`size.locale.${locale.locale}.largestGzip`] = {
      label: `locale ${locale.locale}, largest file, gzip`,
      kind: 'size',
      value: locale.largestGzip,
    };
  }
  return metrics;
}

/** Worse by how much counts as a regression (and better by as much as an improvement). */
function verdict(kind, base, now) {
  const delta = now - base;
  const ratio = base ? Math.abs(delta) / base : Infinity;
  const beyond =
    kind === 'size'
      ? ratio > 0.01 || Math.abs(delta) > 200
      : kind === 'heap'
        ? ratio > 0.1 && Math.abs(delta) > 512 * 1024
        : ratio > 0.2 && Math.abs(delta) > 5;
  if (!beyond || delta === 0) return '';
  return delta > 0 ? 'REGRESSION' : 'better';
}

function formatValue(kind, value) {
  if (value === undefined || value === null || Number.isNaN(value)) return '-';
  if (kind === 'time') return ms(value);
  if (kind === 'heap') return mb(value);
  return `${value.toLocaleString('en')} B`;
}

function compare(metrics, baseline) {
  return Object.entries(metrics).map(([key, { label, kind, value }]) => {
    const base = baseline?.metrics?.[key];
    const change =
      typeof base === 'number' && base !== 0 && Number.isFinite(value)
        ? value === base
          ? 'same'
          : `${value > base ? '+' : '-'}${((Math.abs(value - base) / base) * 100).toFixed(1)}%`
        : '';
    return {
      key,
      label,
      kind,
      baseline: base ?? null,
      now: value,
      change,
      verdict: typeof base === 'number' ? verdict(kind, base, value) : baseline ? 'new' : '',
    };
  });
}

// ---------------------------------------------------------------------------
// Output

const markdownTable = (headers, rows, align = `l${'r'.repeat(headers.length - 1)}`) =>
  [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map((_, i) => (align[i] === 'l' ? ':--' : '--:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`),
  ].join('\n');

function timingTable(profile) {
  return [
    `Programme finder, ${profile.name} (a fresh page per run${
      profile.cpuThrottling > 1 ? '' : '; 500 and 5,000: the median of 3 runs, keystrokes of all 3'
    }; typing ${profile.words.map((w) => `"${w}"`).join(', ')})`,
    [
      'programmes',
      'feed gzip',
      'response -> first results',
      '(read feed',
      'index+render)',
      'attached -> first results',
      'fetch + parse',
      'ratio',
      'keystroke p50',
      'p90',
      'max',
      'JS heap after load',
      '(page alone)',
    ],
    profile.runs.map((r) => [
      r.programmes.toLocaleString('en'),
      kib(r.feedGzip),
      ms(r.responseToFirstCardsMs),
      ms(r.readFeedMs),
      ms(r.indexAndRenderMs),
      ms(r.mountToFirstCardsMs),
      ms(r.fetchParseMs),
      `${r.loadRatio}x`,
      ms(r.keystrokeP50Ms),
      ms(r.keystrokeP90Ms),
      ms(r.keystrokeMaxMs),
      mb(r.heapAfterLoadBytes),
      mb(r.pageHeapBytes),
    ]),
  ];
}

// ---------------------------------------------------------------------------
// Run

const started = Date.now();
const loadBefore = os.loadavg()[0];
const sizes = measureSizes();
console.log('Timing the programme finder in Chromium:');
const { profiles, scripts, browser } = await measureTimings();
const finderPageObserved = observedFinderPage(scripts);
const load = Math.max(loadBefore, os.loadavg()[0]);
const busy = load > os.cpus().length;
const budgets = [...checkSizeBudgets(sizes), ...checkTimingBudgets(profiles)];
const metrics = flatten({ profiles, sizes, finderPageObserved });
const baseline = existsSync(BASELINE_FILE) ? JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) : null;
const comparison = compare(metrics, baseline);
const regressions = comparison.filter((c) => c.verdict === 'REGRESSION');
const improvements = comparison.filter((c) => c.verdict === 'better');

const [bundleTitle, bundleHeaders, bundleRows, bundleAlign] = sizeTables(sizes)[0];
const tables = [
  ...profiles.map(timingTable),
  [
    bundleTitle,
    bundleHeaders,
    [
      ...bundleRows,
      [
        'page with one finder, as loaded in Chromium',
        finderPageObserved.count,
        kib(finderPageObserved.raw),
        kib(finderPageObserved.gzip),
        kib(finderPageObserved.brotli),
        '',
      ],
    ],
    bundleAlign,
  ],
  ...sizeTables(sizes).slice(1),
  [
    'Budgets (bench/budgets.mjs)',
    ['budget', 'limit', 'measured', 'result', ''],
    budgets.map((b) => [b.name, b.limit, b.measured, b.pass ? 'PASS' : 'OVER', b.detail]),
    'lrrll',
  ],
  [
    baseline
      ? `Compared with bench/baseline.json (${baseline.date}, Chromium ${baseline.chromium}, ` +
        `${baseline.cpus}): ${regressions.length} regressions, ${improvements.length} better`
      : 'No bench/baseline.json yet: `node bench/run.mjs --update-baseline` writes one',
    ['metric', 'baseline', 'now', 'change', ''],
    comparison.map((c) => [
      c.label,
      formatValue(c.kind, c.baseline),
      formatValue(c.kind, c.now),
      c.change,
      c.verdict,
    ]),
    'lrrrl',
  ],
];

const header =
  `Taalwijzer benchmark, ${new Date().toISOString()}: Chromium ${browser}, Node ${process.version}, ` +
  `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'CPU'}, load average ${load.toFixed(1)}; ` +
  `feeds served locally; "now" ${NOW}` +
  (busy ? '\nThe machine was busy (load above its number of CPUs): the timings are not comparable.' : '');
console.log(`\n${header}`);
for (const [title, headers, rows, align] of tables) {
  console.log(`\n${title}\n\n${table(headers, rows, align)}`);
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: browser,
  cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'CPU'}`,
  loadAverage: round(load),
  now: NOW,
  profiles,
  sizes,
  finderPageObserved,
  budgets,
  comparison,
};
writeFileSync(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(
  RESULTS_MD,
  `# Taalwijzer benchmark\n\n${header}\n\n${tables
    .map(([title, headers, rows, align]) => `## ${title}\n\n${markdownTable(headers, rows, align)}`)
    .join('\n\n')}\n`,
);
console.log(
  `\nWrote bench/results.json and bench/results.md (${((Date.now() - started) / 1000).toFixed(0)} s).`,
);

if (UPDATE_BASELINE) {
  const flat = Object.fromEntries(Object.entries(metrics).map(([key, m]) => [key, m.value]));
  writeFileSync(
    BASELINE_FILE,
    `${JSON.stringify(
      {
        date: results.date,
        node: results.node,
        chromium: results.chromium,
        cpus: results.cpus,
        loadAverage: results.loadAverage,
        now: NOW,
        metrics: flat,
      },
      null,
      2,
    )}\n`,
  );
  console.log('Wrote bench/baseline.json: commit it with the change that explains it.');
  if (busy) console.log('The machine was busy: better run it again on a quiet machine.');
}

clearTimeout(watchdog);
const over = budgets.filter((b) => !b.pass);
if (over.length) {
  console.log(
    `${over.length} budget${over.length === 1 ? '' : 's'} over${CHECK ? '' : ' (report only; --check fails on it)'}.`,
  );
}
if (regressions.length) {
  const baselineBusy = baseline?.loadAverage > Number(String(baseline?.cpus).split(' ')[0]);
  console.log(
    `${regressions.length} regressions against bench/baseline.json` +
      (busy || baselineBusy
        ? ` (${busy ? 'this run' : 'the baseline'} was made on a busy machine: only the sizes are reliable):`
        : ':'),
  );
  for (const r of regressions) {
    console.log(
      `  ${r.label}: ${formatValue(r.kind, r.baseline)} -> ${formatValue(r.kind, r.now)} (${r.change})`,
    );
  }
}
if (CHECK && over.length) process.exit(1);
