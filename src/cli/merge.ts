/**
 * `taalwijzer merge <feeds.txt> --out <dir> [--name NAME] [--cache <dir>]`: many Taalhuis
 * feeds into one region (docs/reference/region.md): `<out>/region.json` and a cleaned
 * shard per publisher in `<out>/shards/`.
 *
 * Each run reads every feed (a few at a time, politely: merge-fetch.ts), keeps the last
 * good cleaned copy of each in the cache, and then builds every shard from those cached
 * copies (merge-shards.ts), so shared locations and ids come out the same whatever was
 * fetched this time. A shard file is written only when its bytes change.
 *
 * Messages are Dutch: the people who run this are coordinators.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseFeed } from '../feed/parse.js';
import { publisherIdFor, type Region, type RegionPublisher } from '../feed/region.js';
import type { Feed } from '../feed/schema.js';
import { fetchFeed, readFeedFile, type FetchResult, type Validators } from './merge-fetch.js';
import { buildShards, placeCentres, sha1, type MergeInput } from './merge-shards.js';
import type { Output } from './validate.js';

export interface MergeOptions {
  list: string;
  out: string;
  name: string;
  cache?: string;
  timeoutMs: number;
  version: string;
  /** How many feeds are read at the same time. */
  concurrency?: number;
  now?: () => Date;
}

/** One feed line of feeds.txt. */
interface FeedLine {
  /** As written: the publisher id and the manifest's `feed` come from this. */
  source: string;
  line: number;
  url?: string;
  path?: string;
  id: string;
}

/** What the cache keeps per feed: the last good cleaned copy and how to ask for a newer one. */
interface CacheEntry {
  source: string;
  hash: string;
  fetched: string;
  issues: number;
  validators: Validators;
  feed: Feed;
}

type Outcome =
  | { status: 'ok' | 'unchanged'; entry: CacheEntry; finalUrl?: string }
  | { status: 'stale'; entry: CacheEntry; reason: string }
  | { status: 'failed'; reason: string };

const LABEL = { ok: 'ok', unchanged: 'ongewijzigd', stale: 'verouderd', failed: 'mislukt' } as const;
const pad = (label: string) => label.padEnd(12);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------
// feeds.txt

const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/** The feed lines, and a report line for each line that is skipped. */
export function readFeedList(text: string, listPath: string): { feeds: FeedLine[]; skipped: string[] } {
  const feeds: FeedLine[] = [];
  const skipped: string[] = [];
  const byKey = new Map<string, { feed: FeedLine; lines: number[] }>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const source = raw.replace(/^\uFEFF/, '').trim();
    const line = index + 1;
    if (!source || source.startsWith('#')) return;
    let feed: FeedLine;
    const scheme = SCHEME.exec(source)?.[1].toLowerCase();
    if (scheme !== undefined) {
      let url: URL | undefined;
      try {
        url = new URL(source);
      } catch {
        url = undefined;
      }
      if ((scheme !== 'http' && scheme !== 'https') || !/^https?:\/\/[^/\s]/i.test(source) || !url) {
        skipped.push(
          `${pad('overgeslagen')} regel ${line} "${source}": geen geldig webadres (alleen http:// en https://) en geen bestand`,
        );
        return;
      }
      feed = { source, line, url: url.href, id: publisherIdFor(source, sha1) };
    } else {
      feed = { source, line, path: resolve(dirname(listPath), source), id: publisherIdFor(source, sha1) };
    }
    const key = feed.url ?? feed.path ?? source;
    const seen = byKey.get(key);
    if (seen) {
      seen.lines.push(line);
      return;
    }
    byKey.set(key, { feed, lines: [line] });
    feeds.push(feed);
  });
  for (const { feed, lines } of byKey.values()) {
    if (lines.length < 2) continue;
    const last = lines.pop();
    skipped.push(
      `${pad('dubbel')} ${feed.source}: staat op regel ${lines.join(', ')} en ${last}; één keer gelezen`,
    );
  }
  return { feeds, skipped };
}

// ---------------------------------------------------------------------------
// The cache

const cachePath = (dir: string, id: string) => join(dir, `${id}.json`);

async function readCache(dir: string, feed: FeedLine): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(await readFile(cachePath(dir, feed.id), 'utf8')) as CacheEntry;
    return entry.source === feed.source && entry.feed && Array.isArray(entry.feed.programmes)
      ? entry
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `text` to `path` through a temporary file, so a reader never sees half a file. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Writes `text` unless the file already holds exactly these bytes; true when written. */
async function writeIfChanged(path: string, text: string): Promise<boolean> {
  try {
    if ((await readFile(path, 'utf8')) === text) return false;
  } catch {
    // Not there yet.
  }
  await writeAtomic(path, text);
  return true;
}

