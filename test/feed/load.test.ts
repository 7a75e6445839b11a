import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { clearFeedCache, COPY_DELAY_MS, FeedError, loadFeed, type LoadedFeed } from '../../src/feed/load.js';
import { prefetchFeeds } from '../../src/feed/prefetch.js';

/** A fixture served by the test runner's dev server; `test` keeps the URL unique per test. */
const fixtureUrl = (name: string, test: string) =>
  new URL(`/test/fixtures/feeds/${name}?t=${encodeURIComponent(test)}`, location.origin).href;

/** A URL that only a stub fetch answers. */
const stubUrl = (test: string) => `https://taalhuis.example.org/aanbod.json?t=${encodeURIComponent(test)}`;

const ids = (loaded: LoadedFeed) => loaded.feed.programmes.map((p) => p.id);
const VALID_IDS = ['taalcafe-dinsdag', 'klik-en-tik', 'staatsexamen-b1', 'voorlezen-thuis'];

let validBody: string;

/** localStorage-like, in memory, so tests neither see nor leave each other's copies. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

interface StubFetch {
  fetch: typeof fetch;
  /** How many requests were made. */
  readonly calls: number;
  /** The AbortSignal of each request, in order. */
  readonly signals: AbortSignal[];
}

/** A fetch whose answer to the n-th request (0-based) `answer` decides. */
function stubFetch(answer: (call: number, signal: AbortSignal) => Promise<Response>): StubFetch {
  const signals: AbortSignal[] = [];
  const stub = {
    signals,
    get calls() {
      return signals.length;
    },
    fetch: ((_input: RequestInfo | URL, init?: RequestInit) => {
      const signal = init?.signal ?? new AbortController().signal;
      signals.push(signal);
      return answer(signals.length - 1, signal);
    }) as typeof fetch,
  };
  return stub;
}

const ok = (body = validBody) => Promise.resolve(new Response(body, { status: 200 }));
const serverError = () =>
  Promise.resolve(
    new Response('<h1>Internal Server Error</h1>', { status: 500, statusText: 'Internal Server Error' }),
  );
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

/** Like a real fetch that gets no answer: pending until its signal aborts. */
function hangUntilAborted(signal: AbortSignal): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal.addEventListener(
      'abort',
      () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')),
      { once: true },
    );
  });
}

