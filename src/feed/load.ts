/**
 * Loads a feed: fetch with a timeout and an AbortSignal, one request per URL for
 * all widgets on the page, and the last good copy kept in localStorage (a feed
 * holds no personal data) to show, marked as possibly out of date, when loading
 * fails.
 */
import { readFeed, type Explain, type ParseFeedOptions, type SkippedCounts } from './read-feed.js';
import type { Feed, FeedIssue } from './schema.js';
import { FEED_REQUEST, resolveFeedUrl, takePrefetched } from './prefetch.js';

export type FeedErrorKind = 'network' | 'http' | 'parse' | 'schema' | 'timeout';

/** Why no usable feed could be loaded; `kind` is one of the contract's error kinds. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LoadedFeed {
  /** The absolute URL the feed came from. */
  url: string;
  feed: Feed;
  issues: FeedIssue[];
  skipped: SkippedCounts;
  /** True when this is the last good copy from an earlier visit, because loading failed. */
  stale: boolean;
  /** When the copy shown was fetched. */
  fetchedAt: Date;
  /** Why the fresh feed could not be used, when `stale`. */
  error?: FeedError;
  /**
   * Set when `src` is a region manifest rather than a feed: `feed` is then empty, and a
   * finder reads the manifest and its shards with load-source.ts.
   */
  regionJson?: object;
  /** With the `near` option: the in-person programmes left out as further away. */
  outside?: number;
}

export interface LoadFeedOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up; default 15 000. */
  timeout?: number;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Where the last good copy is kept; `null` keeps none. Default: localStorage. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Base for a relative `src`; default: the document's base URI. */
  baseUrl?: string;
  /** Only the programmes near a place (a region's shards; see parseFeed). */
  near?: ParseFeedOptions['near'];
}

export const DEFAULT_TIMEOUT = 15_000;
const STORAGE_PREFIX = 'taalwijzer.feed:';
/** Characters; localStorage holds about 5 MB per site, shared with the page. */
const MAX_COPY_LENGTH = 2_000_000;
/** How long after a fresh load its copy is written (the first results come first). */
export const COPY_DELAY_MS = 300;

interface SharedLoad {
  promise: Promise<LoadedFeed>;
  controller: AbortController;
  users: number;
}

// Shared by every copy of the library on the page, so two bundles fetch once too.
const registryKey = Symbol.for('taalwijzer.feed-loads');
type Registry = Map<string, SharedLoad>;
const globalScope = globalThis as unknown as Record<symbol, Registry | undefined>;
const loads: Registry = (globalScope[registryKey] ??= new Map());

function defaultStorage(): LoadFeedOptions['storage'] {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked (sandboxed iframe, privacy settings)
  }
}

function readCopy(
  storage: LoadFeedOptions['storage'],
  url: string,
): { body: string; savedAt: Date } | undefined {
  try {
    const raw = storage?.getItem(STORAGE_PREFIX + url);
    if (!raw) return undefined;
    const copy = JSON.parse(raw) as { body?: unknown; savedAt?: unknown };
    if (typeof copy.body !== 'string' || typeof copy.savedAt !== 'string') return undefined;
    return { body: copy.body, savedAt: new Date(copy.savedAt) };
  } catch {
    return undefined;
  }
}

/**
 * Runs `task` when the browser has nothing else to do, or after two seconds at the latest:
 * a region's manifest is copied while its shards arrive and are read, which it must not hold
 * up. Where requestIdleCallback is missing (Safari), at once.
 */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else task();
}

function removeCopy(storage: LoadFeedOptions['storage'], url: string): void {
  try {
    storage?.removeItem(STORAGE_PREFIX + url);
  } catch {
    /* blocked storage: nothing to remove */
  }
}

function saveCopy(storage: LoadFeedOptions['storage'], url: string, body: string, savedAt: Date): void {
  try {
    storage?.setItem(STORAGE_PREFIX + url, JSON.stringify({ savedAt: savedAt.toISOString(), body }));
  } catch {
    // Over quota or blocked: the widget works without a saved copy.
    removeCopy(storage, url);
  }
}

/**
 * zod, to word the issues of a feed's invalid items (feed/explain.ts): loaded the first time
 * a feed has one, so a page whose feeds are valid never downloads it.
 */
let explainer: Explain | undefined;

async function loadExplainer(): Promise<Explain | undefined> {
  try {
    explainer ??= (await import('./explain.js')).explainItem;
  } catch {
    // Offline or the server gone: the invalid items stay skipped, reported as "is not valid".
  }
  return explainer;
}

/**
 * Reads a response body as a feed; throws FeedError('parse' | 'schema'). Without zod loaded
 * (`explain`, and none loaded before), an invalid item is skipped and reported as "is not
 * valid", and `unexplained` is set; readFeedBody then loads zod and words the issues.
 */
export function readFeedText(
  body: string,
  url: string,
  fetchedAt: Date,
  near?: ParseFeedOptions['near'],
  explain: Explain | undefined = explainer,
): LoadedFeed & { unexplained?: true } {
  return readFeedJson(parseBody(body), url, fetchedAt, near, explain);
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new FeedError('parse', `The feed is not valid JSON: ${(error as Error).message}`);
  }
}

