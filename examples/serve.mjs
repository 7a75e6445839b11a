#!/usr/bin/env node
// A small static file server for the Taalwijzer demo pages (Node built-ins only).
//
//   node examples/serve.mjs            # serves the repository root on 127.0.0.1:8000
//   PORT=9000 node examples/serve.mjs  # another port; a busy port tries the next 20
//
// Tests and the benchmark start it in-process:
//
//   import { startServer } from '../examples/serve.mjs';
//   const server = await startServer({ port: 0, quiet: true });
//   await fetch(server.origin + '/examples/feeds/aanbod.json');
//   await server.close();
//
// Extra endpoints (such as a JSON receiver for volunteer submissions) plug in through the
// `routes` option; they run before the static files:
//
//   startServer({ routes: [{ method: 'POST', path: '/api/aanmelden', async handler(req, res) {
//     const body = await readJsonBody(req);
//     sendJson(res, 201, { ok: true });
//   } }] });
import { createServer } from 'node:http';
import { createReadStream, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The repository root: the folder above examples/. */
export const DEFAULT_ROOT = path.resolve(HERE, '..');
export const DEFAULT_PORT = 8000;
/** How many ports above the requested one are tried when it is busy. */
export const PORT_TRIES = 20;

/** Sent on everything under /examples/csp/, so strict-CSP embedding can be tested. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const CSP_PREFIX = '/examples/csp/';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ics': 'text/calendar; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlf': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/**
 * @typedef {object} Route
 * @property {string} method  HTTP method ('GET', 'POST'...), or '*' for any
 * @property {string | RegExp} path  exact path (without the query string), or a RegExp
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
 *   url: URL) => void | Promise<void>} handler  must end the response
 */

/**
 * Starts the server. Resolves once it listens.
 * @param {object} [options]
 * @param {string} [options.root]  folder to serve; default the repository root
 * @param {number} [options.port]  default `PORT` from the environment, else 8000; 0 = any free port
 * @param {string} [options.host]  default 127.0.0.1
 * @param {boolean} [options.quiet]  print nothing
 * @param {Route[]} [options.routes]  extra endpoints, checked before the static files
 * @returns {Promise<{ url: string, origin: string, port: number,
 *   server: import('node:http').Server, close: () => Promise<void> }>}
 *   `url` is the demo page, `origin` the bare `http://127.0.0.1:port`.
 */
export async function startServer({
  root = DEFAULT_ROOT,
  port = process.env.PORT !== undefined && process.env.PORT !== '' ? Number(process.env.PORT) : DEFAULT_PORT,
  host = '127.0.0.1',
  quiet = false,
  routes = [],
} = {}) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Not a valid port: ${port}`);
  }
  const rootDir = realpathSync(path.resolve(root));
  const server = createServer((req, res) => {
    handle(req, res, rootDir, routes).catch((error) => {
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
      if (!quiet) console.error(error);
    });
  });

  const last = port === 0 ? 0 : Math.min(port + PORT_TRIES, 65535);
  let actualPort;
  for (let candidate = port; ; candidate++) {
    try {
      actualPort = await listen(server, candidate, host);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || candidate >= last) {
        const tried = candidate === port ? `port ${port}` : `ports ${port}-${candidate}`;
        throw new Error(`Could not start the demo server on ${host}, ${tried}: ${error.message}`, {
          cause: error,
        });
      }
    }
  }

  const origin = `http://${host}:${actualPort}`;
  if (!quiet) {
    console.log(`Taalwijzer demo: http://localhost:${actualPort}/examples/`);
    console.log('Press Ctrl+C to stop.');
  }
  let closing;
  return {
    url: `${origin}/examples/`,
    origin,
    port: actualPort,
    server,
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

async function handle(req, res, rootDir, routes) {
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0];
  const url = new URL(req.url ?? '/', 'http://localhost');

  const common = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (rawPath.startsWith(CSP_PREFIX)) common['Content-Security-Policy'] = STRICT_CSP;
  for (const [name, value] of Object.entries(common)) res.setHeader(name, value);

  // Check the path as the client sent it: WHATWG URL parsing would quietly resolve `..`.
  const segments = safeSegments(rawPath);
  if (!segments) return sendText(res, 400, 'Bad request: invalid path');
  const cleanPath = '/' + segments.join('/');

  // Extension point: extra endpoints first.
  const matching = routes.filter((route) =>
    route.path instanceof RegExp ? route.path.test(cleanPath) : route.path === cleanPath,
  );
  if (matching.length) {
    const route = matching.find((r) => r.method === '*' || r.method.toUpperCase() === req.method);
    if (route) return route.handler(req, res, url);
    res.setHeader('Allow', [...new Set(matching.map((r) => r.method.toUpperCase()))].join(', '));
    return sendText(res, 405, 'Method not allowed');
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed');
  }

  if (cleanPath === '/') return redirect(res, '/examples/' + url.search);

  // Files starting with a dot (.git, .env...) are never served.
  if (segments.some((s) => s.startsWith('.'))) return notFound(res, cleanPath);

  let filePath = path.resolve(rootDir, ...segments);
  if (!isInside(rootDir, filePath)) return notFound(res, cleanPath);

  let info = await statOrNull(filePath);
  if (info?.isDirectory()) {
    // A directory needs its trailing slash, so relative URLs in its index.html resolve.
    if (!rawPath.endsWith('/')) return redirect(res, cleanPath + '/' + url.search);
    filePath = path.join(filePath, 'index.html');
    info = await statOrNull(filePath);
  }
  if (!info?.isFile()) return notFound(res, cleanPath);

  // A symbolic link must not lead out of the root either.
  let realFile;
  try {
    realFile = realpathSync(filePath);
  } catch {
    return notFound(res, cleanPath);
  }
  if (!isInside(rootDir, realFile)) return notFound(res, cleanPath);

  const type = MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size });
  if (req.method === 'HEAD') return void res.end();
  await new Promise((resolve, reject) => {
    const stream = createReadStream(realFile);
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}

/**
 * Splits a raw request path into decoded segments, or returns null when it is unsafe:
 * `..` (also percent-encoded), encoded slashes or backslashes, NUL bytes, bad escapes.
 * Empty segments and `.` are dropped.
 */
function safeSegments(rawPath) {
  if (!rawPath.startsWith('/')) return null;
  const segments = [];
  for (const raw of rawPath.split('/')) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '..' || /[\\/\0]/.test(segment) || raw.includes('\\')) return null;
    if (segment === '' || segment === '.') continue;
    segments.push(segment);
  }
  return segments;
}

function isInside(rootDir, target) {
  const relative = path.relative(rootDir, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function statOrNull(filePath) {
  try {
    return await stat(filePath);
  } catch {
    return null;
  }
}

function redirect(res, location) {
  res.writeHead(302, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`Redirecting to ${location}\n`);
}

function notFound(res, pathname) {
  sendText(res, 404, `404 Not Found: ${pathname}\n`);
}

/** Ends the response with plain text. */
export function sendText(res, status, text) {
  const body = text.endsWith('\n') ? text : text + '\n';
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/** Ends the response with JSON; for route handlers. */
export function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Reads and parses a JSON request body; for route handlers. Rejects with an error whose
 * `status` is 413 (too large), 415 (not JSON) or 400 (does not parse).
 * @param {import('node:http').IncomingMessage} req
 * @param {{ limit?: number }} [options]  maximum body size in bytes, default 100 kB
 */
export async function readJsonBody(req, { limit = 100_000 } = {}) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw Object.assign(new Error('Expected Content-Type: application/json'), { status: 415 });
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('Request body is not valid JSON'), { status: 400 });
  }
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
    const server = await startServer();
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
