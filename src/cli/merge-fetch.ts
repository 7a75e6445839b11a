/**
 * Reading one feed for `taalwijzer merge` (merge.ts): a file, or an http(s) URL fetched
 * politely: a clear User-Agent, a time-out, redirects followed, a conditional request
 * (If-None-Match / If-Modified-Since) when an earlier copy is cached, a size cap checked
 * on Content-Length and again while the body streams in, and at most one retry, only
 * after a network error (never after an HTTP status or a time-out).
 *
 * Every failure is a `FetchFailure` with a reason in plain Dutch for the coordinator.
 */
import { readFile, stat } from 'node:fs/promises';

export const MAX_FEED_BYTES = 20 * 1024 * 1024;

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { kind: 'body'; text: string; finalUrl?: string; validators: Validators; html: boolean }
  | { kind: 'not-modified'; finalUrl?: string; validators: Validators }
  | { kind: 'failed'; reason: string };

export interface FetchOptions {
  timeoutMs: number;
  userAgent: string;
  maxBytes?: number;
  /** Sent as If-None-Match / If-Modified-Since when present. */
  validators?: Validators;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A file path: its text, or why not (missing, a folder, too large). */
export async function readFeedFile(path: string, maxBytes = MAX_FEED_BYTES): Promise<FetchResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { kind: 'failed', reason: 'dit is een map, geen bestand' };
    if (info.size > maxBytes)
      return {
        kind: 'failed',
        reason: `het bestand is te groot (${megabytes(info.size)}; hooguit ${megabytes(maxBytes)})`,
      };
    const text = await readFile(path, 'utf8');
    return { kind: 'body', text, validators: {}, html: /^\s*</.test(text) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      kind: 'failed',
      reason:
        code === 'ENOENT' ? 'het bestand bestaat niet' : `het bestand kan niet worden gelezen (${code})`,
    };
  }
}

class TooLarge extends Error {}

/** Why a fetch failed, in plain words. */
function networkReason(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError')
    return `geen antwoord binnen ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconden` : `${timeoutMs} ms`}`;
  const code = err.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'de server is niet gevonden (klopt het adres?)';
  if (code === 'ECONNREFUSED') return 'de server weigert de verbinding';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'de verbinding werd verbroken';
  if (code?.startsWith('CERT_') || code?.includes('SSL') || code?.includes('TLS'))
    return `het beveiligingscertificaat van de server klopt niet (${code})`;
  if (err.message === 'redirect count exceeded') return 'te veel doorverwijzingen';
  return `netwerkfout (${code ?? err.message})`;
}

function statusReason(status: number, statusText: string): string {
  const words: Record<number, string> = {
    401: 'de feed is afgeschermd',
    403: 'de server geeft geen toegang',
    404: 'de feed staat niet (meer) op dit adres',
    410: 'de feed is weggehaald',
    429: 'de server vraagt om minder vaak te komen',
    500: 'fout op de server',
    502: 'de server is onbereikbaar',
    503: 'de server is tijdelijk niet beschikbaar',
    504: 'de server antwoordde niet op tijd',
  };
  const plain = words[status] ?? (status >= 500 ? 'fout op de server' : 'de server weigert de feed');
  return `${plain} (HTTP ${status}${statusText ? ` ${statusText}` : ''})`;
}

async function fetchOnce(url: string, options: FetchOptions): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent,
    Accept: 'application/json, application/feed+json;q=0.9, */*;q=0.1',
  };
  if (options.validators?.etag) headers['If-None-Match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['If-Modified-Since'] = options.validators.lastModified;
  // One controller for the time-out and for giving up early (too large, not needed). Not
  // AbortSignal.any(): its combined signal may be collected before the time-out fires.
  const abort = new AbortController();
  const timer = setTimeout(
    () => abort.abort(new DOMException('no answer in time', 'TimeoutError')),
    options.timeoutMs,
  );
  try {
    return await readResponse(url, headers, abort, maxBytes);
  } finally {
    clearTimeout(timer);
  }
}

async function readResponse(
  url: string,
  headers: Record<string, string>,
  abort: AbortController,
  maxBytes: number,
): Promise<FetchResult> {
  const response = await fetch(url, { headers, redirect: 'follow', signal: abort.signal });
  const finalUrl = response.redirected && response.url !== url ? response.url : undefined;
  const validators: Validators = {};
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  if (response.status === 304) {
    abort.abort();
    return { kind: 'not-modified', ...(finalUrl ? { finalUrl } : {}), validators };
  }
  if (!response.ok) {
    abort.abort();
    return { kind: 'failed', reason: statusReason(response.status, response.statusText) };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    abort.abort();
    return {
      kind: 'failed',
      reason: `de feed is te groot (${megabytes(declared)}; hooguit ${megabytes(maxBytes)})`,
    };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = response.body?.getReader();
    for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
      total += read.value.byteLength;
      if (total > maxBytes) throw new TooLarge();
      chunks.push(read.value);
    }
  } catch (error) {
    abort.abort();
    if (error instanceof TooLarge)
      return {
        kind: 'failed',
        reason: `de feed is te groot (meer dan ${megabytes(maxBytes)}; het lezen is gestopt)`,
      };
    throw error;
  }
  const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
  const type = response.headers.get('content-type') ?? '';
  return {
    kind: 'body',
    text,
    ...(finalUrl ? { finalUrl } : {}),
    validators,
    html: /html/i.test(type) || /^\s*</.test(text),
  };
}

/** Fetches `url`; one retry after a network error (not after a status or a time-out). */
export async function fetchFeed(url: string, options: FetchOptions): Promise<FetchResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(url, options);
    } catch (error) {
      const name = (error as Error).name;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      if (timedOut || attempt === 2)
        return { kind: 'failed', reason: networkReason(error, options.timeoutMs) };
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
