/**
 * Tolerant parsing of a feed, item by item, as docs/reference/feed.md promises:
 * - a feed that is not an object with a `programmes` array is unusable;
 * - an invalid programme, organisation, location, volunteer role or goal is skipped
 *   and reported, the rest is kept;
 * - an unknown value in a list of enumerated values (a domain a newer feed version
 *   may add) is dropped and reported, and the item stays when it is still valid;
 * - a URL with a scheme other than https/http/mailto/tel is dropped and reported;
 * - unknown properties are ignored and not reported.
 * Every issue carries a JSON path such as `programmes[3].cost` and a plain message.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { DAYS, DOMAINS, LANGUAGE_TAG, ROUTES, SAFE_URL_SCHEMES, THEMES } from './values.js';
import type {
  Feed,
  FeedIssue,
  Goal,
  Location,
  Organisation,
  Programme,
  Publisher,
  VolunteerRole,
} from './schema.js';
import { distanceKm, type GeoPoint } from './geo.js';
import { feedCheck, INVALID } from '../generated/feed-check.js';

/** The parts of a feed that are checked one by one; a schema and a generated validator each. */
export type ItemKind = keyof typeof feedCheck;

/**
 * zod's own verdict on one item: the issues that make it invalid, or (for the test that
 * compares both validators) the data zod returns. feed/explain.ts, which holds zod and the
 * schemas, gives it; a browser loads that module only when an item is invalid.
 */
export type Explain = (
  kind: ItemKind,
  item: unknown,
) => { success: true; data: unknown } | { success: false; error: { issues: readonly $ZodIssue[] } };

export type ParseFeedResult =
  | {
      ok: true;
      feed: Feed;
      issues: FeedIssue[];
      skipped: SkippedCounts;
      /** With `near`: the in-person programmes left out as further away (not checked). */
      outside?: number;
    }
  | { ok: false; message: string; issues: FeedIssue[] };

export interface ParseFeedOptions {
  /**
   * Only the programmes a finder over a region shows near a place
   * (docs/reference/region.md): an in-person or hybrid programme whose every located
   * place lies further than `radiusKm` from `point` is left out before it is checked,
   * and counted in `outside`. Online programmes and those without a known position stay.
   */
  near?: { point: GeoPoint; radiusKm: number };
}

type Json = Record<string, unknown>;

/** How many items of each list were skipped as invalid. */
export interface SkippedCounts {
  organisations: number;
  locations: number;
  programmes: number;
  volunteerRoles: number;
  goals: number;
}

/** How items are checked: the validator generated from the schemas, or zod alone (for tests). */
let generatedFirst = true;

/**
 * Checks with zod alone, as before the generated validator (`zodOnly`: true), or again with the
 * generated validator first. Only for the test that proves both give the same results.
 * @internal
 */
export function checkWithZodOnly(zodOnly: boolean): void {
  generatedFirst = !zodOnly;
}

/** What one reading of a feed needs beyond the feed. */
interface Reading {
  /** zod's explanation of an invalid item; without it, an invalid item gets a plain "is not valid". */
  explain: Explain | undefined;
  /** Set when an invalid item was reported without zod's explanation. */
  unexplained: boolean;
}

type Checked<T> = { success: true; data: T } | { success: false; issues: readonly $ZodIssue[] | undefined };

/**
 * One item against its schema. The validator generated from the zod schema at build time
 * (scripts/generate-validators.mjs) answers for a valid item, at a fraction of zod's cost on a
 * cold page; zod is asked only about an invalid one, for the issues to report.
 */
function checkItem<K extends ItemKind>(
  kind: K,
  item: unknown,
  reading: Reading,
): Checked<Exclude<ReturnType<(typeof feedCheck)[K]>, typeof INVALID>> {
  type T = Exclude<ReturnType<(typeof feedCheck)[K]>, typeof INVALID>;
  if (generatedFirst || !reading.explain) {
    const data = feedCheck[kind](item);
    if (data !== INVALID) return { success: true, data: data as T };
  }
  if (!reading.explain) {
    reading.unexplained = true;
    return { success: false, issues: undefined };
  }
  const result = reading.explain(kind, item);
  return result.success
    ? { success: true, data: result.data as T }
    : { success: false, issues: result.error.issues };
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `programmes[3].schedule.weekly.days[1]` from a base and zod-style path segments. */
export function joinPath(base: string, segments: readonly PropertyKey[]): string {
  let path = base;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path ? `.${String(segment)}` : String(segment);
  }
  return path;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object of language codes',
};

