/**
 * What a finder's `src` can hold besides one feed (docs/reference/region.md):
 * - several feed URLs separated by whitespace: all are loaded and shown together;
 * - a region manifest: nothing more loads until a place is chosen; then only the
 *   shards that cover it within the radius load, and programmes further away than
 *   the radius are left out (online ones stay).
 * A feed or shard that fails is named in `failed`; the rest shows. Only when every
 * one fails does loading fail.
 */
import { FeedError, loadFeed, type LoadedFeed, type LoadFeedOptions } from './load.js';
import { resolveFeedUrl, sourceUrls } from './prefetch.js';
import { mergeFeeds, type MergedSources, type MergePart } from './merge-feeds.js';
import {
  findPlace,
  parseRegion,
  publishersNear,
  regionPlaces,
  type Region,
  type RegionPlace,
  type RegionPublisher,
} from './region.js';
import type { GeoPoint } from './geo.js';
import type { Feed, Text } from './schema.js';

/** Where the visitor wants to learn: a place of the region (by name), or a position ("near me"). */
export interface PlaceChoice {
  /** The place's name; undefined for "near me". */
  name?: string;
  /** Its position; looked up in the manifest when only the name is known. */
  lat?: number;
  lon?: number;
  radiusKm: number;
}

/** A place with its position known. */
export type ResolvedPlace = PlaceChoice & GeoPoint;

export interface LoadedSource extends LoadedFeed {
  /** Set when more than one feed or shard is shown together, or for a region. */
  sources?: MergedSources & {
    /** Feeds or shards that could not be loaded: their names (or URLs). */
    failed: { name: Text; url: string; error: FeedError }[];
  };
  /** A region manifest waiting for the visitor's place. */
  awaitingPlace?: boolean;
  /** The place shown, for a region. */
  place?: ResolvedPlace;
  /** The region manifest, read. */
  region?: Region;
  /** The places a visitor can choose in the region, by name. */
  places?: RegionPlace[];
  /** A place asked for (attribute, link) that the region does not have. */
  unknownPlace?: string;
  /** In-person programmes of the loaded shards left out as further than the radius. */
  outside?: number;
}

export interface PartOptions extends LoadFeedOptions {
  /**
   * Called with each of several feeds, or each shard of a region, as soon as it is read, while
   * the others are still on their way: a finder works out their meetings meanwhile. An error
   * it throws is ignored.
   */
  onPart?: (feed: Feed) => void;
}

export interface LoadSourceOptions extends PartOptions {
  place?: PlaceChoice | null;
}

/** loadFeed, handing the feed to `onPart` as soon as it is read. */
async function loadPart(url: string, options: PartOptions): Promise<LoadedFeed> {
  const { onPart, ...loadOptions } = options;
  const loaded = await loadFeed(url, loadOptions);
  if (onPart && !loaded.regionJson) {
    try {
      onPart(loaded.feed);
    } catch {
      /* only a head start: the feed is read in full again when it is shown */
    }
  }
  return loaded;
}

async function loadParts(
  entries: { id: string; url: string; name?: Text }[],
  options: PartOptions,
): Promise<{
  loaded: { part: MergePart; feed: LoadedFeed }[];
  failed: { name: Text; url: string; error: FeedError }[];
}> {
  const results = await Promise.allSettled(entries.map((entry) => loadPart(entry.url, options)));
  const loaded: { part: MergePart; feed: LoadedFeed }[] = [];
  const failed: { name: Text; url: string; error: FeedError }[] = [];
  results.forEach((result, i) => {
    const entry = entries[i]!;
    if (result.status === 'fulfilled' && !result.value.regionJson) {
      loaded.push({
        feed: result.value,
        part: {
          id: entry.id,
          feed: result.value.feed,
          issues: result.value.issues,
          name: entry.name ?? result.value.feed.publisher?.name,
        },
      });
      return;
    }
    if (result.status === 'rejected' && !(result.reason instanceof FeedError)) throw result.reason; // aborted
    const error =
      result.status === 'rejected'
        ? (result.reason as FeedError)
        : new FeedError('schema', 'A region manifest cannot be one of several feeds');
    failed.push({ name: entry.name ?? entry.url, url: entry.url, error });
  });
  return { loaded, failed };
}

function combine(
  url: string,
  loaded: { part: MergePart; feed: LoadedFeed }[],
  failed: { name: Text; url: string; error: FeedError }[],
  head?: Text,
): LoadedSource {
  if (!loaded.length) throw failed[0]?.error ?? new FeedError('schema', 'There is no feed to show');
  const merged = mergeFeeds(
    loaded.map((l) => l.part),
    head ? { name: head } : undefined,
  );
  const skipped = { organisations: 0, locations: 0, programmes: 0, volunteerRoles: 0, goals: 0 };
  for (const { feed } of loaded)
    for (const key of Object.keys(skipped) as (keyof typeof skipped)[]) skipped[key] += feed.skipped[key];
  const stale = loaded.filter((l) => l.feed.stale);
  return {
    url,
    feed: merged.feed,
    issues: merged.issues,
    skipped,
    stale: stale.length > 0,
    fetchedAt: new Date(Math.min(...loaded.map((l) => l.feed.fetchedAt.getTime()))),
    ...(stale[0]?.feed.error ? { error: stale[0].feed.error } : {}),
    sources: { ...merged.sources, failed },
  };
}