/** A promise with its resolve function, for a server that answers when the test says so. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The reason `promise` rejects; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    return error;
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
}

async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(FeedError);
  return error as FeedError;
}

function expectAbortError(error: unknown): void {
  expect(error).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
}

/** Lets pending promise callbacks and a 0 ms timer run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

before(async () => {
  validBody = await (await fetch(fixtureUrl('valid-small.json', 'body'))).text();
});

afterEach(() => {
  clearFeedCache();
});

describe('loadFeed: success', () => {
  it('loads and parses a feed from the server', async () => {
    const url = fixtureUrl('valid-small.json', 'success');
    const before = Date.now();
    const loaded = await loadFeed(url, { storage: null });
    expect(loaded.url).to.equal(url);
    expect(ids(loaded)).to.deep.equal(VALID_IDS);
    expect(loaded.feed.publisher?.email).to.equal('taalhuis@bibliotheek-deventer.example.nl');
    expect(loaded.issues).to.deep.equal([]);
    expect(loaded.stale).to.equal(false);
    expect(loaded.error).to.equal(undefined);
    expect(loaded.fetchedAt.getTime()).to.be.within(before, Date.now());
  });

  it('loads a feed with broken items, reporting them', async () => {
    const loaded = await loadFeed(fixtureUrl('mixed.json', 'mixed'), { storage: null });
    expect(loaded.feed.programmes).to.have.length(10);
    expect(loaded.skipped.programmes).to.equal(8);
    expect(loaded.issues.map((i) => i.path)).to.include('programmes[7].registration.url');
    expect(loaded.issues).to.have.length(26);
  });

  it('resolves a relative src against baseUrl, or the page', async () => {
    const fromBase = await loadFeed('feeds/valid-small.json?t=relative', {
      baseUrl: new URL('/test/fixtures/', location.origin).href,
      storage: null,
    });
    expect(fromBase.url).to.equal(fixtureUrl('valid-small.json', 'relative'));
    expect(ids(fromBase)).to.deep.equal(VALID_IDS);
    const fromPage = await loadFeed('/test/fixtures/feeds/valid-small.json?t=page', { storage: null });
    expect(fromPage.url).to.equal(fixtureUrl('valid-small.json', 'page'));
  });

  it('asks for JSON with the given signal', async () => {
    const requests: RequestInit[] = [];
    const fetch = ((_url: RequestInfo | URL, init?: RequestInit) => {
      requests.push(init ?? {});
      return ok();
    }) as typeof globalThis.fetch;
    await loadFeed(stubUrl('headers'), { fetch, storage: null });
    expect(requests).to.have.length(1);
    expect(new Headers(requests[0].headers).get('Accept')).to.equal('application/json');
    expect(requests[0].signal).to.be.instanceOf(AbortSignal);
  });
});

describe('loadFeed: errors', () => {
  it('rejects with "http" when the feed is not found (404)', async () => {
    const error = await feedError(loadFeed(fixtureUrl('does-not-exist.json', '404'), { storage: null }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('404');
    expect(error.name).to.equal('FeedError');
  });

  it('rejects with "http" on a server error (500)', async () => {
    const stub = stubFetch(serverError);
    const error = await feedError(loadFeed(stubUrl('500'), { fetch: stub.fetch, storage: null }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('500');
  });

  it('rejects with "parse" when the answer is not JSON (an HTML page)', async () => {
    const error = await feedError(loadFeed(fixtureUrl('not-json.txt', 'parse'), { storage: null }));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.match(/JSON/);
  });

  it('rejects with "schema" when the feed has no programmes list', async () => {
    const error = await feedError(loadFeed(fixtureUrl('no-programmes.json', 'schema'), { storage: null }));
    expect(error.kind).to.equal('schema');
    expect(error.message).to.contain('"programmes"');
  });

  it('rejects with "network" when the request fails', async () => {
    const stub = stubFetch(offline);
    const error = await feedError(loadFeed(stubUrl('network'), { fetch: stub.fetch, storage: null }));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Failed to fetch');
  });

  it('rejects with "timeout" when the server does not answer in time, and cancels the request', async () => {
    const stub = stubFetch((_call, signal) => hangUntilAborted(signal));
    const started = Date.now();
    const error = await feedError(
      loadFeed(stubUrl('timeout'), { fetch: stub.fetch, storage: null, timeout: 50 }),
    );
    expect(error.kind).to.equal('timeout');
    expect(Date.now() - started).to.be.below(2000);
    expect(stub.calls).to.equal(1);
    expect(stub.signals[0].aborted).to.equal(true);
  });

  it('does not time out when the answer comes in time', async () => {
    const stub = stubFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return new Response(validBody);
    });
    const loaded = await loadFeed(stubUrl('in-time'), { fetch: stub.fetch, storage: null, timeout: 1000 });
    expect(ids(loaded)).to.deep.equal(VALID_IDS);
  });
});

describe('loadFeed: one request per URL', () => {
  it('shares one request between concurrent callers', async () => {
    const stub = stubFetch(() => ok());
    const url = stubUrl('dedupe');
    const [a, b] = await Promise.all([
      loadFeed(url, { fetch: stub.fetch, storage: null }),
      loadFeed(url, { fetch: stub.fetch, storage: null }),
    ]);
    expect(stub.calls).to.equal(1);
    expect(ids(a)).to.deep.equal(VALID_IDS);
    expect(b.feed).to.deep.equal(a.feed);
  });

  it('keeps sharing a fresh result with later callers, until clearFeedCache', async () => {
    const stub = stubFetch(() => ok());
    const url = stubUrl('later');
    const first = await loadFeed(url, { fetch: stub.fetch, storage: null });
    const second = await loadFeed(url, { fetch: stub.fetch, storage: null });
    expect(stub.calls).to.equal(1);
    expect(second.feed).to.deep.equal(first.feed);
    clearFeedCache(url);
    await loadFeed(url, { fetch: stub.fetch, storage: null });
    expect(stub.calls).to.equal(2);
  });

  it('clearFeedCache(src) forgets only that URL', async () => {
    const stub = stubFetch(() => ok());
    const a = stubUrl('clear-a');
    const b = stubUrl('clear-b');
    await loadFeed(a, { fetch: stub.fetch, storage: null });
    await loadFeed(b, { fetch: stub.fetch, storage: null });
    clearFeedCache(a);
    await loadFeed(a, { fetch: stub.fetch, storage: null });
    await loadFeed(b, { fetch: stub.fetch, storage: null });
    expect(stub.calls).to.equal(3);
  });

  it('does not share between different URLs', async () => {
    const stub = stubFetch(() => ok());
    await Promise.all([
      loadFeed(stubUrl('one'), { fetch: stub.fetch, storage: null }),
      loadFeed(stubUrl('two'), { fetch: stub.fetch, storage: null }),
    ]);
    expect(stub.calls).to.equal(2);
  });

  it('fetches again after a failure', async () => {
    const stub = stubFetch((call) => (call === 0 ? serverError() : ok()));
    const url = stubUrl('retry');
    const [a, b] = await Promise.all([
      rejection(loadFeed(url, { fetch: stub.fetch, storage: null })),
      rejection(loadFeed(url, { fetch: stub.fetch, storage: null })),
    ]);
    expect(stub.calls).to.equal(1);
    expect((a as FeedError).kind).to.equal('http');
    expect(b).to.equal(a);
    const third = await loadFeed(url, { fetch: stub.fetch, storage: null });
    expect(stub.calls).to.equal(2);
    expect(ids(third)).to.deep.equal(VALID_IDS);
  });
});

describe('loadFeed: aborting', () => {
  it('rejects an aborted caller with AbortError while another caller still gets the feed', async () => {
    const answer = deferred<Response>();
    const stub = stubFetch(() => answer.promise);
    const url = stubUrl('abort-one');
    const leaving = new AbortController();
    const a = loadFeed(url, { fetch: stub.fetch, storage: null, signal: leaving.signal });
    const b = loadFeed(url, { fetch: stub.fetch, storage: null });
    leaving.abort();
    expectAbortError(await rejection(a));
    expect(stub.signals[0].aborted, 'the shared request is still needed').to.equal(false);
    answer.resolve(new Response(validBody));
    expect(ids(await b)).to.deep.equal(VALID_IDS);
    expect(stub.calls).to.equal(1);
  });

  it('aborts the request when every caller aborts, and fetches anew afterwards', async () => {
    const stub = stubFetch((call, signal) => (call === 0 ? hangUntilAborted(signal) : ok()));
    const url = stubUrl('abort-all');
    const first = new AbortController();
    const second = new AbortController();
    const a = loadFeed(url, { fetch: stub.fetch, storage: null, signal: first.signal });
    const b = loadFeed(url, { fetch: stub.fetch, storage: null, signal: second.signal });
    first.abort();
    expect(stub.signals[0].aborted, 'one caller still waits').to.equal(false);
    second.abort();
    expectAbortError(await rejection(a));
    expectAbortError(await rejection(b));
    expect(stub.signals[0].aborted).to.equal(true);
    const again = await loadFeed(url, { fetch: stub.fetch, storage: null });
    expect(stub.calls).to.equal(2);
    expect(ids(again)).to.deep.equal(VALID_IDS);
  });

  it('shares the new request of a widget that comes back right after every caller aborted', async () => {
    const answer = deferred<string>();
    const stub = stubFetch((call, signal) =>
      call === 0 ? hangUntilAborted(signal) : answer.promise.then((body) => new Response(body)),
    );
    const url = stubUrl('abort-and-return');
    const leaving = new AbortController();
    const gone = loadFeed(url, { fetch: stub.fetch, storage: null, signal: leaving.signal });
    leaving.abort();
    const back = loadFeed(url, { fetch: stub.fetch, storage: null });
    expectAbortError(await rejection(gone));
    await settle();
    const other = loadFeed(url, { fetch: stub.fetch, storage: null });
    answer.resolve(validBody);
    const [x, y] = await Promise.all([back, other]);
    expect(stub.calls, 'requests made').to.equal(2);
    expect(y.feed).to.deep.equal(x.feed);
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    const stub = stubFetch(() => ok());
    const controller = new AbortController();
    controller.abort();
    expectAbortError(
      await rejection(
        loadFeed(stubUrl('pre-aborted'), { fetch: stub.fetch, storage: null, signal: controller.signal }),
      ),
    );
    expect(stub.calls).to.equal(0);
  });

  it('passes on the reason the caller aborted with', async () => {
    const stub = stubFetch((_call, signal) => hangUntilAborted(signal));
    const controller = new AbortController();
    const reason = new Error('widget removed');
    const loading = loadFeed(stubUrl('reason'), {
      fetch: stub.fetch,
      storage: null,
      signal: controller.signal,
    });
    controller.abort(reason);
    expect(await rejection(loading)).to.equal(reason);
  });
});

describe('loadFeed: the last good copy', () => {
  async function loadAndKeep(url: string, storage: MemoryStorage): Promise<LoadedFeed> {
    const stub = stubFetch(() => ok());
    const loaded = await loadFeed(url, { fetch: stub.fetch, storage });
    await waitUntil(() => storage.items.size > 0, 'the copy is written');
    expect(storage.items.size, 'copies kept').to.equal(1);
    expect([...storage.items.keys()][0]).to.contain(url);
    clearFeedCache();
    return loaded;
  }

  for (const [kind, failure] of [
    ['http', serverError],
    ['network', offline],
    ['parse', () => ok('<!doctype html><title>Onderhoud</title>')],
    ['schema', () => ok('{"feedVersion": 1, "publisher": {"name": "Taalhuis"}}')],
  ] as const) {
    it(`shows the saved copy, marked stale, when loading fails (${kind})`, async () => {
      const storage = new MemoryStorage();
      const url = stubUrl(`stale-${kind}`);
      const first = await loadAndKeep(url, storage);
      const stub = stubFetch(failure);
      const loaded = await loadFeed(url, { fetch: stub.fetch, storage });
      expect(stub.calls).to.equal(1);
      expect(loaded.stale).to.equal(true);
      expect(loaded.error).to.be.instanceOf(FeedError);
      expect(loaded.error?.kind).to.equal(kind);
      expect(ids(loaded)).to.deep.equal(VALID_IDS);
      expect(loaded.feed).to.deep.equal(first.feed);
      expect(loaded.url).to.equal(url);
      expect(loaded.fetchedAt.getTime()).to.equal(first.fetchedAt.getTime());
    });
  }

  it('shows the saved copy when the server does not answer in time', async () => {
    const storage = new MemoryStorage();
    const url = stubUrl('stale-timeout');
    const first = await loadAndKeep(url, storage);
    const stub = stubFetch((_call, signal) => hangUntilAborted(signal));
    const loaded = await loadFeed(url, { fetch: stub.fetch, storage, timeout: 50 });
    expect(loaded.stale).to.equal(true);
    expect(loaded.error?.kind).to.equal('timeout');
    expect(loaded.fetchedAt.getTime()).to.equal(first.fetchedAt.getTime());
  });

  it('tries the server again on the next load after showing a stale copy', async () => {
    const storage = new MemoryStorage();
    const url = stubUrl('stale-retry');
    await loadAndKeep(url, storage);
    const stub = stubFetch((call) => (call === 0 ? serverError() : ok()));
    expect((await loadFeed(url, { fetch: stub.fetch, storage })).stale).to.equal(true);
    const fresh = await loadFeed(url, { fetch: stub.fetch, storage });
    expect(stub.calls).to.equal(2);
    expect(fresh.stale).to.equal(false);
    expect(fresh.error).to.equal(undefined);
  });

  it('replaces the copy with each fresh load', async () => {
    const storage = new MemoryStorage();
    const url = stubUrl('stale-newest');
    await loadAndKeep(url, storage);
    const newer = JSON.parse(validBody) as { programmes: unknown[] };
    newer.programmes = newer.programmes.slice(0, 1);
    const second = await loadFeed(url, { fetch: stubFetch(() => ok(JSON.stringify(newer))).fetch, storage });
    const savedAt = () => JSON.parse([...storage.items.values()][0]).savedAt as string;
    await waitUntil(() => savedAt() === second.fetchedAt.toISOString(), 'the newer copy is written');
    clearFeedCache();
    const loaded = await loadFeed(url, { fetch: stubFetch(serverError).fetch, storage });
    expect(loaded.stale).to.equal(true);
    expect(ids(loaded)).to.deep.equal(['taalcafe-dinsdag']);
    expect(loaded.fetchedAt.getTime()).to.equal(second.fetchedAt.getTime());
  });

  it('does not show the copy of another URL', async () => {
    const storage = new MemoryStorage();
    await loadAndKeep(stubUrl('stale-other-a'), storage);
    const error = await feedError(
      loadFeed(stubUrl('stale-other-b'), { fetch: stubFetch(serverError).fetch, storage }),
    );
    expect(error.kind).to.equal('http');
  });

  it('rejects when loading fails and there is no copy', async () => {
    const error = await feedError(
      loadFeed(stubUrl('no-copy'), { fetch: stubFetch(offline).fetch, storage: new MemoryStorage() }),
    );
    expect(error.kind).to.equal('network');
  });

  it('writes the copy a moment after the feed is handed over, so the first results do not wait for it', async () => {
    const storage = new MemoryStorage();
    const url = stubUrl('copy-later');
    const started = performance.now();
    await loadFeed(url, { fetch: stubFetch(() => ok()).fetch, storage });
    expect(storage.items.size, 'no copy yet when the feed is handed over').to.equal(0);
    await waitUntil(() => storage.items.size === 1, 'the copy is written');
    expect(performance.now() - started).to.be.at.least(COPY_DELAY_MS - 1);
  });

  it('keeps no copy with storage: null', async () => {
    const url = stubUrl('storage-null');
    await loadFeed(url, { fetch: stubFetch(() => ok()).fetch, storage: null });
    clearFeedCache();
    const error = await feedError(loadFeed(url, { fetch: stubFetch(serverError).fetch, storage: null }));
    expect(error.kind).to.equal('http');
  });

  it('rejects with the fresh error when the saved copy is unreadable', async () => {
    const storage = new MemoryStorage();
    const url = stubUrl('stale-corrupt');
    await loadAndKeep(url, storage);
    const [key] = storage.items.keys();
    for (const broken of ['{not json', '{"savedAt": "2027-01-01T00:00:00Z", "body": "{}"}', '"hello"']) {
      storage.items.set(key, broken);
      const error = await feedError(loadFeed(url, { fetch: stubFetch(offline).fetch, storage }));
      expect(error.kind, broken).to.equal('network');
    }
  });

  it('still loads when the storage is full (setItem throws), leaving no half copy', async () => {
    const storage = new MemoryStorage();
    let removed = 0;
    const full = {
      getItem: (key: string) => storage.getItem(key),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (key: string) => {
        removed += 1;
        storage.removeItem(key);
      },
    };
    const url = stubUrl('quota');
    const loaded = await loadFeed(url, { fetch: stubFetch(() => ok()).fetch, storage: full });
    expect(loaded.stale).to.equal(false);
    expect(ids(loaded)).to.deep.equal(VALID_IDS);
    await waitUntil(() => removed === 1, 'the half copy is removed');
    clearFeedCache();
    const error = await feedError(loadFeed(url, { fetch: stubFetch(serverError).fetch, storage: full }));
    expect(error.kind).to.equal('http');
  });

  it('reports the loading error, not the storage error, when storage is blocked', async () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    };
    const url = stubUrl('blocked');
    const loaded = await loadFeed(url, { fetch: stubFetch(() => ok()).fetch, storage: blocked });
    expect(ids(loaded)).to.deep.equal(VALID_IDS);
    clearFeedCache();
    const error = await feedError(loadFeed(url, { fetch: stubFetch(offline).fetch, storage: blocked }));
    expect(error.kind).to.equal('network');
  });

  it('keeps the copy in localStorage by default, so it survives a page reload', async () => {
    const url = stubUrl('local-storage');
    const ours = () => Object.keys(localStorage).filter((key) => key.includes(url));
    try {
      const first = await loadFeed(url, { fetch: stubFetch(() => ok()).fetch });
      await waitUntil(() => ours().length > 0, 'the copy is written');
      expect(ours()).to.have.length(1);
      clearFeedCache();
      const loaded = await loadFeed(url, { fetch: stubFetch(offline).fetch });
      expect(loaded.stale).to.equal(true);
      expect(loaded.fetchedAt.getTime()).to.equal(first.fetchedAt.getTime());
    } finally {
      for (const key of ours()) localStorage.removeItem(key);
    }
  });
});

describe('loadFeed: a feed the page loader asked for early', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  /** Replaces the page's fetch, as the loader uses it; counts the requests. */
  function pageFetch(answer: () => Promise<Response>): { calls: number } {
    const counter = { calls: 0 };
    globalThis.fetch = (() => {
      counter.calls += 1;
      return answer();
    }) as typeof fetch;
    return counter;
  }

  it('takes the early response instead of asking again, once', async () => {
    const url = stubUrl('early-once');
    const counter = pageFetch(() => ok());
    prefetchFeeds(url);
    prefetchFeeds(url); // two widgets, one request
    expect(counter.calls).to.equal(1);
    const loaded = await loadFeed(url, { storage: null });
    expect(ids(loaded)).to.deep.equal(VALID_IDS);
    expect(counter.calls).to.equal(1);
    clearFeedCache(url);
    await loadFeed(url, { storage: null });
    expect(counter.calls).to.equal(2);
  });

  it('still gives up after the time-out when the early request never answers', async () => {
    const url = stubUrl('early-hangs');
    pageFetch(() => new Promise<Response>(() => undefined));
    prefetchFeeds(url);
    let error: unknown;
    await loadFeed(url, { storage: null, timeout: 200 }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('timeout');
  });

  it('reports a failed early request like its own', async () => {
    const url = stubUrl('early-fails');
    pageFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    prefetchFeeds(url);
    let error: unknown;
    await loadFeed(url, { storage: null }).catch((e: unknown) => (error = e));
    expect((error as FeedError).kind).to.equal('network');
  });
});
