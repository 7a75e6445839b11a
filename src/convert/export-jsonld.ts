/**
 * `taalwijzer export --jsonld`: the feed as schema.org JSON-LD, for a library website
 * to put in a `<script type="application/ld+json">` so search engines understand its
 * offer.
 *
 * - courses, coaching, reading at home and self-study are a `Course`, with one
 *   `CourseInstance` for the run ahead: `courseMode`, `inLanguage`, the `location`
 *   (a `Place` with `PostalAddress` and `geo`), `offers`, `eventStatus`, capacity,
 *   `courseSchedule` for a weekly rule, and its dated sessions as `subEvent`s;
 * - language cafés, drop-ins and workshops are an `Event`, likewise;
 * - every location is a `Place`, every organisation (and the publisher) an
 *   `Organization` (or `Library`, `GovernmentOrganization`, `EducationalOrganization`).
 *
 * Ids are fragment references (`#programma-taalcafe`), which resolve against the
 * page the JSON-LD is embedded in. Programmes whose dates are all past are left out;
 * one whose sessions ahead are all cancelled stays, as `EventCancelled`, so search
 * engines drop it from their listings.
 */
import type { Feed, Location, Organisation, Programme, Text } from '../feed/schema.js';
import { isEnded, occurrences, parseFeedDateTime, type Occurrence } from '../feed/schedule.js';
import { pickText } from '../feed/text.js';
import { isoWithOffset } from './time.js';

type Node = Record<string, unknown>;

export interface JsonLdOptions {
  /** Language of names and descriptions (default `nl`; falls back like the widgets). */
  locale: string;
  /** Sessions before this are left out; programmes with only past dates too. */
  now: Date;
  /** How far ahead dated sessions and the next weekly meeting are looked for (default 365). */
  horizonDays?: number;
}

export interface JsonLdResult {
  jsonld: { '@context': 'https://schema.org'; '@graph': Node[] };
  /** Ids of programmes left out because all their dates are past. */
  ended: string[];
}

const SCHEMA = 'https://schema.org/';
const DAY_MS = 86_400_000;
const DAY_NAMES: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const EVENT_KINDS = new Set(['language-cafe', 'drop-in', 'workshop']);
const ORGANISATION_TYPES: Record<string, string> = {
  library: 'Library',
  municipality: 'GovernmentOrganization',
  'language-school': 'EducationalOrganization',
};
const COURSE_MODE = { 'in-person': 'onsite', online: 'online', hybrid: 'blended' } as const;
const ATTENDANCE_MODE = {
  'in-person': `${SCHEMA}OfflineEventAttendanceMode`,
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  hybrid: `${SCHEMA}MixedEventAttendanceMode`,
} as const;

const organisationId = (id: string) => `#organisatie-${id}`;
const locationId = (id: string) => `#locatie-${id}`;
const PUBLISHER_ID = '#uitgever';

