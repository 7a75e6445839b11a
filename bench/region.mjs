#!/usr/bin/env node
// Regions at national scale (part of `npm run bench`; run alone with `node bench/region.mjs`
// after `npm run build`): 400 generated Taalhuis feeds, 16,000 programmes, spread over Dutch
// places (bench/region-generate.mjs, seed 1, so every run sees the same region).
//
// - `taalwijzer merge` on the 400 feeds as local files, and served over HTTP twice: the
//   second run on unchanged feeds must send conditional requests and rewrite no shard;
// - the manifest's size, gzip -9;
// - per place, the gzip bytes of the shards a finder loads for it (radius 15 km);
// - in Chromium, for a few towns: from the first shard request to the first result cards,
//   against fetching and JSON.parse-ing the same shards in a plain page (the ratio).
//
// Works in examples/prof-tmp/bench-region (ignored by git). Writes bench/region-results.json; `--check` exits 1 when a budget is missed.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { generateRegion } from './region-generate.mjs';
import { REGION_BUDGETS } from './budgets.mjs';
import { startServer } from '../examples/serve.mjs';
import { findBrowser, BROWSER_ARGS } from '../scripts/find-browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'examples/prof-tmp/bench-region');
const CHECK = process.argv.includes('--check');
const RADIUS = 15;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

rmSync(WORK, { recursive: true, force: true });
const feedsDir = path.join(WORK, 'feeds');
const generated = generateRegion({ feeds: 400, programmesPerFeed: 40, seed: 1, dir: feedsDir });
const programmes = generated.feeds.reduce((sum, f) => sum + f.feed.programmes.length, 0);

/** Runs the CLI's merge in a child process (not spawnSync: the feed server here must keep answering). */
function merge(list, out) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'dist/cli.js'), 'merge', list, '--out', out, '--name', 'Nederland (benchmark)'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0
        ? resolve({ ms: Math.round(performance.now() - started), report: output })
        : reject(new Error(`merge failed (${code}):\n${output}`)),
    );
  });
}

const shardState = (dir) =>
  new Map(
    readdirSync(path.join(dir, 'shards')).map((file) => {
      const full = path.join(dir, 'shards', file);
      return [
        file,
        `${statSync(full).mtimeMs}:${createHash('sha1').update(readFileSync(full)).digest('hex')}`,
      ];
    }),
  );

// 1. Local files.
const localOut = path.join(WORK, 'regio-local');
const local = await merge(path.join(feedsDir, 'feeds.txt'), localOut);

// 2. Over HTTP, with ETags, twice.
const requests = { all: 0, conditional: 0, notModified: 0 };
const feedServer = createServer((req, res) => {
  const file = path.join(feedsDir, path.basename(new URL(req.url, 'http://x').pathname));
  let body;
  try {
    body = readFileSync(file);
  } catch {
    res.writeHead(404).end();
    return;
  }
  requests.all += 1;
  const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
  if (req.headers['if-none-match']) requests.conditional += 1;
  if (req.headers['if-none-match'] === etag) {
    requests.notModified += 1;
    res.writeHead(304, { ETag: etag }).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Content-Length': body.length });
  res.end(body);
});
await new Promise((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${feedServer.address().port}`;
const urlList = path.join(WORK, 'feeds-http.txt');
writeFileSync(urlList, generated.feeds.map((f) => `${origin}/${f.file}`).join('\n') + '\n');
const httpOut = path.join(ROOT, 'examples/prof-tmp/bench-region/regio');
const first = await merge(urlList, httpOut);
const firstRequests = { ...requests };
const before = shardState(httpOut);
Object.assign(requests, { all: 0, conditional: 0, notModified: 0 });
const second = await merge(urlList, httpOut);
const after = shardState(httpOut);
const rewritten = [...after].filter(([file, state]) => before.get(file) !== state).length;
feedServer.close();

// 3. Sizes: the manifest, and the shards a finder loads per place.
const manifestText = readFileSync(path.join(httpOut, 'region.json'));
const manifest = JSON.parse(manifestText);
await build({
  entryPoints: [path.join(ROOT, 'src/feed/region.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: path.join(ROOT, '.tmp/region-model.mjs'),
  logLevel: 'warning',
});
const model = await import(`${pathToFileURL(path.join(ROOT, '.tmp/region-model.mjs')).href}?t=${Date.now()}`);
const parsed = model.parseRegion(manifest);
if (!parsed.ok) throw new Error(parsed.message);
const shardGzip = new Map(
  manifest.publishers
    .filter((p) => p.status !== 'failed')
    .map((p) => [p.shard, gzip(readFileSync(path.join(httpOut, p.shard)))]),
);
const perPlace = model.regionPlaces(parsed.region).map((place) => {
  const near = model.publishersNear(parsed.region, place, RADIUS, place.name);
  return {
    place: place.name,
    shards: near.length,
    gzipBytes: near.reduce((sum, p) => sum + shardGzip.get(p.shard), 0),
  };
});
perPlace.sort((a, b) => a.gzipBytes - b.gzipBytes);
const typical = perPlace[Math.floor(perPlace.length / 2)];
const largest = perPlace.at(-1);

// 4. In the browser: a finder choosing a place, against fetch + JSON.parse of its shards.
const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/taalwijzer.js"></script></head><body><main id="stage"></main></body></html>`;
const server = await startServer({
  port: 0,
  quiet: true,
  routes: [
    {
      method: 'GET',
      path: '/bench/region.html',
      handler(_req, res) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      },
    },
  ],
});
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
const manifestUrl = '/examples/prof-tmp/bench-region/regio/region.json';
const towns = [typical.place, 'Zutphen', 'Amsterdam'].filter(
  (name, i, all) => all.indexOf(name) === i && perPlace.some((p) => p.place === name),
);

async function finderOnce(place) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/bench/region.html`);
  const result = await page.evaluate(
    async ({ src, place, radius }) => {
      const el = document.createElement('taal-programme-finder');
      el.setAttribute('place', place);
      el.setAttribute('radius', String(radius));
      el.src = src;
      document.getElementById('stage').append(el);
      const cards = await new Promise((resolve, reject) => {
        const giveUp = setTimeout(() => reject(new Error('no result cards within 60 s')), 60_000);
        const check = () => {
          if (el.shadowRoot?.querySelector('[part~="result-card"]')) {
            clearTimeout(giveUp);
            resolve(performance.now());
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      const shards = performance.getEntriesByType('resource').filter((e) => e.name.includes('/shards/'));
      const firstRequest = Math.min(...shards.map((e) => e.startTime));
      return { ms: cards - firstRequest, shards: shards.map((e) => e.name) };
    },
    { src: manifestUrl, place, radius: RADIUS },
  );
  await context.close();
  return result;
}

async function fetchParseOnce(urls) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/bench/region.html`);
  const ms = await page.evaluate(async (list) => {
    const started = performance.now();
    await Promise.all(
      list.map((url) =>
        fetch(url, { cache: 'no-store' })
          .then((r) => r.text())
          .then(JSON.parse),
      ),
    );
    return performance.now() - started;
  }, urls);
  await context.close();
  return ms;
}

