// `taalwijzer merge`, run as a region's maintainer would: the built dist/cli.js against a
// local web server whose feeds are good, change, answer 304, fail in every way a real
// server can (500, 404, an HTML page, JSON that is no feed, no answer, far too large) or
// carry hostile content, plus a local file. Three runs: the first reads everything, the
// second finds one feed changed and one broken (its last good shard stays, "stale"), the
// third changes nothing and must write nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The region model of src/feed/region.ts, bundled for Node (as scripts/build.mjs does). */
async function regionModel() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'taalwijzer-region-')), 'region.mjs');
  await build({
    entryPoints: ['src/feed/region.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
  });
  return import(pathToFileURL(outfile).href);
}

const runCli = (...args) =>
  new Promise((resolve) => {
    execFile('node', ['dist/cli.js', ...args], { encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? error.code : 0, stdout, stderr }),
    );
  });

const programme = (id, overrides = {}) => ({
  id,
  title: `Programma ${id}`,
  kind: 'language-cafe',
  learning: 'informal',
  domains: ['leisure-social'],
  format: 'in-person',
  cost: { free: true },
  ...overrides,
});

/** A small feed; `street`/`postcode` spelled differently still name the same place. */
function feed(name, { street = 'Stationsplein 1', postcode = '7201 AA', extra = [], lat = 52.14 } = {}) {
  return {
    feedVersion: 1,
    publisher: { name, url: 'https://www.example.org/' },
    updated: '2026-11-28T09:30:00+01:00',
    organisations: [{ id: 'org', name: `${name} zelf` }],
    locations: [
      {
        id: 'centrum',
        name: 'Bibliotheek centrum',
        address: { street, postalCode: postcode, city: 'Zutphen' },
        geo: { lat, lon: 6.2 },
      },
      {
        id: 'wijk',
        name: `Buurthuis ${name}`,
        address: { street: `${name}straat 5`, postalCode: '7231 BD', city: 'Warnsveld' },
        geo: { lat: 52.1378, lon: 6.2312 },
      },
    ],
    programmes: [
      programme('p1', {
        organisationId: 'org',
        locationIds: ['centrum'],
        goals: ['praten-1'],
        schedule: { sessions: [{ start: '2027-01-07T14:00', locationId: 'wijk' }] },
      }),
      programme('p2', { format: 'online' }),
      ...extra,
    ],
    volunteerRoles: [{ id: 'maatje', title: 'Taalmaatje', locationIds: ['centrum', 'wijk'] }],
    goals: [{ id: 'praten-1', domain: 'leisure-social', text: 'Ik kan praten' }],
  };
}

const hostile = {
  ...feed('Taalhuis <script>alert(1)</script>'),
  publisher: { name: 'Taalhuis <img src=x onerror=alert(1)>', url: 'javascript:alert(1)' },
  programmes: [
    programme('p1', {
      title: '<script>alert("x")</script>Taalcafé',
      registration: { required: true, url: 'javascript:alert(1)' },
    }),
  ],
};

