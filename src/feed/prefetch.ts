/**
 * A feed asked for before the widget's code is here. `dist/taalwijzer.js` sees a widget's
 * `src` as soon as the tag is on the page, long before the widget's own code has downloaded
 * and run: it starts the feed's request then, so both come in at once. The feed loader
 * (`load.ts`) takes the response instead of asking again. Nothing speculative: a widget with
 * a `src` always fetches it.
 *
 * Shared through a global symbol, like the loader's registry, so it works across two copies of
 * the script on one page. A response nobody takes within a minute is dropped.
 */
type Prefetched = Map<string, Promise<Response>>;

const registryKey = Symbol.for('taalwijzer.feed-prefetch');
const scope = globalThis as unknown as Record<symbol, Prefetched | undefined>;
const prefetched: Prefetched = (scope[registryKey] ??= new Map());

const UNCLAIMED_MS = 60_000;

/** The request the feed loader makes, for the same answer. */
export const FEED_REQUEST: RequestInit = {
  headers: { Accept: 'application/json' },
  credentials: 'same-origin',
};

/** The absolute URL of a feed; relative to `baseUrl`, default the document's base URI. */
export function resolveFeedUrl(src: string, baseUrl?: string): string {
  const base = baseUrl ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
  return new URL(src, base).href;
}

/** The feed URLs in a `src`: one, or several separated by whitespace. */
export function sourceUrls(src: string): string[] {
  return [...new Set(src.split(/\s+/).filter(Boolean))];
}

/** Starts fetching the feeds in a widget's `src` (one URL, or several separated by spaces). */
export function prefetchFeeds(src: string, baseUrl?: string): void {
  for (const part of sourceUrls(src)) {
    let url: string;
    try {
      url = resolveFeedUrl(part, baseUrl);
    } catch {
      continue; // the widget reports a bad URL itself
    }
    if (prefetched.has(url)) continue;
    const response = fetch(url, FEED_REQUEST);
    response.catch(() => undefined); // the widget reports the failure when it takes it
    prefetched.set(url, response);
    setTimeout(() => {
      if (prefetched.get(url) === response) prefetched.delete(url);
    }, UNCLAIMED_MS);
  }
}

/** The response to a request already made for `url`, once; undefined when there is none. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = prefetched.get(url);
  prefetched.delete(url);
  return response;
}