// ---------------------------------------------------------------------------
// One feed

/** Reads a feed's text as the widgets would: the cleaned feed, or why it is no feed. */
function clean(result: Extract<FetchResult, { kind: 'body' }>): { feed: Feed; issues: number } | string {
  let json: unknown;
  try {
    json = JSON.parse(result.text.replace(/^\uFEFF/, ''));
  } catch {
    return result.html
      ? 'er kwam een webpagina (HTML) terug in plaats van een feed (een foutpagina?)'
      : 'dit is geen JSON, dus geen feed';
  }
  const parsed = parseFeed(json);
  if (!parsed.ok) {
    const programmes = (json as { programmes?: unknown } | null)?.programmes;
    const why =
      typeof json !== 'object' || json === null || Array.isArray(json)
        ? 'het is geen object'
        : programmes === undefined
          ? 'er staat geen lijst "programmes" in'
          : '"programmes" is geen lijst';
    return `dit is JSON, maar geen Taalwijzer-feed (${why})`;
  }
  const raw = (json as { programmes: unknown[] }).programmes.length;
  if (parsed.feed.programmes.length === 0 && raw > 0)
    return `geen van de ${raw} programma's is bruikbaar (zie taalwijzer validate)`;
  return { feed: parsed.feed, issues: parsed.issues.length };
}

async function readOne(feed: FeedLine, cacheDir: string, options: MergeOptions): Promise<Outcome> {
  const cached = await readCache(cacheDir, feed);
  const now = (options.now ?? (() => new Date()))().toISOString();
  const result = feed.url
    ? await fetchFeed(feed.url, {
        timeoutMs: options.timeoutMs,
        userAgent: `taalwijzer-merge/${options.version} (+https://www.npmjs.com/package/taalwijzer)`,
        ...(cached ? { validators: cached.validators } : {}),
      })
    : await readFeedFile(feed.path ?? feed.source);
  const fail = (reason: string): Outcome =>
    cached ? { status: 'stale', entry: cached, reason } : { status: 'failed', reason };
  const finalUrl = result.kind !== 'failed' ? result.finalUrl : undefined;
  const redirected = finalUrl ? { finalUrl } : {};

  if (result.kind === 'failed') return fail(result.reason);
  if (result.kind === 'not-modified') {
    if (!cached) return fail('de server zegt "niet gewijzigd", maar er is geen eerdere versie');
    const entry = { ...cached, fetched: now, validators: { ...cached.validators, ...result.validators } };
    await writeAtomic(cachePath(cacheDir, feed.id), JSON.stringify(entry));
    return { status: 'unchanged', entry, ...redirected };
  }
  const hash = sha1(result.text);
  if (cached && cached.hash === hash) {
    const entry = { ...cached, fetched: now, validators: result.validators };
    await writeAtomic(cachePath(cacheDir, feed.id), JSON.stringify(entry));
    return { status: 'unchanged', entry, ...redirected };
  }
  const cleaned = clean(result);
  if (typeof cleaned === 'string') return fail(cleaned);
  // Through JSON, so this run's shard is built from exactly what the next run reads back.
  const entry: CacheEntry = JSON.parse(
    JSON.stringify({
      source: feed.source,
      hash,
      fetched: now,
      issues: cleaned.issues,
      validators: result.validators,
      feed: cleaned.feed,
    }),
  );
  await writeAtomic(cachePath(cacheDir, feed.id), JSON.stringify(entry));
  return { status: 'ok', entry, ...redirected };
}