/**
 * Runs per place, each in a fresh browser context; the median counts (timings here vary by a
 * fifth between runs). The finder and the plain fetch + parse take turns, so a busy moment of
 * the machine weighs on both sides of the ratio alike.
 */
const RUNS = 7;
const browserTowns = [];
for (const place of towns) {
  const runs = [await finderOnce(place)];
  const baseline = [];
  for (let i = 0; i < RUNS; i += 1) {
    baseline.push(await fetchParseOnce(runs[0].shards));
    if (i > 0) runs.push(await finderOnce(place));
  }
  const finderMs = median(runs.map((r) => r.ms));
  const fetchParseMs = median(baseline);
  browserTowns.push({
    place,
    shards: runs[0].shards.length,
    finderMs: Math.round(finderMs),
    fetchParseMs: Math.round(fetchParseMs),
    ratio: Math.round((finderMs / fetchParseMs) * 100) / 100,
  });
}
await browser.close();
await server.close();

// 5. Report.
const results = {
  feeds: generated.feeds.length,
  programmes,
  merge: {
    localFilesMs: local.ms,
    httpFirstMs: first.ms,
    httpUnchangedMs: second.ms,
    firstRun: firstRequests,
    unchangedRun: { ...requests },
    shardsRewrittenWhenUnchanged: rewritten,
    shards: after.size,
  },
  manifestGzipBytes: gzip(manifestText),
  places: perPlace.length,
  shardsPerPlace: { typical, largest, medianShards: median(perPlace.map((p) => p.shards)) },
  browser: browserTowns,
};
writeFileSync(path.join(ROOT, 'bench/region-results.json'), `${JSON.stringify(results, null, 2)}\n`);

const budgets = [
  [
    'merge, 400 local feeds',
    `${results.merge.localFilesMs} ms`,
    results.merge.localFilesMs <= REGION_BUDGETS.mergeMs,
    `<= ${REGION_BUDGETS.mergeMs} ms`,
  ],
  [
    'unchanged feeds: conditional requests',
    `${requests.conditional} of ${requests.all} (${requests.notModified} answered 304)`,
    requests.conditional === requests.all && requests.notModified === requests.all,
    'all',
  ],
  ['unchanged feeds: shards rewritten', String(rewritten), rewritten === 0, '0'],
  [
    'manifest, gzip',
    kb(results.manifestGzipBytes),
    results.manifestGzipBytes <= REGION_BUDGETS.manifestGzipBytes,
    `<= ${kb(REGION_BUDGETS.manifestGzipBytes)}`,
  ],
  [
    `shards for a typical place (${typical.place}, ${typical.shards} shards)`,
    kb(typical.gzipBytes),
    typical.gzipBytes <= REGION_BUDGETS.placeShardsGzipBytes,
    `<= ${kb(REGION_BUDGETS.placeShardsGzipBytes)}`,
  ],
  ...browserTowns.map((t) => [
    `first results / fetch+parse, ${t.place} (${t.shards} shards)`,
    `${t.finderMs} / ${t.fetchParseMs} ms = ${t.ratio}x`,
    t.ratio <= REGION_BUDGETS.firstResultsRatio,
    `<= ${REGION_BUDGETS.firstResultsRatio}x`,
  ]),
];
console.log(`\nRegions: ${results.feeds} feeds, ${programmes} programmes, ${results.places} places\n`);
console.log(
  `merge over HTTP: first run ${first.ms} ms, unchanged ${second.ms} ms; largest place: ${largest.place} ${kb(largest.gzipBytes)} in ${largest.shards} shards\n`,
);
for (const [what, value, pass, limit] of budgets)
  console.log(`${pass ? 'PASS' : 'MISS'}  ${what.padEnd(58)} ${value.padStart(34)}  (${limit})`);
if (CHECK && budgets.some(([, , pass]) => !pass)) process.exit(1);
