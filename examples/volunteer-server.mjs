#!/usr/bin/env node
// A receiving end for <taal-volunteer-form>, for the demo and the end-to-end tests
// (Node built-ins plus ajv, no framework). It serves the repository like
// examples/serve.mjs and adds:
//
//   POST /api/aanmelden            a sign-up as JSON (docs/reference/submission.md):
//                                  validated with dist/volunteer-submission.schema.json,
//                                  stored as one JSON line in the file (default
//                                  .tmp/aanmeldingen.jsonl); 201 {ok, submissionId}.
//                                  A submissionId already stored: 200 {duplicate: true}.
//                                  Not JSON: 415/400; not valid: 422 {errors}.
//   POST /api/fail-next?count=n    the next n sign-ups get 503, so the retry path can be
//                                  tried for real (also: FAIL_NEXT=n in the environment)
//
// CORS is open to pages on localhost / 127.0.0.1 only.
//
//   npm run build && node examples/volunteer-server.mjs
//   PORT=9000 FAIL_NEXT=1 AANMELDINGEN=/tmp/a.jsonl node examples/volunteer-server.mjs
//
// In tests:
//
//   import { startVolunteerServer } from '../examples/volunteer-server.mjs';
//   const server = await startVolunteerServer({ port: 0, quiet: true, file: '/tmp/x.jsonl' });
//   server.failNext(1); ... await server.submissions(); await server.close();
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DEFAULT_ROOT, readJsonBody, sendJson, sendText, startServer } from './serve.mjs';

export const API_PATH = '/api/aanmelden';
export const FAIL_PATH = '/api/fail-next';
export const DEFAULT_FILE = path.join(DEFAULT_ROOT, '.tmp', 'aanmeldingen.jsonl');
export const DEFAULT_SCHEMA = path.join(DEFAULT_ROOT, 'dist', 'volunteer-submission.schema.json');

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/** Compiles the published JSON Schema (draft 2020-12) of a submission. */
export async function loadValidator(schemaPath = DEFAULT_SCHEMA) {
  if (!existsSync(schemaPath)) {
    throw new Error(`${path.relative(process.cwd(), schemaPath)} is missing: run \`npm run build\` first.`);
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(await readFile(schemaPath, 'utf8')));
}

/** The submissions stored in a JSON-lines file (an empty list when there is none). */
export async function readSubmissions(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

function setCors(req, res) {
  const origin = req.headers.origin;
  if (origin && LOCAL_ORIGIN.test(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
    res.setHeader('Access-Control-Max-Age', '600');
  }
  res.setHeader('Vary', 'Origin');
}

function preflight(req, res) {
  setCors(req, res);
  res.writeHead(204);
  res.end();
}

/**
 * Starts the demo server with the sign-up endpoint.
 * @param {object} [options]
 * @param {number} [options.port]  default `PORT`, else 8000; 0 = any free port
 * @param {string} [options.host]  default 127.0.0.1
 * @param {boolean} [options.quiet]  print nothing
 * @param {string} [options.file]  JSON-lines file; default `AANMELDINGEN` or .tmp/aanmeldingen.jsonl
 * @param {number} [options.failNext]  answer 503 to this many sign-ups first; default `FAIL_NEXT` or 0
 * @param {string} [options.schema]  path of the JSON Schema; default dist/volunteer-submission.schema.json
 * @param {string} [options.root]  folder to serve; default the repository root
 */
export async function startVolunteerServer({
  port,
  host,
  quiet = false,
  file = process.env.AANMELDINGEN || DEFAULT_FILE,
  failNext = Number(process.env.FAIL_NEXT ?? 0) || 0,
  schema = DEFAULT_SCHEMA,
  root,
} = {}) {
  const validate = await loadValidator(schema);
  const stored = path.resolve(file);
  await mkdir(path.dirname(stored), { recursive: true });
  const ids = new Set((await readSubmissions(stored)).map((s) => s.submissionId));
  let failures = Math.max(0, Math.floor(failNext));
  // One sign-up at a time, so two requests with the same id cannot both be stored.
  let queue = Promise.resolve();
  const log = (...args) => {
    if (!quiet) console.log(...args);
  };

  async function receive(req, res) {
    setCors(req, res);
    let body;
    try {
      body = await readJsonBody(req);
    } catch (error) {
      return sendJson(res, error.status ?? 400, { ok: false, error: error.message });
    }
    if (failures > 0) {
      failures -= 1;
      log(`503 (told to fail; ${failures} more to fail)`);
      return sendJson(res, 503, { ok: false, error: 'Failing on purpose (fail-next)' });
    }
    if (!validate(body)) {
      const errors = validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
      log(`422 ${errors.join('; ')}`);
      return sendJson(res, 422, { ok: false, errors });
    }
    const outcome = await (queue = queue.then(async () => {
      if (ids.has(body.submissionId)) return 'duplicate';
      await appendFile(stored, `${JSON.stringify(body)}\n`, 'utf8');
      ids.add(body.submissionId);
      return 'stored';
    }));
    if (outcome === 'duplicate') {
      log(`200 duplicate ${body.submissionId}`);
      return sendJson(res, 200, { ok: true, duplicate: true, submissionId: body.submissionId });
    }
    log(`201 stored ${body.submissionId} (${body.roles.join(', ')})`);
    return sendJson(res, 201, { ok: true, submissionId: body.submissionId });
  }

  function setFailNext(req, res, url) {
    setCors(req, res);
    const count = Number(url.searchParams.get('count') ?? 1);
    if (!Number.isInteger(count) || count < 0 || count > 1000) {
      return sendText(res, 400, 'count must be a whole number from 0 to 1000');
    }
    failures = count;
    log(`the next ${count} sign-up(s) will get 503`);
    return sendJson(res, 200, { ok: true, failNext: count });
  }

  const server = await startServer({
    port,
    host,
    quiet: true,
    ...(root ? { root } : {}),
    routes: [
      { method: 'POST', path: API_PATH, handler: receive },
      { method: 'OPTIONS', path: API_PATH, handler: preflight },
      { method: 'POST', path: FAIL_PATH, handler: setFailNext },
      { method: 'OPTIONS', path: FAIL_PATH, handler: preflight },
    ],
  });

  return {
    ...server,
    /** The page with the form. */
    pageUrl: `${server.origin}/examples/vrijwilliger.html`,
    apiUrl: `${server.origin}${API_PATH}`,
    file: stored,
    /** Answer 503 to the next `count` sign-ups. */
    failNext(count = 1) {
      failures = count;
    },
    /** Everything stored so far. */
    submissions: () => readSubmissions(stored),
  };
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    const server = await startVolunteerServer();
    const local = server.origin.replace('127.0.0.1', 'localhost');
    console.log(`Vrijwilligersformulier: ${local}/examples/vrijwilliger.html`);
    console.log(`Aanmeldingen: POST ${local}${API_PATH} -> ${path.relative(process.cwd(), server.file)}`);
    console.log(`Laten mislukken: POST ${local}${FAIL_PATH}?count=1`);
    console.log('Stoppen: Ctrl+C');
    const stop = () => {
      server.close().then(() => process.exit(0));
      setTimeout(() => process.exit(0), 1000).unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
