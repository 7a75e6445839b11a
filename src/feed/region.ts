/**
 * Regions: many Taalhuis feeds, one finder (docs/reference/region.md).
 *
 * A region manifest (`region.json`, written by `taalwijzer merge`) lists the
 * publishers of a region, each with a cleaned shard (a feed v1 of its own), the
 * places it serves and the area its located programmes cover. A finder reads the
 * manifest, asks the visitor for a place, and loads only the shards near it.
 *
 * DOM-free: used by the finder, the offer overview and the CLI.
 */
import * as z from 'zod/mini';
import { TextSchema, type Text } from './schema.js';
import { distanceKm, type GeoPoint } from './geo.js';

export const PUBLISHER_STATUSES = ['ok', 'stale', 'failed'] as const;
export type PublisherStatus = (typeof PUBLISHER_STATUSES)[number];

const coordinate = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

export const RegionAreaSchema = z.object({
  lat: coordinate(-90, 90),
  lon: coordinate(-180, 180),
  radiusKm: z.number().check(z.gte(0)),
});
export type RegionArea = z.infer<typeof RegionAreaSchema>;

export const RegionPublisherSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: TextSchema,
  feed: z.string(),
  shard: z.string(),
  programmes: z.number().check(z.gte(0)),
  places: z.array(z.string()),
  area: z.optional(RegionAreaSchema),
  online: z.optional(z.number().check(z.gte(0))),
  status: z.enum(PUBLISHER_STATUSES),
  fetched: z.optional(z.string()),
});
export type RegionPublisher = z.infer<typeof RegionPublisherSchema>;

/**
 * A place a visitor can choose, with the centre of the located programmes in it.
 * An addition to the shared contract (README, "Differences"): the contract's
 * manifest names places per publisher but gives them no position.
 */
export const RegionPlaceSchema = z.object({
  name: z.string().check(z.minLength(1)),
  lat: coordinate(-90, 90),
  lon: coordinate(-180, 180),
});
export type RegionPlace = z.infer<typeof RegionPlaceSchema>;

const RegionHeadSchema = z.object({ regionVersion: z.literal(1), name: TextSchema, updated: z.string() });

export const RegionSchema = z.object({
  regionVersion: z.literal(1),
  name: TextSchema,
  updated: z.string(),
  publishers: z.array(RegionPublisherSchema),
  places: z.optional(z.array(RegionPlaceSchema)),
});
export interface Region {
  regionVersion: 1;
  name: Text;
  updated: string;
  publishers: RegionPublisher[];
  places?: RegionPlace[];
}

/** True when `json` looks like a region manifest rather than a feed. */
export function isRegionJson(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'regionVersion' in json;
}

export type ParseRegionResult = { ok: true; region: Region } | { ok: false; message: string };

/**
 * Reads a region manifest. Publishers that are not valid are left out (the rest is
 * usable); a manifest without a valid name, version or publisher list is not.
 */
export function parseRegion(json: unknown): ParseRegionResult {
  if (!isRegionJson(json)) return { ok: false, message: 'This is not a region manifest (no regionVersion)' };
  const head = z.safeParse(RegionHeadSchema, json);
  if (!head.success)
    return { ok: false, message: 'The region manifest has no valid regionVersion, name or updated' };
  const raw = (json as { publishers?: unknown; places?: unknown }).publishers;
  if (!Array.isArray(raw)) return { ok: false, message: 'The region manifest has no list of publishers' };
  const publishers: RegionPublisher[] = [];
  for (const item of raw) {
    const parsed = z.safeParse(RegionPublisherSchema, item);
    if (parsed.success) publishers.push(parsed.data);
  }
  const places: RegionPlace[] = [];
  const rawPlaces = (json as { places?: unknown }).places;
  if (Array.isArray(rawPlaces)) {
    for (const item of rawPlaces) {
      const parsed = z.safeParse(RegionPlaceSchema, item);
      if (parsed.success) places.push(parsed.data);
    }
  }
  return { ok: true, region: { ...head.data, regionVersion: 1, publishers, places } };
}

/**
 * A place name folded for matching: case, accents, apostrophes, hyphens and spaces
 * do not count, so "den haag", "Den-Haag" and "'s-Hertogenbosch"/"s hertogenbosch" match.
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’`´\-.]/g, '');
}

/**
 * The places a visitor can choose, sorted by name: those with a position in the
 * manifest, else each publisher's places placed at the centre of its area.
 */
