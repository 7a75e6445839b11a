// The example receiving end for volunteer sign-ups (examples/volunteer-server.mjs):
// validation with the published schema, JSON lines, duplicates, fail-next, CORS.
// Needs `npm run build` first (it reads dist/volunteer-submission.schema.json).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { startVolunteerServer } from '../../examples/volunteer-server.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'taalwijzer-aanmeldingen-'));
let server;
let fileCount = 0;

const submission = (overrides = {}) => ({
  submissionId: randomUUID(),
  submittedAt: '2026-11-28T15:05:00.000Z',
  locale: 'nl',
  roles: ['taalmaatje'],
  name: 'Samira El Amrani',
  email: 'samira@example.nl',
  availability: { tue: ['evening'] },
  languages: ['ar'],
  consent: { privacy: true, contactByPhone: false },
  ...overrides,
});

function post(base, body, { type = 'application/json', origin } = {}) {
  return fetch(`${base}/api/aanmelden`, {
    method: 'POST',
    headers: { 'Content-Type': type, ...(origin ? { Origin: origin } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const lines = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];

async function fresh(options = {}) {
  const file = path.join(dir, `aanmeldingen-${++fileCount}.jsonl`);
  const started = await startVolunteerServer({ port: 0, quiet: true, file, ...options });
  return started;
}

before(async () => {
  server = await fresh();
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('stores a valid sign-up as one JSON line and answers 201', async () => {
  const body = submission();
  const response = await post(server.origin, body);
  assert.equal(response.status, 201);
  assert.deepEqual(await response.json(), { ok: true, submissionId: body.submissionId });
  const stored = lines(server.file);
  assert.deepEqual(stored.at(-1), body);
  assert.deepEqual(await server.submissions(), stored);
});

test('drops a duplicate submissionId with 200 {duplicate: true}', async () => {
  const body = submission();
  const before = lines(server.file).length;
  assert.equal((await post(server.origin, body)).status, 201);
  const again = await post(server.origin, { ...body, submittedAt: '2026-11-28T15:06:00.000Z' });
  assert.equal(again.status, 200);
  assert.deepEqual(await again.json(), { ok: true, duplicate: true, submissionId: body.submissionId });
  assert.equal(lines(server.file).length, before + 1);
});

test('two requests with the same id at once are stored once', async () => {
  const body = submission();
  const before = lines(server.file).length;
  const statuses = (
    await Promise.all([post(server.origin, body), post(server.origin, body), post(server.origin, body)])
  ).map((r) => r.status);
  assert.deepEqual(statuses.sort(), [200, 200, 201]);
  assert.equal(lines(server.file).length, before + 1);
});

test('remembers stored ids after a restart', async () => {
  const file = path.join(dir, 'restart.jsonl');
  const body = submission();
  const first = await startVolunteerServer({ port: 0, quiet: true, file });
  assert.equal((await post(first.origin, body)).status, 201);
  await first.close();
  const second = await startVolunteerServer({ port: 0, quiet: true, file });
  try {
    assert.equal((await post(second.origin, body)).status, 200);
    assert.equal(lines(file).length, 1);
  } finally {
    await second.close();
  }
});

test('rejects what the published schema rejects, with 422 and the reasons', async () => {
  const before = lines(server.file).length;
  const cases = [
    submission({ consent: { privacy: false } }),
    submission({ roles: [] }),
    submission({ email: 'geen e-mail' }),
    submission({ submissionId: 'abc' }),
    submission({ availability: { mon: ['night'] } }),
    (({ name: _name, ...rest }) => rest)(submission()),
  ];
  for (const body of cases) {
    const response = await post(server.origin, body);
    assert.equal(response.status, 422, JSON.stringify(body));
    const answer = await response.json();
    assert.equal(answer.ok, false);
    assert.ok(answer.errors.length > 0);
  }
  assert.equal(lines(server.file).length, before);
});

test('answers 415 to a body that is not JSON and 400 to broken JSON', async () => {
  assert.equal(
    (await post(server.origin, 'naam=Samira', { type: 'application/x-www-form-urlencoded' })).status,
    415,
  );
  assert.equal((await post(server.origin, '{"submissionId":')).status, 400);
  const get = await fetch(`${server.origin}/api/aanmelden`);
  assert.equal(get.status, 405);
});

test('can be told to fail: POST /api/fail-next?count=2 gives two 503s, then stores once', async () => {
  const body = submission();
  const before = lines(server.file).length;
  const told = await fetch(`${server.origin}/api/fail-next?count=2`, { method: 'POST' });
  assert.deepEqual(await told.json(), { ok: true, failNext: 2 });
  assert.equal((await post(server.origin, body)).status, 503);
  assert.equal((await post(server.origin, body)).status, 503);
  assert.equal(lines(server.file).length, before);
  assert.equal((await post(server.origin, body)).status, 201);
  assert.equal((await post(server.origin, body)).status, 200);
  assert.equal(lines(server.file).length, before + 1);
  assert.equal((await fetch(`${server.origin}/api/fail-next?count=-1`, { method: 'POST' })).status, 400);
});

test('fails the first sign-ups when started with failNext (FAIL_NEXT)', async () => {
  const failing = await fresh({ failNext: 1 });
  try {
    const body = submission();
    assert.equal((await post(failing.origin, body)).status, 503);
    assert.equal((await post(failing.origin, body)).status, 201);
  } finally {
    await failing.close();
  }
});

test('allows cross-origin requests from localhost pages only', async () => {
  const preflight = await fetch(`${server.origin}/api/aanmelden`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://localhost:6006', 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:6006');
  assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type/);
  const local = await post(server.origin, submission(), { origin: 'http://127.0.0.1:6006' });
  assert.equal(local.headers.get('access-control-allow-origin'), 'http://127.0.0.1:6006');
  const foreign = await post(server.origin, submission(), { origin: 'https://evil.example' });
  assert.equal(foreign.headers.get('access-control-allow-origin'), null);
});

test('still serves the demo page and the feed', async () => {
  const page = await fetch(`${server.origin}/examples/vrijwilliger.html`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<taal-volunteer-form src="feeds\/aanbod.json" action="\/api\/aanmelden">/);
  assert.doesNotMatch(html, /style=|<script>/);
  assert.equal((await fetch(`${server.origin}/examples/feeds/aanbod.json`)).status, 200);
});

test('run directly, it prints the address of the form and stores in AANMELDINGEN', async () => {
  const file = path.join(dir, 'direct.jsonl');
  const child = spawn(process.execPath, ['examples/volunteer-server.mjs'], {
    env: { ...process.env, PORT: '0', AANMELDINGEN: file, FAIL_NEXT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 10_000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /Vrijwilligersformulier: (http:\/\/localhost:\d+\/examples\/vrijwilliger\.html)/.exec(
          out,
        );
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    const origin = new URL(url).origin.replace('localhost', '127.0.0.1');
    assert.equal((await post(origin, submission())).status, 201);
    assert.equal(lines(file).length, 1);
  } finally {
    child.kill('SIGTERM');
  }
});
