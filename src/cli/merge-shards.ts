/**
 * From the cleaned feeds of a region to its shards and the manifest's figures, for
 * `taalwijzer merge` (merge.ts; docs/reference/region.md). Pure and deterministic: the
 * same feeds in the same order give the same bytes.
 *
 * Ids: every organisation, location, programme and volunteer role id gets the prefix
 * `<publisherId>:` (and every reference to it the same), so shards shown together never
 * clash. A location that two or more feeds publish (same `locationKey()`) gets one shared
 * id, `gedeeld:<slug>`, in each of them, so a finder that merges shards shows it once.
 * Goal ids are left alone: they refer to the shared goal catalogue.
 */
import { createHash } from 'node:crypto';
import { locationKey, placeKey, type RegionArea, type RegionPlace } from '../feed/region.js';
import { distanceKm, type GeoPoint } from '../feed/geo.js';
import type { Feed, Location, Publisher } from '../feed/schema.js';

export const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The longest id a feed may carry (schema.ts). */
const MAX_ID = 200;

/** A feed that made it into the region: its id and cleaned content. */
export interface MergeInput {
  id: string;
  feed: Feed;
  /** Shown when the feed's own publisher is missing or invalid. */
  fallbackName: string;
}

export interface ShardFigures {
  programmes: number;
  places: string[];
  area?: RegionArea;
  online: number;
}

export interface BuiltShard {
  id: string;
  /** The shard as written: a feed v1, serialised deterministically. */
  text: string;
  figures: ShardFigures;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function prefixed(publisherId: string, id: string): string {
  const full = `${publisherId}:${id}`;
  return full.length <= MAX_ID ? full : `${publisherId}:${sha1(id).slice(0, 16)}`;
}

/** `gedeeld:<slug>` for every location key that two or more feeds share. */
export function sharedLocationIds(inputs: readonly MergeInput[]): Map<string, string> {
  const publishersByKey = new Map<string, Set<string>>();
  for (const { id, feed } of inputs) {
    for (const location of feed.locations) {
      const key = locationKey(location);
      if (key === undefined) continue;
      const set = publishersByKey.get(key) ?? new Set<string>();
      set.add(id);
      publishersByKey.set(key, set);
    }
  }
  const shared = [...publishersByKey].filter(([, ids]) => ids.size > 1).map(([key]) => key);
  shared.sort();
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const key of shared) {
    const slug =
      key
        .slice(2)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 120) || 'locatie';
    let id = `gedeeld:${slug}`;
    if (used.has(id)) id = `${id}-${sha1(key).slice(0, 6)}`;
    used.add(id);
    ids.set(key, id);
  }
  return ids;
}

/** The feed of one publisher with its ids made unique across the region. */
export function shardFeed(input: MergeInput, shared: ReadonlyMap<string, string>): Feed {
  const { id: pid, feed } = input;
  const organisationIds = new Map(feed.organisations.map((o) => [o.id, prefixed(pid, o.id)]));
  const locationIds = new Map<string, string>();
  const taken = new Set<string>();
  for (const location of feed.locations) {
    const key = locationKey(location);
    const sharedId = key === undefined ? undefined : shared.get(key);
    // Two locations of one feed with the same key: only the first takes the shared id.
    if (sharedId && !taken.has(sharedId)) {
      taken.add(sharedId);
      locationIds.set(location.id, sharedId);
    } else locationIds.set(location.id, prefixed(pid, location.id));
  }
  const mapLocations = (ids: string[] | undefined) =>
    ids?.map((id) => locationIds.get(id) ?? prefixed(pid, id));
  const publisher: Publisher = feed.publisher ?? { name: input.fallbackName };
  return {
    feedVersion: 1,
    publisher,
    ...(feed.updated ? { updated: feed.updated } : {}),
    organisations: feed.organisations.map((o) => ({ ...o, id: organisationIds.get(o.id) ?? o.id })),
    locations: feed.locations.map((l) => ({ ...l, id: locationIds.get(l.id) ?? l.id })),
    programmes: feed.programmes.map((p) => {
      const copy = { ...p, id: prefixed(pid, p.id) };
      if (p.organisationId) copy.organisationId = organisationIds.get(p.organisationId) ?? p.organisationId;
      if (p.locationIds) copy.locationIds = mapLocations(p.locationIds);
      if (p.schedule?.sessions)
        copy.schedule = {
          ...p.schedule,
          sessions: p.schedule.sessions.map((s) =>
            s.locationId ? { ...s, locationId: locationIds.get(s.locationId) ?? s.locationId } : s,
          ),
        };
      return copy;
    }),
    volunteerRoles: feed.volunteerRoles.map((r) => ({
      ...r,
      id: prefixed(pid, r.id),
      ...(r.locationIds ? { locationIds: mapLocations(r.locationIds) } : {}),
    })),
    goals: feed.goals,
  };
}

const cityOf = (location: Location) => location.address?.city?.trim() || undefined;

function mean(points: readonly GeoPoint[]): GeoPoint {
  const lat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
  const lon = points.reduce((sum, p) => sum + p.lon, 0) / points.length;
  return { lat: round(lat, 5), lon: round(lon, 5) };
}

/** Programmes, places, area and online count of one publisher's feed. */
export function shardFigures(feed: Feed): ShardFigures {
  const places = new Map<string, string>();
  for (const location of feed.locations) {
    const city = cityOf(location);
    if (city && !places.has(placeKey(city))) places.set(placeKey(city), city);
  }
  const byId = new Map(feed.locations.map((l) => [l.id, l]));
  const located = new Map<string, GeoPoint>();
  for (const programme of feed.programmes) {
    const ids = [
      ...(programme.locationIds ?? []),
      ...(programme.schedule?.sessions ?? []).flatMap((s) => (s.locationId ? [s.locationId] : [])),
    ];
    for (const id of ids) {
      const geo = byId.get(id)?.geo;
      if (geo) located.set(id, geo);
    }
  }
  let area: RegionArea | undefined;
  if (located.size) {
    const points = [...located.values()];
    const centre = mean(points);
    const far = Math.max(...points.map((p) => distanceKm(centre, p)));
    area = { ...centre, radiusKm: Math.ceil(round(far * 10, 6)) / 10 };
  }
  return {
    programmes: feed.programmes.length,
    places: [...places.values()].sort((a, b) => a.localeCompare(b, 'nl')),
    ...(area ? { area } : {}),
    online: feed.programmes.filter((p) => p.format === 'online').length,
  };
}

/** Each city's centre: the mean position of every located location in it, across all feeds. */
export function placeCentres(feeds: readonly Feed[]): RegionPlace[] {
  const cities = new Map<string, { name: string; points: Map<string, GeoPoint> }>();
  feeds.forEach((feed, f) => {
    feed.locations.forEach((location, l) => {
      const city = cityOf(location);
      if (!city || !location.geo) return;
      const entry = cities.get(placeKey(city)) ?? { name: city, points: new Map() };
      // The same location in two feeds counts once.
      entry.points.set(locationKey(location) ?? `${f}/${l}`, location.geo);
      cities.set(placeKey(city), entry);
    });
  });
  return [...cities.values()]
    .map(({ name, points }) => ({ name, ...mean([...points.values()]) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Every shard of the region, in the order of the inputs. */
export function buildShards(inputs: readonly MergeInput[]): BuiltShard[] {
  const shared = sharedLocationIds(inputs);
  return inputs.map((input) => ({
    id: input.id,
    text: `${JSON.stringify(shardFeed(input, shared))}\n`,
    figures: shardFigures(input.feed),
  }));
}