/** A region manifest as loaded, and read. */
type Manifest = LoadedFeed & { region: Region; places: RegionPlace[] };

/** Reads the manifest in a loaded `src`; throws FeedError('schema') when it is not usable. */
function readManifest(loaded: LoadedFeed): Manifest {
  const result = parseRegion(loaded.regionJson);
  if (!result.ok) throw new FeedError('schema', result.message);
  const feed: Feed = { ...loaded.feed, publisher: { name: result.region.name } };
  return { ...loaded, feed, region: result.region, places: regionPlaces(result.region) };
}

/** The shards of `region` near `place`, loaded and merged. */
/**
 * A region's shards keep no copy in localStorage: many shards would not fit its quota (about
 * 5 MB), and trying costs time. The manifest keeps its copy; a shard that fails is named.
 */
const SHARD_OPTIONS = { storage: null } as const;

async function loadRegionPlace(
  manifest: Manifest,
  place: ResolvedPlace,
  options: PartOptions,
): Promise<LoadedSource> {
  const near: RegionPublisher[] = publishersNear(manifest.region, place, place.radiusKm, place.name);
  const base = manifest.url;
  if (!near.length)
    return {
      ...manifest,
      place,
      outside: 0,
      sources: { feeds: 0, publishers: [], publisherOf: new Map(), failed: [] },
    };
  const { loaded, failed } = await loadParts(
    near.map((publisher) => ({
      id: publisher.id,
      url: resolveFeedUrl(publisher.shard, base),
      name: publisher.name,
    })),
    // Programmes further than the radius are left out as each shard is read, unchecked.
    {
      ...options,
      ...SHARD_OPTIONS,
      near: { point: { lat: place.lat, lon: place.lon }, radiusKm: place.radiusKm },
    },
  );
  const source = combine(base, loaded, failed, manifest.region.name);
  const outside = loaded.reduce((sum, l) => sum + (l.feed.outside ?? 0), 0);
  return { ...source, place, outside, region: manifest.region, places: manifest.places };
}

/**
 * Loads a finder's `src`: one feed (as loadFeed), several feeds, or a region
 * manifest with the shards near `options.place`.
 */
export async function loadSource(src: string, options: LoadSourceOptions = {}): Promise<LoadedSource> {
  const urls = sourceUrls(src);
  if (urls.length > 1) {
    const { loaded, failed } = await loadParts(
      urls.map((url) => ({ id: resolveFeedUrl(url, options.baseUrl), url })),
      options,
    );
    return combine(resolveFeedUrl(urls[0]!, options.baseUrl), loaded, failed);
  }
  const single = await loadFeed(urls[0] ?? src, options);
  if (!single.regionJson) return single;
  return regionSource(single, options.place, options);
}

/** A loaded region manifest: waiting for a place, or the shards near it. */
export async function regionSource(
  loaded: LoadedFeed,
  place: PlaceChoice | null | undefined,
  options: PartOptions = {},
): Promise<LoadedSource> {
  const manifest = readManifest(loaded);
  if (!place) return Promise.resolve({ ...manifest, awaitingPlace: true });
  if (place.lat !== undefined && place.lon !== undefined)
    return loadRegionPlace(manifest, { ...place, lat: place.lat, lon: place.lon }, options);
  const known = place.name ? findPlace(manifest.places, place.name) : undefined;
  if (!known) return Promise.resolve({ ...manifest, awaitingPlace: true, unknownPlace: place.name });
  return loadRegionPlace(manifest, { ...place, name: known.name, lat: known.lat, lon: known.lon }, options);
}

/** Every shard of a region, loaded and shown together (the offer overview of a whole region). */
export async function wholeRegion(loaded: LoadedFeed, options: PartOptions = {}): Promise<LoadedSource> {
  const manifest = readManifest(loaded);
  const publishers = manifest.region.publishers.filter((publisher) => publisher.status !== 'failed');
  const { loaded: shards, failed } = await loadParts(
    publishers.map((publisher) => ({
      id: publisher.id,
      url: resolveFeedUrl(publisher.shard, manifest.url),
      name: publisher.name,
    })),
    { ...options, ...SHARD_OPTIONS },
  );
  return {
    ...combine(manifest.url, shards, failed, manifest.region.name),
    region: manifest.region,
    places: manifest.places,
  };
}