/** Turns one zod issue into a plain-language sentence. */
function describeIssue(issue: $ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeof issue.input === 'number' ? issue.input : describeType(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `should be ${JSON.stringify(issue.values[0])}`
        : `${JSON.stringify(issue.input)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      if (issue.input === undefined) return 'is missing';
      if ('discriminator' in issue && issue.discriminator) {
        return `needs "${issue.discriminator}": true or false`;
      }
      if (typeof issue.input === 'string') return 'must not be empty';
      return 'should be text, or an object of language codes with text';
    case 'too_small':
      if (!isDefaultMessage(issue.message)) return issue.message;
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`;
    case 'too_big':
      if (!isDefaultMessage(issue.message)) return issue.message;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`;
    case 'invalid_format':
    case 'custom':
    default:
      // Our schemas carry a plain message on most checks; zod/mini's own is just "Invalid input".
      return isDefaultMessage(issue.message) ? 'is not valid' : issue.message;
  }
}

/** zod/mini loads no locale, so a check without a message of ours says "Invalid input". */
const isDefaultMessage = (message: string) => message.startsWith('Invalid') || message.startsWith('Too');

function reportZodIssues(base: string, issues: readonly $ZodIssue[] | undefined, out: FeedIssue[]): void {
  if (!issues) {
    out.push({ path: base, message: 'is not valid' });
    return;
  }
  // Skip issues nested under one already reported (a union reports both branches).
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = joinPath(base, issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, message: describeIssue(issue) });
  }
}

function dropUnknownValues(
  item: Json,
  key: string,
  allowed: readonly string[] | RegExp,
  base: string,
  issues: FeedIssue[],
  what: string,
): void {
  const list = item[key];
  if (!Array.isArray(list)) return;
  const kept: unknown[] = [];
  list.forEach((value, index) => {
    const known =
      typeof value === 'string' &&
      (allowed instanceof RegExp ? allowed.test(value) : allowed.includes(value));
    // Non-strings are left for the schema to reject the item.
    if (known || typeof value !== 'string') kept.push(value);
    else
      issues.push({
        path: `${base}.${key}[${index}]`,
        message: `unknown ${what} ${JSON.stringify(value)} was left out`,
      });
  });
  item[key] = kept;
}

/** True when `value` is a URL that may be followed: https, http, mailto or tel. */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const parsed = new URL(value.trim());
    return (SAFE_URL_SCHEMES as readonly string[]).includes(parsed.protocol);
  } catch {
    return false;
  }
}

/** The form the schema's `url()` check requires; `https:/x` parses as a URL but fails it. */
const FOLLOWABLE_URL = /^(https?:\/\/|mailto:|tel:)/i;

function dropUnsafeUrl(item: Json | undefined, key: string, base: string, issues: FeedIssue[]): void {
  if (!item || !(key in item) || item[key] === undefined) return;
  const value = item[key];
  if (isSafeUrl(value) && FOLLOWABLE_URL.test(value.trim())) {
    item[key] = value.trim();
    return;
  }
  delete item[key];
  const scheme = typeof value === 'string' ? /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1] : undefined;
  const unsafe =
    scheme !== undefined && !(SAFE_URL_SCHEMES as readonly string[]).includes(`${scheme.toLowerCase()}:`);
  issues.push({
    path: `${base}.${key}`,
    message: unsafe
      ? `link with the unsafe scheme "${scheme}:" was left out (only https, http, mailto and tel are followed)`
      : 'is not a valid link and was left out',
  });
}

/**
 * A copy deep enough for the cleaning steps, which replace lists and delete or trim URLs
 * only in known places (the item, `schedule.weekly`, `registration`): the feed's own objects
 * are never changed. Much cheaper than a deep copy of thousands of programmes; the schema
 * builds the final objects anyway.
 */
function copyForCleaning(item: Json): Json {
  const copy: Json = { ...item };
  if (isObject(copy.registration)) copy.registration = { ...copy.registration };
  if (isObject(copy.schedule)) {
    const schedule: Json = { ...copy.schedule };
    if (isObject(schedule.weekly)) schedule.weekly = { ...schedule.weekly };
    copy.schedule = schedule;
  }
  return copy;
}

function cleanProgramme(item: Json, base: string, issues: FeedIssue[]): void {
  dropUnknownValues(item, 'domains', DOMAINS, base, issues, 'domain');
  dropUnknownValues(item, 'themes', THEMES, base, issues, 'theme');
  dropUnknownValues(item, 'routes', ROUTES, base, issues, 'route');
  dropUnknownValues(item, 'instructionLanguages', LANGUAGE_TAG, base, issues, 'language code');
  dropUnknownValues(item, 'supportLanguages', LANGUAGE_TAG, base, issues, 'language code');
  const schedule = item.schedule;
  if (isObject(schedule) && isObject(schedule.weekly)) {
    dropUnknownValues(schedule.weekly, 'days', DAYS, `${base}.schedule.weekly`, issues, 'day');
  }
  if (isObject(item.registration)) dropUnsafeUrl(item.registration, 'url', `${base}.registration`, issues);
}

interface ListSpec {
  key: 'organisations' | 'locations' | 'programmes' | 'volunteerRoles' | 'goals';
  kind: 'organisation' | 'location' | 'programme' | 'volunteerRole' | 'goal';
  clean?: (item: Json, base: string, issues: FeedIssue[]) => void;
  /** Leaves an entry out before it is checked (and counts it in `left`). */
  leaveOut?: (entry: Json) => boolean;
}

function parseList<T extends { id: string }>(
  raw: Json,
  spec: ListSpec,
  issues: FeedIssue[],
  indexOf: Map<object, number>,
  reading: Reading,
): { items: T[]; skipped: number; left: number } {
  const list = raw[spec.key];
  if (list === undefined) return { items: [], skipped: 0, left: 0 };
  if (!Array.isArray(list)) {
    issues.push({ path: spec.key, message: `should be a list, not ${describeType(list)}; it was ignored` });
    return { items: [], skipped: 0, left: 0 };
  }
  const items: T[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  let left = 0;
  list.forEach((entry, index) => {
    const base = `${spec.key}[${index}]`;
    if (!isObject(entry)) {
      issues.push({ path: base, message: `should be an object, not ${describeType(entry)}; it was skipped` });
      skipped += 1;
      return;
    }
    if (spec.leaveOut?.(entry)) {
      left += 1;
      return;
    }
    const item = copyForCleaning(entry);
    spec.clean?.(item, base, issues);
    const result = checkItem(spec.kind, item, reading) as Checked<T>;
    if (!result.success) {
      const before = issues.length;
      reportZodIssues(base, result.issues, issues);
      const label = typeof entry.id === 'string' ? ` "${entry.id}"` : '';
      for (let i = before; i < issues.length; i += 1) {
        issues[i] = { ...issues[i], message: `${issues[i].message} (item${label} was skipped)` };
      }
      skipped += 1;
      return;
    }
    if (ids.has(result.data.id)) {
      issues.push({
        path: `${base}.id`,
        message: `the id "${result.data.id}" is used twice; this second item was skipped`,
      });
      skipped += 1;
      return;
    }
    ids.add(result.data.id);
    indexOf.set(result.data, index);
    items.push(result.data);
  });
  return { items, skipped, left };
}

/**
 * True when a programme, as published, is in person and every location it names that has
 * a position lies further than the radius: the same rule as a finder's radius, applied
 * before checking, so a region's far programmes cost nothing.
 */
function farAway(
  entry: Json,
  positions: ReadonlyMap<string, GeoPoint>,
  near: NonNullable<ParseFeedOptions['near']>,
): boolean {
  if (entry.format === 'online') return false;
  let located = false;
  const within = (id: unknown): boolean => {
    const point = typeof id === 'string' ? positions.get(id.trim()) : undefined;
    if (!point) return false;
    located = true;
    return distanceKm(near.point, point) <= near.radiusKm;
  };
  if (Array.isArray(entry.locationIds) && entry.locationIds.some(within)) return false;
  const schedule = entry.schedule;
  const sessions = isObject(schedule) && Array.isArray(schedule.sessions) ? schedule.sessions : [];
  if (sessions.some((session) => isObject(session) && within(session.locationId))) return false;
  return located;
}

/** Drops references to organisations and locations that the feed does not have. */
function checkReferences(feed: Feed, issues: FeedIssue[], indexOf: Map<object, number>): void {
  const organisationIds = new Set(feed.organisations.map((o) => o.id));
  const locationIds = new Set(feed.locations.map((l) => l.id));
  const keepKnown = (ids: string[] | undefined, base: string): string[] | undefined =>
    ids?.filter((locationId, i) => {
      if (locationIds.has(locationId)) return true;
      issues.push({
        path: `${base}[${i}]`,
        message: `no location has the id "${locationId}"; it was left out`,
      });
      return false;
    });
  for (const programme of feed.programmes) {
    const base = `programmes[${indexOf.get(programme)}]`;
    if (programme.organisationId && !organisationIds.has(programme.organisationId)) {
      issues.push({
        path: `${base}.organisationId`,
        message: `no organisation has the id "${programme.organisationId}"; the publisher is shown instead`,
      });
      delete programme.organisationId;
    }
    if (programme.locationIds)
      programme.locationIds = keepKnown(programme.locationIds, `${base}.locationIds`);
    programme.schedule?.sessions?.forEach((session, i) => {
      if (session.locationId && !locationIds.has(session.locationId)) {
        issues.push({
          path: `${base}.schedule.sessions[${i}].locationId`,
          message: `no location has the id "${session.locationId}"; it was left out`,
        });
        delete session.locationId;
      }
    });
  }
  for (const role of feed.volunteerRoles) {
    const base = `volunteerRoles[${indexOf.get(role)}]`;
    if (role.locationIds) role.locationIds = keepKnown(role.locationIds, `${base}.locationIds`);
  }
}

/**
 * Reads a feed that has already been parsed as JSON. Never throws. `explain` (feed/explain.ts)
 * words the issues of invalid items; without it they are skipped all the same, with a plain
 * "is not valid", and `unexplained` says so (a browser then loads zod and reads again).
 */
export function readFeed(
  input: unknown,
  options: ParseFeedOptions,
  explain: Explain | undefined,
): ParseFeedResult & { unexplained?: true } {
  const reading: Reading = { explain, unexplained: false };
  const result = readWith(input, options, reading);
  return reading.unexplained ? { ...result, unexplained: true } : result;
}

function readWith(input: unknown, options: ParseFeedOptions, reading: Reading): ParseFeedResult {
  const issues: FeedIssue[] = [];
  if (!isObject(input)) {
    return { ok: false, message: `The feed should be a JSON object, not ${describeType(input)}.`, issues };
  }
  if (!Array.isArray(input.programmes)) {
    const message =
      input.programmes === undefined
        ? 'The feed has no "programmes" list.'
        : `"programmes" should be a list, not ${describeType(input.programmes)}.`;
    return { ok: false, message, issues: [{ path: 'programmes', message }] };
  }

  if (input.feedVersion === undefined) {
    issues.push({ path: 'feedVersion', message: 'is missing; the feed was read as version 1' });
  } else if (input.feedVersion !== 1) {
    issues.push({
      path: 'feedVersion',
      message: `is ${JSON.stringify(input.feedVersion)}; this widget reads version 1, so newer parts may be missing`,
    });
  }

  let publisher: Feed['publisher'];
  if (isObject(input.publisher)) {
    const raw = copyForCleaning(input.publisher);
    dropUnsafeUrl(raw, 'url', 'publisher', issues);
    dropUnsafeUrl(raw, 'privacyUrl', 'publisher', issues);
    const result = checkItem('publisher', raw, reading);
    if (result.success) publisher = result.data as Publisher;
    else reportZodIssues('publisher', result.issues, issues);
  } else {
    issues.push({
      path: 'publisher',
      message: input.publisher === undefined ? 'is missing' : 'should be an object',
    });
  }

  let updated: string | undefined;
  if (input.updated !== undefined) {
    // The schema's own check: Date.parse would also take "2027" or US-style "12/01/2027" (1 December).
    if (checkItem('updated', input.updated, reading).success) updated = input.updated as string;
    else
      issues.push({
        path: 'updated',
        message: 'is not a date and time like 2027-01-31T12:00:00+01:00; it was ignored',
      });
  }

  // Paths in reference issues need each kept item's index in the original list.
  const indexOf = new Map<object, number>();
  const withUrl = (item: Json, base: string, out: FeedIssue[]) => dropUnsafeUrl(item, 'url', base, out);
  const organisations = parseList<Organisation>(
    input,
    { key: 'organisations', kind: 'organisation', clean: withUrl },
    issues,
    indexOf,
    reading,
  );
  const locations = parseList<Location>(
    input,
    { key: 'locations', kind: 'location', clean: withUrl },
    issues,
    indexOf,
    reading,
  );
  const { near } = options;
  const positions = new Map<string, GeoPoint>();
  if (near)
    for (const location of locations.items) if (location.geo) positions.set(location.id, location.geo);
  const programmes = parseList<Programme>(
    input,
    {
      key: 'programmes',
      kind: 'programme',
      clean: cleanProgramme,
      ...(near ? { leaveOut: (entry: Json) => farAway(entry, positions, near) } : {}),
    },
    issues,
    indexOf,
    reading,
  );
  const roles = parseList<VolunteerRole>(
    input,
    { key: 'volunteerRoles', kind: 'volunteerRole' },
    issues,
    indexOf,
    reading,
  );
  const goals = parseList<Goal>(input, { key: 'goals', kind: 'goal' }, issues, indexOf, reading);

  const feed: Feed = {
    feedVersion: 1,
    ...(publisher ? { publisher } : {}),
    ...(updated ? { updated } : {}),
    organisations: organisations.items,
    locations: locations.items,
    programmes: programmes.items,
    volunteerRoles: roles.items,
    goals: goals.items,
  };

  checkReferences(feed, issues, indexOf);

  const skipped: SkippedCounts = {
    organisations: organisations.skipped,
    locations: locations.skipped,
    programmes: programmes.skipped,
    volunteerRoles: roles.skipped,
    goals: goals.skipped,
  };
  return { ok: true, feed, issues, skipped, ...(near ? { outside: programmes.left } : {}) };
}