function readFeedJson(
  json: unknown,
  url: string,
  fetchedAt: Date,
  near: ParseFeedOptions['near'],
  explain: Explain | undefined,
): LoadedFeed & { unexplained?: true } {
  // A region manifest: read (and checked) by load-source.ts, which only a finder loads.
  if (typeof json === 'object' && json !== null && 'regionVersion' in json) {
    const feed: Feed = {
      feedVersion: 1,
      organisations: [],
      locations: [],
      programmes: [],
      volunteerRoles: [],
      goals: [],
    };
    const skipped = { organisations: 0, locations: 0, programmes: 0, volunteerRoles: 0, goals: 0 };
    return { url, feed, issues: [], skipped, stale: false, fetchedAt, regionJson: json };
  }
  const result = readFeed(json, near ? { near } : {}, explain);
  if (!result.ok) throw new FeedError('schema', result.message);
  const { feed, issues, skipped, outside, unexplained } = result;
  return {
    url,
    feed,
    issues,
    skipped,
    stale: false,
    fetchedAt,
    ...(outside !== undefined ? { outside } : {}),
    ...(unexplained ? { unexplained } : {}),
  };
}

/** readFeedText, with zod loaded to word the issues when the feed has invalid items. */
async function readFeedBody(
  body: string,
  url: string,
  fetchedAt: Date,
  near?: ParseFeedOptions['near'],
): Promise<LoadedFeed> {
  const json = parseBody(body);
  const { unexplained, ...loaded } = readFeedJson(json, url, fetchedAt, near, explainer);
  if (!unexplained) return loaded;
  const explain = await loadExplainer();
  if (!explain) return loaded;
  return readFeedJson(json, url, fetchedAt, near, explain);
}

/** `promise`, or its rejection with the signal's reason once `signal` aborts (time-out, nobody waiting). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchFeed(
  url: string,
  options: LoadFeedOptions,
  controller: AbortController,
): Promise<LoadedFeed & { body: string }> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    let body: string;
    try {
      // The page's loader may have asked already, while this code was on its way.
      const early = options.fetch ? undefined : takePrefetched(url);
      response = await (early
        ? untilAborted(early, controller.signal)
        : doFetch(url, { ...FEED_REQUEST, signal: controller.signal }));
      if (!response.ok) {
        throw new FeedError(
          'http',
          `The server answered ${response.status} ${response.statusText}`.trim(),
          response.status,
        );
      }
      body = await (early ? untilAborted(response.text(), controller.signal) : response.text());
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (timedOut)
        throw new FeedError('timeout', `No answer from the server within ${timeout / 1000} seconds`);
      if (controller.signal.aborted) throw error; // every widget gave up: not an error to show
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      throw new FeedError(
        'network',
        offline ? 'The device is offline' : `The feed could not be fetched (${(error as Error).message})`,
      );
    }
    return { ...(await readFeedBody(body, url, new Date(), options.near)), body };
  } finally {
    clearTimeout(timer);
  }
}

async function loadShared(
  url: string,
  options: LoadFeedOptions,
  controller: AbortController,
): Promise<LoadedFeed> {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  try {
    const { body, ...loaded } = await fetchFeed(url, options, controller);
    // Keep the text that parsed. A feed too large for localStorage's quota (about
    // 5 MB) is not copied: trying costs time on a phone and fails anyway.
    if (body.length <= MAX_COPY_LENGTH) {
      // Written a moment later: copying a feed of a few hundred programmes into storage takes
      // tens of milliseconds (hundreds on a phone), which the first results need not wait for.
      setTimeout(() => whenIdle(() => saveCopy(storage, url, body, loaded.fetchedAt)), COPY_DELAY_MS);
    } else removeCopy(storage, url);
    return loaded;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const copy = readCopy(storage, url);
    if (copy) {
      try {
        return { ...(await readFeedBody(copy.body, url, copy.savedAt, options.near)), stale: true, error };
      } catch {
        /* the saved copy is unusable too: report the fresh error */
      }
    }
    throw error;
  }
}

/** Separates a URL from the place in the key of a load that reads only what is near it. */
const NEAR_KEY = '\nnear:';

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Loads and parses the feed at `src`. Widgets asking for the same URL share one
 * request; a fresh result stays shared for the page's lifetime, a failure or a
 * stale copy does not (so "try again" fetches anew). Rejects with a FeedError, or
 * with the signal's reason when `signal` aborts.
 */
export function loadFeed(src: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  const url = resolveFeedUrl(src, options.baseUrl);
  const { signal, near } = options;
  // The same shard read near another place is another result.
  const key = near ? `${url}${NEAR_KEY}${near.point.lat},${near.point.lon},${near.radiusKm}` : url;
  if (signal?.aborted) return Promise.reject(abortError(signal));

  let shared = loads.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: SharedLoad = { controller, users: 0, promise: loadShared(url, options, controller) };
    // Forget only this entry: after every caller aborted, a newer load may own the URL.
    const forget = () => {
      if (loads.get(key) === entry) loads.delete(key);
    };
    entry.promise.then((loaded) => {
      if (loaded.stale) forget();
    }, forget);
    loads.set(key, entry);
    shared = entry;
  }
  const entry = shared;
  entry.users += 1;

  return new Promise<LoadedFeed>((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      entry.users -= 1;
      if (entry.users === 0 && loads.get(key) === entry) {
        loads.delete(key);
        entry.controller.abort();
      }
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (loaded) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        resolve(loaded);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Forgets shared results, so the next load fetches again. For tests and "reload". */
export function clearFeedCache(src?: string, baseUrl?: string): void {
  if (src === undefined) return loads.clear();
  const url = resolveFeedUrl(src, baseUrl);
  for (const key of [...loads.keys()]) if (key === url || key.startsWith(url + NEAR_KEY)) loads.delete(key);
}