/** Runs `work` over `items`, at most `limit` at a time; results in the items' order. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function fallbackName(feed: FeedLine): string {
  if (feed.url) return new URL(feed.url).hostname.replace(/^www\./, '');
  return basename(feed.source).replace(/\.json$/i, '');
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function reportLine(feed: FeedLine, outcome: Outcome): string {
  const label = pad(LABEL[outcome.status]);
  if (outcome.status === 'failed')
    return `${label} ${feed.source}: ${outcome.reason}; er is nog geen eerdere versie, dus geen shard`;
  const { entry } = outcome;
  const counts = `${plural(entry.feed.programmes.length, 'programma', "programma's")}, ${plural(entry.issues, 'probleem', 'problemen')}`;
  if (outcome.status === 'stale')
    return `${label} ${feed.source}: ${outcome.reason}; de vorige versie (gelezen ${when(entry.fetched)} UTC, ${counts}) blijft staan`;
  const redirect = outcome.finalUrl ? `; doorgestuurd naar ${outcome.finalUrl}` : '';
  const check = entry.issues ? ` (zie taalwijzer validate ${feed.source})` : '';
  return `${label} ${feed.source}: ${counts}${check}${redirect}`;
}

// ---------------------------------------------------------------------------
// The whole region

/** Runs the merge; returns the exit status (0 a shard is usable, 1 none, 2 wrong usage). */
export async function merge(options: MergeOptions, io: Output): Promise<number> {
  let listText: string;
  try {
    listText = await readFile(options.list, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      `${options.list} kan niet worden gelezen: ${code === 'ENOENT' ? 'het bestand bestaat niet' : code === 'EISDIR' ? 'dit is een map' : (error as Error).message}.`,
    );
    return 2;
  }
  const { feeds, skipped } = readFeedList(listText, options.list);
  for (const line of skipped) io.out(line);
  if (feeds.length === 0) {
    io.out(`Geen feeds gevonden in ${options.list}: zet er één adres of bestand per regel in.`);
    return 1;
  }

  const shardDir = join(options.out, 'shards');
  const cacheDir = options.cache ?? join(options.out, '.cache');
  await mkdir(shardDir, { recursive: true });
  await mkdir(cacheDir, { recursive: true });

  const outcomes = await pool(feeds, options.concurrency ?? 5, (feed) => readOne(feed, cacheDir, options));
  feeds.forEach((feed, i) => io.out(reportLine(feed, outcomes[i])));

  const inputs: MergeInput[] = [];
  feeds.forEach((feed, i) => {
    const outcome = outcomes[i];
    if (outcome.status !== 'failed')
      inputs.push({ id: feed.id, feed: outcome.entry.feed, fallbackName: fallbackName(feed) });
  });
  const shards = new Map(buildShards(inputs).map((shard) => [shard.id, shard]));

  let written = 0;
  for (const shard of shards.values()) {
    if (await writeIfChanged(join(shardDir, `${shard.id}.json`), shard.text)) written += 1;
  }
  // A shard of a feed no longer listed (or never good) must not linger on the site.
  for (const file of await readdir(shardDir)) {
    if (file.endsWith('.json') && !shards.has(file.slice(0, -5))) await rm(join(shardDir, file));
  }

  const publishers: RegionPublisher[] = feeds.map((feed, i) => {
    const outcome = outcomes[i];
    const shard = shards.get(feed.id);
    const where = { feed: feed.source, shard: `shards/${feed.id}.json` };
    if (outcome.status === 'failed' || !shard)
      return {
        id: feed.id,
        name: fallbackName(feed),
        ...where,
        programmes: 0,
        places: [],
        status: 'failed' as const,
      };
    const { figures } = shard;
    return {
      id: feed.id,
      name: outcome.entry.feed.publisher?.name ?? fallbackName(feed),
      ...where,
      programmes: figures.programmes,
      places: figures.places,
      ...(figures.area ? { area: figures.area } : {}),
      online: figures.online,
      status: outcome.status === 'stale' ? ('stale' as const) : ('ok' as const),
      fetched: outcome.entry.fetched,
    };
  });
  const region: Region = {
    regionVersion: 1,
    name: options.name,
    updated: (options.now ?? (() => new Date()))().toISOString(),
    publishers,
    places: placeCentres(inputs.map((input) => input.feed)),
  };
  const regionPath = join(options.out, 'region.json');
  await writeAtomic(regionPath, `${JSON.stringify(region, null, 2)}\n`);

  const count = (status: Outcome['status']) => outcomes.filter((o) => o.status === status).length;
  const programmes = [...shards.values()].reduce((sum, s) => sum + s.figures.programmes, 0);
  const parts = (['ok', 'unchanged', 'stale', 'failed'] as const)
    .filter((status) => count(status) > 0)
    .map((status) => `${count(status)} ${LABEL[status]}`);
  io.out(
    `Samen: ${plural(feeds.length, 'feed', 'feeds')} (${parts.join(', ')}), ${plural(programmes, 'programma', "programma's")} in ${plural(shards.size, 'shard', 'shards')}; ${plural(written, 'shard', 'shards')} bijgewerkt. Geschreven: ${regionPath}`,
  );
  if (shards.size === 0) {
    io.out('Geen enkele feed is bruikbaar: de regio heeft nog geen aanbod.');
    return 1;
  }
  return 0;
}
