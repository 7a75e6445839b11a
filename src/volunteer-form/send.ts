/**
 * Where a sign-up goes and how it is sent, without DOM: checking the form's
 * `action`, and one POST attempt with a timeout that reports, in a few plain
 * kinds, why it failed. Retrying (with the same submission id) is the element's job.
 */
import type { VolunteerSubmission } from '../contract/submission.js';

export const SEND_TIMEOUT = 15_000;

export type ActionTarget =
  /** POST JSON to `url` (absolute). */
  | { kind: 'post'; url: string }
  /** Open an e-mail to `address`. */
  | { kind: 'mailto'; address: string }
  /** The webmaster must fix the `action` attribute. */
  | { kind: 'invalid'; problem: 'missing' | 'malformed' | 'insecure' | 'unsupported'; value: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for the hosts where plain `http:` is allowed: this computer only. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOCAL_HOSTS.has(host) || host.endsWith('.localhost');
}

/**
 * Reads the form's `action`:
 * - `https:` URLs are used as they are;
 * - `http:` only for localhost / 127.0.0.1 / [::1] (a sign-up holds personal data);
 * - `mailto:address` opens an e-mail;
 * - a relative URL ("/api/aanmelden") resolves against `baseUrl` (the page), so it is
 *   allowed when the page itself is https or on localhost;
 * - anything else (missing, `http://example.org`, `javascript:`) is a configuration
 *   error for the webmaster.
 */
export function resolveAction(action: string | null | undefined, baseUrl: string): ActionTarget {
  const value = (action ?? '').trim();
  if (value === '') return { kind: 'invalid', problem: 'missing', value };
  let url: URL;
  try {
    url = new URL(value, baseUrl);
  } catch {
    return { kind: 'invalid', problem: 'malformed', value };
  }
  switch (url.protocol) {
    case 'https:':
      return { kind: 'post', url: url.href };
    case 'http:':
      return isLocalHost(url.hostname)
        ? { kind: 'post', url: url.href }
        : { kind: 'invalid', problem: 'insecure', value };
    case 'mailto:': {
      let address: string;
      try {
        address = decodeURIComponent(url.pathname).trim();
      } catch {
        address = '';
      }
      return /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(address)
        ? { kind: 'mailto', address }
        : { kind: 'invalid', problem: 'malformed', value };
    }
    default:
      return { kind: 'invalid', problem: 'unsupported', value };
  }
}

export type SendOutcome =
  | { ok: true; status: number }
  /** The server answered, but not with 2xx. */
  | { ok: false; reason: 'http'; status: number }
  /** No answer within the timeout. */
  | { ok: false; reason: 'timeout' }
  /** The browser knows it is offline. */
  | { ok: false; reason: 'offline' }
  /** The request failed without an answer (offline without knowing it, DNS, CORS, a dropped connection). */
  | { ok: false; reason: 'network' }
  /** Stopped by the caller's signal (the form was removed from the page). */
  | { ok: false; reason: 'aborted' };

export type SendFailure = Exclude<SendOutcome, { ok: true }>;

export interface SendOptions {
  /** Default: the global fetch, looked up on each call (so tests and pages can wrap it). */
  fetch?: typeof fetch;
  /** Milliseconds before giving up; default 15 000. */
  timeout?: number;
  /** Default: `navigator.onLine`. */
  isOnline?: () => boolean;
  signal?: AbortSignal;
}

const browserOnline = () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false);

/** One POST of `submission` as JSON to `url`. Never throws. */
export async function postSubmission(
  url: string,
  submission: VolunteerSubmission,
  options: SendOptions = {},
): Promise<SendOutcome> {
  const isOnline = options.isOnline ?? browserOnline;
  if (!isOnline()) return { ok: false, reason: 'offline' };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? SEND_TIMEOUT);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted) return { ok: false, reason: 'aborted' };
    const response = await doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(submission),
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    // Free the connection; the answer's body is not needed.
    response.body?.cancel().catch(() => undefined);
    return response.ok
      ? { ok: true, status: response.status }
      : { ok: false, reason: 'http', status: response.status };
  } catch {
    if (timedOut) return { ok: false, reason: 'timeout' };
    if (options.signal?.aborted) return { ok: false, reason: 'aborted' };
    return isOnline() ? { ok: false, reason: 'network' } : { ok: false, reason: 'offline' };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