/** Leaves out undefined values and empty lists, so the output stays readable. */
function compact(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

const one = <T>(list: T[]): T | T[] | undefined =>
  list.length === 0 ? undefined : list.length === 1 ? list[0] : list;

export function feedToJsonLd(feed: Feed, options: JsonLdOptions): JsonLdResult {
  const { locale, now } = options;
  const horizon = new Date(now.getTime() + (options.horizonDays ?? 365) * DAY_MS);
  const text = (value: Text | undefined) => pickText(value, locale)?.text.trim();
  const safeWeb = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

  const place = (location: Location): Node =>
    compact({
      '@type': 'Place',
      '@id': locationId(location.id),
      name: text(location.name),
      address: location.address
        ? compact({
            '@type': 'PostalAddress',
            streetAddress: location.address.street,
            postalCode: location.address.postalCode,
            addressLocality: location.address.city,
            addressCountry: 'NL',
          })
        : undefined,
      geo: location.geo
        ? { '@type': 'GeoCoordinates', latitude: location.geo.lat, longitude: location.geo.lon }
        : undefined,
      description: text(location.accessibility),
      url: safeWeb(location.url),
    });

  const organisation = (org: Organisation): Node =>
    compact({
      '@type': ORGANISATION_TYPES[org.kind ?? ''] ?? 'Organization',
      '@id': organisationId(org.id),
      name: text(org.name),
      url: safeWeb(org.url),
      email: org.email,
      telephone: org.phone,
    });

  const graph: Node[] = [];
  const ended: string[] = [];
  if (feed.publisher) {
    graph.push(
      compact({
        '@type': 'Organization',
        '@id': PUBLISHER_ID,
        name: text(feed.publisher.name),
        url: safeWeb(feed.publisher.url),
        email: feed.publisher.email,
        telephone: feed.publisher.phone,
      }),
    );
  }
  graph.push(...feed.organisations.map(organisation), ...feed.locations.map(place));

  const locationsById = new Map(feed.locations.map((l) => [l.id, l]));
  for (const programme of feed.programmes) {
    const ahead = occurrences(programme.schedule, {
      from: now,
      to: horizon,
      limit: (programme.schedule?.sessions?.length ?? 0) + 400,
    });
    // Past programmes go; one whose sessions ahead are all cancelled stays, marked so.
    if (isEnded(programme.schedule, now) && ahead.length === 0) {
      ended.push(programme.id);
      continue;
    }
    graph.push(programmeNode(programme, ahead));
  }
  return { jsonld: { '@context': 'https://schema.org', '@graph': graph }, ended };

  function programmeNode(programme: Programme, ahead: Occurrence[]): Node {
    const isEvent = EVENT_KINDS.has(programme.kind);
    const places = (programme.locationIds ?? []).map((id) => locationsById.get(id)).filter((l) => !!l);
    const signUp = safeWeb(programme.registration?.url);
    const virtual =
      programme.format !== 'in-person'
        ? compact({ '@type': 'VirtualLocation', url: signUp ?? safeWeb(feed.publisher?.url) })
        : undefined;
    const location = one([...places.map(place), ...(virtual ? [virtual] : [])]);
    const languages = programme.instructionLanguages?.length ? programme.instructionLanguages : ['nl'];
    const description = text(programme.description) ?? text(programme.summary);
    const provider = {
      '@id': programme.organisationId ? organisationId(programme.organisationId) : PUBLISHER_ID,
    };
    const capacity = programme.capacity;
    const offers = compact({
      '@type': 'Offer',
      price: programme.cost.free ? 0 : programme.cost.amount,
      priceCurrency: programme.cost.free || programme.cost.amount !== undefined ? 'EUR' : undefined,
      description: text(programme.cost.note),
      url: signUp,
      availability:
        capacity?.remaining === 0
          ? `${SCHEMA}${capacity.waitingList ? 'LimitedAvailability' : 'SoldOut'}`
          : `${SCHEMA}InStock`,
    });

    const active = ahead.filter((occ) => occ.status !== 'cancelled');
    // Dated sessions, and weekly meetings a dated session cancelled or moved; not every plain weekly meeting.
    const dated = ahead.filter(
      (occ) => occ.source === 'session' || occ.status === 'cancelled' || occ.locationId !== undefined,
    );
    const weekly = programme.schedule?.weekly;
    const schedule = weekly
      ? compact({
          '@type': 'Schedule',
          repeatFrequency: 'P1W',
          byDay: weekly.days.map((day) => `${SCHEMA}${DAY_NAMES[day]}`),
          startTime: weekly.start,
          endTime: weekly.end,
          startDate: weekly.from,
          endDate: weekly.until,
          scheduleTimezone: 'Europe/Amsterdam',
          exceptDate: (programme.schedule?.sessions ?? [])
            .filter((s) => s.status === 'cancelled')
            .map((s) => isoWithOffset(parseFeedDateTime(s.start)))
            .filter((s) => parseFeedDateTime(s) >= now),
        })
      : undefined;
    const allCancelled = ahead.length > 0 && active.length === 0;
    const first = active[0] ?? ahead[0];
    const last = [...active].reverse()[0];
    const subEvents = dated.map((occ) =>
      compact({
        '@type': 'Event',
        name: text(programme.title),
        startDate: isoWithOffset(occ.start),
        endDate: occ.end ? isoWithOffset(occ.end) : undefined,
        eventStatus: `${SCHEMA}${occ.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
        // Only where it differs from the run's own place; the place itself is in the graph.
        location:
          occ.locationId && occ.locationId !== places[0]?.id && locationsById.has(occ.locationId)
            ? { '@id': locationId(occ.locationId) }
            : undefined,
      }),
    );
    const run = compact({
      name: text(programme.title),
      startDate: first ? isoWithOffset(first.start) : undefined,
      endDate: weekly ? undefined : last?.end ? isoWithOffset(last.end) : undefined,
      eventStatus: first ? `${SCHEMA}${allCancelled ? 'EventCancelled' : 'EventScheduled'}` : undefined,
      location,
      inLanguage: one(languages),
      offers,
      maximumAttendeeCapacity: capacity?.places,
      remainingAttendeeCapacity: capacity?.remaining,
      subEvent: subEvents.length > 1 || weekly ? subEvents : undefined,
    });

    const shared = {
      '@id': `#programma-${programme.id}`,
      name: text(programme.title),
      description,
      isAccessibleForFree: programme.cost.free,
      audience: programme.audience
        ? { '@type': 'Audience', audienceType: text(programme.audience) }
        : undefined,
      url: signUp,
    };
    if (isEvent) {
      return compact({
        '@type': 'Event',
        ...shared,
        ...run,
        organizer: provider,
        eventAttendanceMode: ATTENDANCE_MODE[programme.format],
        eventSchedule: schedule,
      });
    }
    return compact({
      '@type': 'Course',
      ...shared,
      provider,
      educationalLevel: level(programme),
      inLanguage: one(languages),
      offers,
      hasCourseInstance: compact({
        '@type': 'CourseInstance',
        ...run,
        courseMode: COURSE_MODE[programme.format],
        courseSchedule: schedule,
      }),
    });
  }
}

function level(programme: Programme): string | undefined {
  const { min, max } = programme.level ?? {};
  if (!min && !max) return undefined;
  if (min && max) return min === max ? `CEFR ${min}` : `CEFR ${min}-${max}`;
  return min ? `CEFR ${min} and up` : `CEFR up to ${max}`;
}