export function regionPlaces(region: Region): RegionPlace[] {
  const byKey = new Map<string, RegionPlace>();
  for (const place of region.places ?? []) byKey.set(placeKey(place.name), place);
  for (const publisher of region.publishers) {
    if (!publisher.area) continue;
    for (const name of publisher.places) {
      const key = placeKey(name);
      if (!byKey.has(key)) byKey.set(key, { name, lat: publisher.area.lat, lon: publisher.area.lon });
    }
  }
  const collator = new Intl.Collator('nl');
  return [...byKey.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** The place called `name` (folded, see placeKey), if the region has it. */
export function findPlace(places: readonly RegionPlace[], name: string): RegionPlace | undefined {
  const key = placeKey(name);
  if (!key) return undefined;
  return places.find((place) => placeKey(place.name) === key);
}

/** Places whose name starts with (then contains) what was typed; at most `limit`. */
export function suggestPlaces(places: readonly RegionPlace[], typed: string, limit = 8): RegionPlace[] {
  const key = placeKey(typed);
  if (!key) return [];
  const starts = places.filter((place) => placeKey(place.name).startsWith(key));
  const contains = places.filter(
    (place) => !placeKey(place.name).startsWith(key) && placeKey(place.name).includes(key),
  );
  return [...starts, ...contains].slice(0, limit);
}

/** The place nearest to a point (to name "near me"), with its distance. */
export function nearestPlace(
  places: readonly RegionPlace[],
  point: GeoPoint,
): { place: RegionPlace; km: number } | undefined {
  let best: { place: RegionPlace; km: number } | undefined;
  for (const place of places) {
    const km = distanceKm(point, place);
    if (!best || km < best.km) best = { place, km };
  }
  return best;
}

/**
 * The publishers whose shards may hold programmes within `radiusKm` of `point`:
 * its area reaches into the circle, or it names the chosen place. Failed
 * publishers (no shard) are left out; the order is nearest first.
 */
export function publishersNear(
  region: Region,
  point: GeoPoint,
  radiusKm: number,
  placeName?: string,
): RegionPublisher[] {
  const key = placeName ? placeKey(placeName) : undefined;
  const near: { publisher: RegionPublisher; km: number }[] = [];
  for (const publisher of region.publishers) {
    if (publisher.status === 'failed') continue;
    const named = key !== undefined && publisher.places.some((name) => placeKey(name) === key);
    const km = publisher.area ? distanceKm(point, publisher.area) : Infinity;
    if (named || (publisher.area && km - publisher.area.radiusKm <= radiusKm))
      near.push({ publisher, km: named ? Math.min(km, 0) : km });
  }
  return near
    .sort((a, b) => a.km - b.km || a.publisher.id.localeCompare(b.publisher.id))
    .map((n) => n.publisher);
}

/** The publisher id `merge` gives a feed URL or path: readable, stable, unique. */
export function publisherIdFor(feed: string, hash: (text: string) => string): string {
  let readable: string;
  try {
    const url = new URL(feed);
    readable = url.hostname.replace(/^www\./, '') + url.pathname.replace(/\.json$/i, '');
  } catch {
    readable = feed.replace(/\.json$/i, '');
  }
  const slug = readable
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(-40)
    .replace(/^-+/, '');
  return `${slug || 'feed'}-${hash(feed).slice(0, 6)}`;
}

/**
 * What makes two feeds' locations the same place: postcode and street (folded),
 * else the name with its position to about 25 m. Undefined when a location says
 * too little to tell.
 */
export function locationKey(location: {
  name: Text;
  address?: { street?: string; postalCode?: string; city?: string };
  geo?: { lat: number; lon: number };
}): string | undefined {
  const postcode = location.address?.postalCode?.replace(/\s+/g, '').toUpperCase();
  const street = location.address?.street ? placeKey(location.address.street) : '';
  if (postcode && street) return `a:${postcode}:${street}`;
  if (location.geo) {
    const name =
      typeof location.name === 'string'
        ? location.name
        : (location.name.nl ?? Object.values(location.name)[0] ?? '');
    return `g:${location.geo.lat.toFixed(4)}:${location.geo.lon.toFixed(4)}:${placeKey(name)}`;
  }
  return undefined;
}
