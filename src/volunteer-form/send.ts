/**
 * How a sign-up is sent, without DOM (where it goes: `action.ts`): one POST attempt with a timeout that reports, in a few plain
 * kinds, why it failed. Retrying (with the same submission id) is the element's job.
 */
import type { VolunteerSubmission } from '../contract/submission.js';

export const SEND_TIMEOUT = 15_000;

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