function startServer() {
  const state = { run: 1, requests: [] };
  const json = (res, body, headers = {}) =>
    res.writeHead(200, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
  const server = createServer((req, res) => {
    state.requests.push({ run: state.run, url: req.url, headers: req.headers });
    switch (req.url) {
      case '/a.json': {
        if (req.headers['if-none-match'] === '"a-1"') return res.writeHead(304, { ETag: '"a-1"' }).end();
        return json(res, feed('Taalhuis A'), { ETag: '"a-1"' });
      }
      case '/b.json':
        // Same library as in A, written differently: one shared location.
        return json(res, feed('Taalhuis B', { street: 'stationsplein  1', postcode: '7201aa' }));
      case '/changes.json': {
        const tag = `"c-${state.run === 1 ? 1 : 2}"`;
        if (req.headers['if-none-match'] === tag) return res.writeHead(304, { ETag: tag }).end();
        const extra = state.run === 1 ? [] : [programme('p3')];
        return json(res, feed('Taalhuis C', { lat: 52.3, extra }), { ETag: tag });
      }
      case '/flaky.json':
        if (state.run === 1) return json(res, feed('Taalhuis F', { lat: 52.2 }));
        return res.writeHead(500).end('Internal Server Error');
      case '/500.json':
        return res.writeHead(500).end('oops');
      case '/404.json':
        return res.writeHead(404).end('not found');
      case '/html.json':
        return res
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<!doctype html><title>Fout</title><h1>Er ging iets mis</h1>');
      case '/not-a-feed.json':
        return json(res, { hello: 'world', items: [1, 2, 3] });
      case '/moved.json':
        return res.writeHead(301, { Location: '/moved-here.json' }).end();
      case '/moved-here.json':
        return json(res, feed('Taalhuis Verhuisd', { lat: 52.25 }));
      case '/hangs.json':
        return; // never answers
      case '/huge-length.json':
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 50 * 1024 * 1024 });
        return res.write('{"programmes":[');
      case '/huge-chunked.json': {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 50 && !res.destroyed) {
            sent += 1;
            if (!res.write(chunk)) return res.once('drain', pump);
          }
          if (!res.destroyed) res.end();
        };
        return pump();
      }
      case '/hostile.json':
        return json(res, hostile);
      default:
        return res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, state, base: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

const shardIdsOf = (shard) => ({
  programmes: shard.programmes.map((p) => p.id),
  organisations: shard.organisations.map((o) => o.id),
  locations: shard.locations.map((l) => l.id),
  volunteerRoles: shard.volunteerRoles.map((r) => r.id),
});

function snapshot(dir) {
  const shards = join(dir, 'shards');
  return Object.fromEntries(
    readdirSync(shards).map((file) => [
      file,
      { bytes: readFileSync(join(shards, file), 'utf8'), mtime: statSync(join(shards, file)).mtimeMs },
    ]),
  );
}

const lineFor = (stdout, source) =>
  stdout
    .split('\n')
    .find((line) => /^(ok|ongewijzigd|verouderd|mislukt) /.test(line) && line.includes(` ${source}:`)) ?? '';

test('merge: three runs against a server with good, changing, 304, failing and hostile feeds', async () => {
  const { server, state, base } = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'taalwijzer-merge-'));
  const out = join(dir, 'regio');
  writeFileSync(join(dir, 'lokaal.json'), JSON.stringify(feed('Taalhuis Lokaal', { lat: 52.15 })));
  const list = join(dir, 'feeds.txt');
  writeFileSync(
    list,
    [
      '# Regio Zutphen: de feeds',
      `${base}/a.json`,
      '',
      `${base}/b.json`,
      `${base}/changes.json`,
      `${base}/flaky.json`,
      `   ${base}/a.json   `,
      `${base}/500.json`,
      `${base}/404.json`,
      `${base}/html.json`,
      `${base}/not-a-feed.json`,
      `${base}/moved.json`,
      `${base}/hangs.json`,
      `${base}/huge-length.json`,
      `${base}/huge-chunked.json`,
      `${base}/hostile.json`,
      'lokaal.json',
      '  # nog een opmerking',
      'ftp://ftp.example.org/feed.json',
      'htp:/x',
      '',
    ].join('\n'),
  );
  const args = ['merge', list, '--out', out, '--name', 'Regio Zutphen', '--timeout', '3000'];
  try {
    // Run 1 ------------------------------------------------------------------

    const first = await runCli(...args);

    assert.equal(first.status, 0, first.stderr);
    const { stdout } = first;
    for (const source of ['a.json', 'b.json', 'changes.json', 'flaky.json', 'moved.json', 'hostile.json'])
      assert.match(lineFor(stdout, `${base}/${source}`), /^ok +\S+: \d+ programma/, source);
    assert.match(lineFor(stdout, 'lokaal.json'), /^ok +lokaal\.json: 2 programma's, 0 problemen$/);
    assert.match(lineFor(stdout, `${base}/a.json`), /: 2 programma's, 0 problemen$/);
    assert.match(
      lineFor(stdout, `${base}/moved.json`),
      new RegExp(`doorgestuurd naar ${base}/moved-here\\.json`),
    );
    assert.match(lineFor(stdout, `${base}/hostile.json`), /1 programma, [1-9]\d* problemen/);
    const failed = {
      '500.json': /fout op de server \(HTTP 500/,
      '404.json': /staat niet \(meer\) op dit adres \(HTTP 404/,
      'html.json': /webpagina \(HTML\)/,
      'not-a-feed.json': /JSON, maar geen Taalwijzer-feed \(er staat geen lijst "programmes" in\)/,
      'hangs.json': /geen antwoord binnen 3 seconden/,
      'huge-length.json': /te groot \(50 MB; hooguit 20 MB\)/,
      'huge-chunked.json': /te groot \(meer dan 20 MB; het lezen is gestopt\)/,
    };
    for (const [source, reason] of Object.entries(failed)) {
      const line = lineFor(stdout, `${base}/${source}`);
      assert.match(line, /^mislukt /, source);
      assert.match(line, reason, source);
      assert.match(line, /geen eerdere versie/, source);
    }
    assert.match(
      stdout,
      new RegExp(`^dubbel +${base}/a\\.json: staat op regel 2 en 7; één keer gelezen$`, 'm'),
    );
    assert.match(
      stdout,
      /^overgeslagen regel 19 "ftp:\/\/ftp\.example\.org\/feed\.json": geen geldig webadres/m,
    );
    assert.match(stdout, /^overgeslagen regel 20 "htp:\/x": geen geldig webadres/m);
    assert.match(
      stdout,
      /^Samen: 14 feeds \(7 ok, 7 mislukt\), 13 programma's in 7 shards; 7 shards bijgewerkt/m,
    );
    // The duplicate was fetched once; every request said who it was.
    assert.equal(state.requests.filter((r) => r.url === '/a.json').length, 1);
    for (const request of state.requests)
      assert.match(request.headers['user-agent'], /^taalwijzer-merge\/0\.1\.0 \(\+https:\/\//);

    const region1 = JSON.parse(readFileSync(join(out, 'region.json'), 'utf8'));
    const { parseRegion } = await regionModel();
    const parsed = parseRegion(region1);
    assert.ok(parsed.ok);
    assert.equal(parsed.region.publishers.length, region1.publishers.length, 'every publisher is valid');
    assert.equal(parsed.region.places.length, region1.places.length, 'every place is valid');
    assert.equal(region1.regionVersion, 1);
    assert.equal(region1.name, 'Regio Zutphen');
    assert.equal(region1.publishers.length, 14);
    const byFeed = (region, source) => region.publishers.find((p) => p.feed === source);
    const a1 = byFeed(region1, `${base}/a.json`);
    assert.equal(a1.name, 'Taalhuis A');
    assert.equal(a1.shard, `shards/${a1.id}.json`);
    assert.equal(a1.programmes, 2);
    assert.equal(a1.online, 1);
    assert.deepEqual(a1.places, ['Warnsveld', 'Zutphen']);
    assert.equal(a1.status, 'ok');
    assert.ok(a1.area && a1.area.radiusKm > 0 && a1.area.radiusKm < 5, JSON.stringify(a1.area));
    for (const source of Object.keys(failed)) {
      const publisher = byFeed(region1, `${base}/${source}`);
      assert.equal(publisher.status, 'failed', source);
      assert.equal(publisher.programmes, 0);
      assert.deepEqual(publisher.places, []);
      assert.equal(existsSync(join(out, publisher.shard)), false, source);
    }
    assert.deepEqual(
      region1.places.map((p) => p.name),
      ['Warnsveld', 'Zutphen'],
    );

    // Every shard is a valid feed with nothing to report; ids are unique across shards
    // except the shared location, which A and B (and the others at that address) share.
    const shardFiles = readdirSync(join(out, 'shards'));
    assert.equal(shardFiles.length, 7);
    const seen = new Map();
    for (const file of shardFiles) {
      const path = join(out, 'shards', file);
      const check = spawnSync('node', ['dist/cli.js', 'validate', path, '--json'], { encoding: 'utf8' });
      const report = JSON.parse(check.stdout);
      assert.equal(report.usable, true, file);
      assert.deepEqual(report.issues, [], file);
      const shard = JSON.parse(readFileSync(path, 'utf8'));
      assert.equal(shard.feedVersion, 1);
      const prefix = file.replace(/\.json$/, '');
      for (const [list, ids] of Object.entries(shardIdsOf(shard))) {
        for (const id of ids) {
          if (id.startsWith('gedeeld:')) continue;
          assert.ok(id.startsWith(`${prefix}:`), `${file} ${list} ${id}`);
          assert.ok(!seen.has(id), `${id} in ${file} and ${seen.get(id)}`);
          seen.set(id, file);
        }
      }
      // Goals keep their catalogue ids.
      assert.ok(shard.programmes.every((p) => (p.goals ?? []).every((g) => !g.includes(':'))));
    }
    const shardOf = (source) => JSON.parse(readFileSync(join(out, byFeed(region1, source).shard), 'utf8'));
    const shardA = shardOf(`${base}/a.json`);
    const shardB = shardOf(`${base}/b.json`);
    const sharedA = shardA.locations.find((l) => l.id.startsWith('gedeeld:'));
    assert.ok(sharedA, 'A has a shared location');
    assert.equal(sharedA.id, 'gedeeld:7201aa-stationsplein1');
    assert.ok(
      shardB.locations.some((l) => l.id === sharedA.id),
      'B has the same shared id',
    );
    assert.deepEqual(shardA.programmes[0].locationIds, [sharedA.id]);
    assert.equal(shardA.programmes[0].organisationId, `${a1.id}:org`);
    assert.equal(shardA.programmes[0].schedule.sessions[0].locationId, `${a1.id}:wijk`);
    assert.deepEqual(shardA.volunteerRoles[0].locationIds, [sharedA.id, `${a1.id}:wijk`]);
    assert.deepEqual(shardA.programmes[0].goals, ['praten-1']);
    // Hostile content: unsafe links gone, markup kept as plain text.
    const hostileText = readFileSync(join(out, byFeed(region1, `${base}/hostile.json`).shard), 'utf8');
    assert.doesNotMatch(hostileText, /javascript:/i);
    const hostileShard = JSON.parse(hostileText);
    assert.equal(hostileShard.programmes[0].title, '<script>alert("x")</script>Taalcafé');
    assert.equal(hostileShard.programmes[0].registration.url, undefined);
    assert.equal(hostileShard.publisher.url, undefined);

    // Run 2: C changed, F breaks -------------------------------------------
    const before = snapshot(out);
    state.run = 2;
    const second = await runCli(...args);
    assert.equal(second.status, 0, second.stderr);
    const conditional = state.requests.find((r) => r.run === 2 && r.url === '/a.json');
    assert.equal(conditional.headers['if-none-match'], '"a-1"');
    assert.match(lineFor(second.stdout, `${base}/a.json`), /^ongewijzigd +\S+: 2 programma's, 0 problemen$/);
    assert.match(lineFor(second.stdout, `${base}/changes.json`), /^ok +\S+: 3 programma's/);
    assert.match(
      lineFor(second.stdout, `${base}/flaky.json`),
      /^verouderd +\S+: fout op de server \(HTTP 500.*de vorige versie .* blijft staan/,
    );
    assert.match(lineFor(second.stdout, 'lokaal.json'), /^ongewijzigd /);
    assert.match(second.stdout, /^Samen: 14 feeds \(1 ok, 5 ongewijzigd, 1 verouderd, 7 mislukt\)/m);
    const after = snapshot(out);
    const idOf = (source) => byFeed(region1, source).id;
    for (const source of [`${base}/a.json`, `${base}/b.json`, 'lokaal.json']) {
      const file = `${idOf(source)}.json`;
      assert.equal(after[file].bytes, before[file].bytes, source);
      assert.equal(after[file].mtime, before[file].mtime, `${source} was not rewritten`);
    }
    const changedFile = `${idOf(`${base}/changes.json`)}.json`;
    assert.notEqual(after[changedFile].bytes, before[changedFile].bytes);
    const flakyFile = `${idOf(`${base}/flaky.json`)}.json`;
    assert.equal(after[flakyFile].bytes, before[flakyFile].bytes, 'the stale shard stays');
    const region2 = JSON.parse(readFileSync(join(out, 'region.json'), 'utf8'));
    const flaky2 = byFeed(region2, `${base}/flaky.json`);
    assert.equal(flaky2.status, 'stale');
    assert.equal(flaky2.fetched, byFeed(region1, `${base}/flaky.json`).fetched);
    assert.equal(flaky2.programmes, 2);
    assert.equal(byFeed(region2, `${base}/changes.json`).programmes, 3);

    // Run 3: nothing changed: no shard written, the manifest differs only in its times.
    const third = await runCli(...args);
    assert.equal(third.status, 0, third.stderr);
    assert.match(third.stdout, /; 0 shards bijgewerkt\./);
    assert.deepEqual(snapshot(out), after);
    const region3 = JSON.parse(readFileSync(join(out, 'region.json'), 'utf8'));
    const withoutTimes = (region) =>
      JSON.stringify({
        ...region,
        updated: 0,
        publishers: region.publishers.map((p) => ({ ...p, fetched: 0 })),
      });
    assert.equal(withoutTimes(region3), withoutTimes(region2));
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('merge: exit 1 when no feed is usable, 2 on wrong usage', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'taalwijzer-merge-'));
  const list = join(dir, 'feeds.txt');
  writeFileSync(list, 'weg.json\nkapot.json\n');
  writeFileSync(join(dir, 'kapot.json'), '<html>nee</html>');
  const none = await runCli('merge', list, '--out', join(dir, 'out'));
  assert.equal(none.status, 1);
  assert.match(none.stdout, /^mislukt +weg\.json: het bestand bestaat niet/m);
  assert.match(none.stdout, /^mislukt +kapot\.json: er kwam een webpagina \(HTML\)/m);
  assert.match(none.stdout, /Geen enkele feed is bruikbaar/);
  const region = JSON.parse(readFileSync(join(dir, 'out', 'region.json'), 'utf8'));
  assert.deepEqual(
    region.publishers.map((p) => p.status),
    ['failed', 'failed'],
  );

  for (const args of [
    ['merge'],
    ['merge', list],
    ['merge', join(dir, 'geen-lijst.txt'), '--out', join(dir, 'out')],
    ['merge', list, '--out', join(dir, 'out'), '--nope'],
    ['merge', list, '--out', join(dir, 'out'), '--timeout', 'soms'],
  ]) {
    const result = await runCli(...args);
    assert.equal(result.status, 2, args.join(' '));
  }
  const help = await runCli('merge', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Gebruik: taalwijzer merge <feeds\.txt> --out <map>/);
  assert.match((await runCli('--help')).stdout, /taalwijzer merge <feeds\.txt>/);
});

test('merge: 400 local feeds of 40 programmes each, well under a minute', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'taalwijzer-merge-'));
  mkdirSync(join(dir, 'feeds'));
  const lines = [];
  for (let i = 0; i < 400; i++) {
    const extra = Array.from({ length: 38 }, (_, n) => programme(`x${n}`, { locationIds: ['wijk'] }));
    const body = feed(`Taalhuis ${i}`, { lat: 52 + i / 1000, extra });
    writeFileSync(join(dir, 'feeds', `t${i}.json`), JSON.stringify(body));
    lines.push(`feeds/t${i}.json`);
  }
  writeFileSync(join(dir, 'feeds.txt'), lines.join('\n'));
  const started = performance.now();
  const result = await runCli('merge', join(dir, 'feeds.txt'), '--out', join(dir, 'out'));
  const seconds = (performance.now() - started) / 1000;
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Samen: 400 feeds \(400 ok\), 16000 programma's in 400 shards/m);
  assert.ok(seconds < 20, `took ${seconds.toFixed(1)} s`);
});
