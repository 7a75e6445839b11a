// bench/region-generate.mjs: the generated feeds of the scale benchmark are valid feeds
// (checked by the built validator, dist/cli.js), the same for the same seed, and spread over
// the country like real publishers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRegion } from '../../bench/region-generate.mjs';

const validate = (file) =>
  new Promise((resolve, reject) => {
    execFile('node', ['dist/cli.js', 'validate', '--json', file], { encoding: 'utf8' }, (error, stdout) => {
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(error ?? new Error(`no JSON from validate ${file}`));
      }
    });
  });

test('20 generated feeds are written with a feeds.txt, and each is valid without a single issue', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'taalwijzer-region-'));
  try {
    generateRegion({ feeds: 20, programmesPerFeed: 40, seed: 7, dir });
    const files = readdirSync(dir).sort();
    assert.equal(files.length, 21);
    const listed = readFileSync(join(dir, 'feeds.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    assert.deepEqual(
      listed,
      files.filter((f) => f.endsWith('.json')),
    );
    const results = await Promise.all(listed.map((file) => validate(join(dir, file))));
    for (const result of results) {
      assert.deepEqual(result.issues, [], result.source);
      assert.equal(result.usable, true, result.source);
      assert.equal(result.counts.programmes.usable, 40, result.source);
      assert.equal(result.counts.programmes.skipped, 0, result.source);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same seed gives the same region, another seed another', () => {
  const a = JSON.stringify(generateRegion({ feeds: 30, programmesPerFeed: 10, seed: 3 }));
  const b = JSON.stringify(generateRegion({ feeds: 30, programmesPerFeed: 10, seed: 3 }));
  const c = JSON.stringify(generateRegion({ feeds: 30, programmesPerFeed: 10, seed: 4 }));
  assert.equal(a, b);
  assert.notEqual(a, c);
});

test('400 feeds spread over many towns, bigger towns with more, some online-only programmes', () => {
  const started = performance.now();
  const { feeds } = generateRegion({ feeds: 400, programmesPerFeed: 40, seed: 1 });
  assert.ok(performance.now() - started < 5000, 'generating 400 feeds takes a few seconds at most');
  assert.equal(feeds.length, 400);

  const perTown = new Map();
  for (const { town } of feeds) perTown.set(town, (perTown.get(town) ?? 0) + 1);
  assert.ok(perTown.size > 30, `only ${perTown.size} towns`);
  assert.ok(
    (perTown.get('Amsterdam') ?? 0) > (perTown.get('Zutphen') ?? 0),
    'Amsterdam has more feeds than Zutphen',
  );

  const programmes = feeds.flatMap(({ feed }) => feed.programmes);
  const online = programmes.filter((p) => p.format === 'online').length / programmes.length;
  assert.ok(online > 0.05 && online < 0.2, `online share ${online}`);
  const kinds = new Set(programmes.map((p) => p.kind));
  assert.ok(kinds.size >= 6, `kinds: ${[...kinds]}`);

  // Every location lies in the Netherlands and within about 15 km of its feed's home town.
  for (const { feed } of feeds) {
    const [first, ...rest] = feed.locations;
    assert.ok(feed.locations.length >= 1 && feed.locations.length <= 6);
    for (const location of [first, ...rest]) {
      assert.ok(location.geo.lat > 50.7 && location.geo.lat < 53.6, location.name);
      assert.ok(location.geo.lon > 3.3 && location.geo.lon < 7.3, location.name);
      const km = Math.hypot(
        (location.geo.lat - first.geo.lat) * 111,
        (location.geo.lon - first.geo.lon) * 68,
      );
      assert.ok(km < 20, `${location.name} is ${km} km from ${first.name}`);
    }
  }
});
