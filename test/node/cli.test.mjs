// The `taalwijzer validate` command, run as a publisher would: the built
// dist/cli.js on real files, checking what it prints and how it exits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';

const cli = (...args) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });
const cliAsync = (...args) =>
  new Promise((resolve) => {
    import('node:child_process').then(({ execFile }) => {
      execFile('node', ['dist/cli.js', ...args], { encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ status: error ? error.code : 0, stdout, stderr }),
      );
    });
  });

function tempFeed(content) {
  const dir = mkdtempSync(join(tmpdir(), 'taalwijzer-cli-'));
  const file = join(dir, 'feed.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const programme = (overrides = {}) => ({
  id: 'taalcafe',
  title: 'Taalcafé',
  kind: 'language-cafe',
  learning: 'informal',
  domains: ['leisure-social'],
  format: 'in-person',
  cost: { free: true },
  ...overrides,
});

test('the sample feed is valid: exit 0 with a summary', () => {
  const result = cli('validate', 'examples/feeds/aanbod.json');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /\d+ programmes usable/);
  assert.match(result.stdout, /The feed is valid\./);
});

test('a feed with a broken programme is usable, lists the problem with its path, counts the skipped one', () => {
  const file = tempFeed({
    feedVersion: 1,
    publisher: { name: 'Taalhuis Test' },
    programmes: [programme(), programme({ id: 'kapot', cost: { amount: 5 } })],
  });
  const result = cli('validate', file);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /programmes\[1\]\.cost/);
  assert.match(result.stdout, /1 programme usable, 1 skipped/);
  assert.match(result.stdout, /usable, but look at the problems/);
});

test('an unsafe link is reported with its path', () => {
  const file = tempFeed({
    feedVersion: 1,
    publisher: { name: 'Taalhuis Test' },
    programmes: [programme({ registration: { required: true, url: 'javascript:alert(1)' } })],
  });
  const result = cli('validate', file);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /programmes\[0\]\.registration\.url: .*unsafe scheme "javascript:"/);
});

test('not JSON: exit 1 and says so', () => {
  const result = cli('validate', tempFeed('<html>Not found</html>'));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /not usable: This is not valid JSON/);
});

test('no programmes list: exit 1', () => {
  const result = cli('validate', tempFeed({ feedVersion: 1, publisher: { name: 'x' } }));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /no "programmes" list/);
});

test('every programme broken: exit 1', () => {
  const file = tempFeed({
    feedVersion: 1,
    publisher: { name: 'x' },
    programmes: [{ id: 'a' }, { title: 'b' }],
  });
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /None of the programmes can be shown/);
});

test('a missing file: exit 1 with a plain reason', () => {
  const result = cli('validate', 'does-not-exist.json');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /the file does not exist/);
});

test('--json prints a machine-readable report', () => {
  const file = tempFeed({
    feedVersion: 1,
    publisher: { name: 'x' },
    programmes: [programme(), programme({ id: 'b', domains: ['space-travel', 'numeracy'] })],
  });
  const result = cli('validate', file, '--json');
  assert.equal(result.status, 0);
  const report = JSON.parse(result.stdout);
  assert.equal(report.usable, true);
  assert.deepEqual(report.counts.programmes, { usable: 2, skipped: 0 });
  assert.deepEqual(report.issues, [
    { path: 'programmes[1].domains[0]', message: 'unknown domain "space-travel" was left out' },
  ]);
});

test('wrong usage exits 2 and shows the help', () => {
  for (const args of [
    [],
    ['check', 'x.json'],
    ['validate'],
    ['validate', 'a.json', 'b.json'],
    ['validate', 'a.json', '--nope'],
  ]) {
    const result = cli(...args);
    assert.equal(result.status, 2, `args ${args.join(' ')}`);
    assert.match(result.stdout + result.stderr, /taalwijzer validate <file-or-url>/);
  }
});

test('--help exits 0 and lists every command', () => {
  const result = cli('--help');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Exit status/);
  for (const command of ['validate', 'convert', 'export --jsonld', 'export --ics']) {
    assert.match(result.stdout, new RegExp(`taalwijzer ${command} `));
  }
  assert.match(cli('validate', '--help').stdout, /Usage: taalwijzer validate/);
  assert.equal(cli('--version').stdout.trim(), '0.1.0');
});

test('validates a feed from a URL', async () => {
  const body = readFileSync('examples/feeds/aanbod.json');
  const server = createServer((req, res) => {
    if (req.url === '/aanbod.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    } else res.writeHead(404).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    const ok = await cliAsync('validate', `http://127.0.0.1:${port}/aanbod.json`);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /The feed is valid/);
    const missing = await cliAsync('validate', `http://127.0.0.1:${port}/weg.json`);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /404/);
  } finally {
    server.close();
  }
});
