/**
 * Several feeds shown as one: the shards of a region near a place, or the few feed
 * URLs of a municipality with two or three providers (docs/reference/region.md).
 *
 * - every programme keeps the publisher it came from (`MergedSources.publisherOf`),
 *   and one without an organisation gets its publisher as organisation, so cards and
 *   the organisation filter say which Taalhuis offers it;
 * - the same location in two feeds (see `locationKey`) is one location;
 * - ids stay unique: an id already taken by an earlier feed gets `~2`, `~3`...
 *   (shards from `taalwijzer merge` are unique already and keep theirs);
 * - goals are the same catalogue everywhere: the first feed's goal of an id wins.
 *
 * Pure and DOM-free.
 */
import { locationKey } from './region.js';
import type { MergedPublisher, MergedSources } from './merged-sources.js';

export { publisherOf, type MergedPublisher, type MergedSources } from './merged-sources.js';
import type {
  Feed,
  FeedIssue,
  Location,
  Organisation,
  Programme,
  Publisher,
  Text,
  VolunteerRole,
} from './schema.js';

/** One feed to merge, with the name it is shown under. */
export interface MergePart {
  /** Stable key (a region's publisher id, or the feed URL). */
  id: string;
  feed: Feed;
  issues: readonly FeedIssue[];
  /** The name to show; default: the feed's publisher name. */
  name?: Text;
}

export interface MergeResult {
  feed: Feed;
  issues: FeedIssue[];
  sources: MergedSources;
}

function uniqueId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}~${n}`)) n += 1;
  return `${id}~${n}`;
}

const FALLBACK_NAME: Text = 'Taalhuis';

/** Merges feeds; `head` becomes the merged feed's publisher (a region's name). */
export function mergeFeeds(parts: readonly MergePart[], head?: Publisher): MergeResult {
  const organisations: Organisation[] = [];
  const locations: Location[] = [];
  const programmes: Programme[] = [];
  const volunteerRoles: VolunteerRole[] = [];
  const goals: Feed['goals'] = [];
  const issues: FeedIssue[] = [];
  const publishers: MergedPublisher[] = [];
  const publisherOf = new Map<string, number>();
  const taken = {
    organisation: new Set<string>(),
    location: new Set<string>(),
    programme: new Set<string>(),
    role: new Set<string>(),
    goal: new Set<string>(),
  };
  const locationByKey = new Map<string, string>();
  let updated: string | undefined;

  parts.forEach((part, position) => {
    const { feed } = part;
    const name = part.name ?? feed.publisher?.name ?? FALLBACK_NAME;
    publishers.push({ id: part.id, name, ...(feed.publisher ? { publisher: feed.publisher } : {}) });
    for (const issue of part.issues)
      issues.push({
        path: parts.length > 1 ? `${part.id}: ${issue.path}` : issue.path,
        message: issue.message,
      });
    if (feed.updated && (!updated || feed.updated > updated)) updated = feed.updated;

    const orgIds = new Map<string, string>();
    for (const organisation of feed.organisations) {
      const id = uniqueId(organisation.id, taken.organisation);
      taken.organisation.add(id);
      orgIds.set(organisation.id, id);
      organisations.push(id === organisation.id ? organisation : { ...organisation, id });
    }
    const locIds = new Map<string, string>();
    for (const location of feed.locations) {
      const key = locationKey(location);
      const same = key === undefined ? undefined : locationByKey.get(key);
      if (same) {
        locIds.set(location.id, same);
        continue;
      }
      const id = uniqueId(location.id, taken.location);
      taken.location.add(id);
      locIds.set(location.id, id);
      if (key !== undefined) locationByKey.set(key, id);
      locations.push(id === location.id ? location : { ...location, id });
    }
    const movedLocation = (id: string) => (locIds.get(id) ?? id) !== id;
    const mapLocations = (ids: string[] | undefined) =>
      ids && [...new Set(ids.map((id) => locIds.get(id) ?? id))];

    // Programmes without an organisation are offered by the publisher itself.
    let ownOrganisation: string | undefined;
    const publisherOrganisation = () => {
      if (ownOrganisation) return ownOrganisation;
      ownOrganisation = uniqueId(`${part.id}:publisher`, taken.organisation);
      taken.organisation.add(ownOrganisation);
      organisations.push({
        id: ownOrganisation,
        name,
        kind: 'language-house',
        ...(feed.publisher?.url ? { url: feed.publisher.url } : {}),
        ...(feed.publisher?.email ? { email: feed.publisher.email } : {}),
        ...(feed.publisher?.phone ? { phone: feed.publisher.phone } : {}),
      });
      return ownOrganisation;
    };

    for (const programme of feed.programmes) {
      const id = uniqueId(programme.id, taken.programme);
      taken.programme.add(id);
      publisherOf.set(id, position);
      const sessions = programme.schedule?.sessions;
      programmes.push({
        ...programme,
        id,
        organisationId:
          programme.organisationId !== undefined
            ? (orgIds.get(programme.organisationId) ?? programme.organisationId)
            : publisherOrganisation(),
        ...(programme.locationIds ? { locationIds: mapLocations(programme.locationIds) } : {}),
        // The schedule itself when no session's place changes: the finder may have worked out its
        // meetings already, as the shard arrived (see prepareScheduleFacts).
        ...(programme.schedule && sessions?.some((s) => s.locationId && movedLocation(s.locationId))
          ? {
              schedule: {
                ...programme.schedule,
                sessions: sessions.map((session) =>
                  session.locationId
                    ? { ...session, locationId: locIds.get(session.locationId) ?? session.locationId }
                    : session,
                ),
              },
            }
          : {}),
      });
    }
    for (const role of feed.volunteerRoles) {
      const id = uniqueId(role.id, taken.role);
      taken.role.add(id);
      volunteerRoles.push({
        ...role,
        id,
        ...(role.locationIds ? { locationIds: mapLocations(role.locationIds) } : {}),
      });
    }
    for (const goal of feed.goals) {
      if (taken.goal.has(goal.id)) continue;
      taken.goal.add(goal.id);
      goals.push(goal);
    }
  });

  const publisher = head ?? (parts.length === 1 ? parts[0]!.feed.publisher : undefined);
  return {
    feed: {
      feedVersion: 1,
      ...(publisher ? { publisher } : {}),
      ...(updated ? { updated } : {}),
      organisations,
      locations,
      programmes,
      volunteerRoles,
      goals,
    },
    issues,
    sources: { feeds: parts.length, publishers, publisherOf },
  };
}
