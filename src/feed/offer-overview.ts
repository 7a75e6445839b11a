/**
 * The offer at a glance, for the municipality: what a feed holds, counted by learning route,
 * learning-goal domain, theme of social guidance and VIME learning type, with the gaps stated
 * as data. No DOM and no words: `<taal-offer-overview>` and `taalwijzer overview` both read
 * this one model, and the words come from `overview-text.ts` in the UI language.
 *
 * Counting rules:
 * - a programme whose schedule is over at `now` (`isEnded`) is not counted; how many were
 *   left out is kept (`ended`), so the overview can say so;
 * - a programme counts once in every route, domain and theme it names: the cells of a row
 *   do not add up to the row's total, which counts each programme once;
 * - programmes that name no route are counted in the "no route" column (they are open to
 *   anyone: a taalcafé, a walk-in desk);
 * - weekdays and parts of the day come from the meetings in the next 365 days, cancelled
 *   ones left out; programmes without dated meetings (on request, always online) are
 *   counted as `unscheduled`;
 * - support languages are the programmes' `supportLanguages`, by primary language
 *   (`fa-AF` counts as `fa`), as the finder's language filter reads them.
 *
 * Gap rules (`gaps`, in this order; each is a fact a coordinator can check in the tables):
 * 1. `nothing`: no programme is counted at all (the other rules then say nothing).
 * 2. `domains`: learning-goal domains without any programme.
 * 3. `no-routes`: not one programme names a learning route (rule 4 is then skipped);
 *    `route`: a route no programme names; `route-domains`: per route, the domains that
 *    have programmes, but none for this route (the 0 cells of the route x domain table,
 *    domains of rule 2 left out).
 * 4. `no-themes`: not one programme names a theme; else `themes`: themes without any programme.
 * 5. `days`: weekdays without a meeting, and `parts`: parts of the day (morning, afternoon,
 *    evening) without a meeting; only when at least one programme has dated meetings.
 * 6. `languages`: the newcomer languages of the interface (en, ar, tr, pl, uk, ti, fa, so)
 *    in which no programme offers support.
 * 7. `online-only`: every programme is online only (no place to go to).
 */
import {
  DAYS,
  DOMAINS,
  LEARNING_TYPES,
  ROUTES,
  THEMES,
  type Day,
  type Domain,
  type Format,
  type LearningType,
  type Route,
  type Theme,
} from './values.js';
import type { Feed, Programme, Publisher, Text, VolunteerRole } from './schema.js';
import {
  isEnded,
  occurrences,
  partOfDay,
  weekdayOf,
  weeklyDaysAndParts,
  type PartOfDay,
} from './schedule.js';
import { PARTS_OF_DAY } from '../contract/parts-of-day.js';

/** The newcomer languages checked for support: the interface's languages other than Dutch. */
export const NEWCOMER_LANGUAGES = ['en', 'ar', 'tr', 'pl', 'uk', 'ti', 'fa', 'so'] as const;

/** The `organisation` value of programmes without `organisationId`, as in the finder. */
export const PUBLISHER_ID = '@publisher';

/** How far ahead weekdays and parts of the day are read. */
const LOOKAHEAD_DAYS = 365;
const DAY_MS = 86_400_000;

/** A row or column of the route tables: one of the three routes, or "names no route". */
export type RouteColumn = Route | 'none';
export const ROUTE_COLUMNS: readonly RouteColumn[] = [...ROUTES, 'none'];

export interface OrganisationRow {
  /** The organisation's id, or {@link PUBLISHER_ID}. */
  id: string;
  /** Missing when a programme names an organisation the feed does not list. */
  name?: Text;
  kind?: string;
  /** Counted programmes. */
  count: number;
  learning: Record<LearningType, number>;
  /** The domains of its programmes, most programmes first. */
  domains: Domain[];
}

export interface FullProgramme {
  id: string;
  title: Text;
  organisationId: string;
  /** `full`: no places left; `waiting-list`: there is a waiting list. */
  state: 'full' | 'waiting-list';
}

export type Gap =
  | { kind: 'nothing' }
  | { kind: 'domains'; domains: Domain[] }
  | { kind: 'no-routes' }
  | { kind: 'route'; route: Route }
  | { kind: 'route-domains'; route: Route; domains: Domain[] }
  | { kind: 'no-themes' }
  | { kind: 'themes'; themes: Theme[] }
  | { kind: 'days'; days: Day[] }
  | { kind: 'parts'; parts: PartOfDay[] }
  | { kind: 'languages'; languages: string[] }
  | { kind: 'online-only' };

export interface OfferOverview {
  publisher?: Publisher;
  /** The feed's own `updated`, as written. */
  updated?: string;
  /** Valid programmes in the feed. */
  total: number;
  /** Programmes counted (not ended). */
  counted: number;
  /** Ids of ended programmes, left out of every count. */
  ended: string[];
  /** Programmes per route column and domain. */
  routeDomain: Record<RouteColumn, Record<Domain, number>>;
  /** Programmes per route column and theme. */
  routeTheme: Record<RouteColumn, Record<Theme, number>>;
  /** Programmes per route column (each once). */
  routeTotals: Record<RouteColumn, number>;
  /** Programmes per domain (each once). */
  domainTotals: Record<Domain, number>;
  /** Programmes per theme (each once). */
  themeTotals: Record<Theme, number>;
  /** Programmes that name no theme. */
  withoutTheme: number;
  /** The VIME split: programmes per domain and learning type. */
  vime: Record<Domain, Record<LearningType, number>>;
  learningTotals: Record<LearningType, number>;
  formats: Record<Format, number>;
  organisations: OrganisationRow[];
  /** Support languages (primary subtag), most programmes first. */
  languages: { code: string; count: number }[];
  /** Programmes meeting on each weekday in the next year. */
  days: Record<Day, number>;
  parts: Record<PartOfDay, number>;
  /** Programmes without dated meetings (on request, always available). */
  unscheduled: number;
  /** Counted programmes that are full or have a waiting list. */
  full: FullProgramme[];
  roles: VolunteerRole[];
  /** The biggest cell of the route x domain table, for shading. */
  maxRouteDomain: number;
  gaps: Gap[];
}

export interface OverviewOptions {
  /** The moment "ended" and "the next year" are measured from. */
  now: Date;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function grid<R extends string, C extends string>(
  rows: readonly R[],
  cols: readonly C[],
): Record<R, Record<C, number>> {
  return Object.fromEntries(rows.map((row) => [row, zeros(cols)])) as Record<R, Record<C, number>>;
}

function unique<T>(values: readonly T[] | undefined): T[] {
  return [...new Set(values ?? [])];
}

/** The weekdays and parts of the day a programme meets on in [now, now + 1 year]. */
function meetingTimes(programme: Programme, now: Date): { days: Day[]; parts: PartOfDay[] } | undefined {
  const schedule = programme.schedule;
  if (!schedule || (!schedule.weekly && !schedule.sessions?.length)) return undefined;
  const to = new Date(now.getTime() + LOOKAHEAD_DAYS * DAY_MS);
  const quick = weeklyDaysAndParts(schedule, now, to);
  if (quick) return quick;
  const limit = LOOKAHEAD_DAYS + 1 + (schedule.sessions?.length ?? 0);
  const days = new Set<Day>();
  const parts = new Set<PartOfDay>();
  for (const occ of occurrences(schedule, { from: now, to, limit })) {
    if (occ.status === 'cancelled') continue;
    days.add(weekdayOf(occ.start));
    parts.add(partOfDay(occ.start));
  }
  return { days: [...days], parts: [...parts] };
}

/** The primary language of a tag, lower case: `fa-AF` -> `fa`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

/** Works out the whole overview of a (tolerantly parsed) feed. */
export function offerOverview(feed: Feed, { now }: OverviewOptions): OfferOverview {
  const routeDomain = grid(ROUTE_COLUMNS, DOMAINS);
  const routeTheme = grid(ROUTE_COLUMNS, THEMES);
  const routeTotals = zeros(ROUTE_COLUMNS);
  const domainTotals = zeros(DOMAINS);
  const themeTotals = zeros(THEMES);
  const vime = grid(DOMAINS, LEARNING_TYPES);
  const learningTotals = zeros(LEARNING_TYPES);
  const formats = zeros(['in-person', 'online', 'hybrid'] as const);
  const days = zeros(DAYS);
  const parts = zeros(PARTS_OF_DAY);
  const languages = new Map<string, number>();
  const organisations = new Map<string, OrganisationRow & { domainCounts: Map<Domain, number> }>();
  const full: FullProgramme[] = [];
  const ended: string[] = [];
  let counted = 0;
  let withoutTheme = 0;
  let unscheduled = 0;
  let withMeetings = 0;

  const known = new Map(feed.organisations.map((org) => [org.id, org]));

  for (const programme of feed.programmes) {
    if (isEnded(programme.schedule, now)) {
      ended.push(programme.id);
      continue;
    }
    counted++;
    const domains = unique(programme.domains);
    const themes = unique(programme.themes);
    const routes: RouteColumn[] = programme.routes?.length ? unique(programme.routes) : ['none'];
    for (const route of routes) {
      routeTotals[route]++;
      for (const domain of domains) routeDomain[route][domain]++;
      for (const theme of themes) routeTheme[route][theme]++;
    }
    for (const domain of domains) {
      domainTotals[domain]++;
      vime[domain][programme.learning]++;
    }
    for (const theme of themes) themeTotals[theme]++;
    if (!themes.length) withoutTheme++;
    learningTotals[programme.learning]++;
    formats[programme.format]++;

    for (const code of unique((programme.supportLanguages ?? []).map(primaryLanguage))) {
      languages.set(code, (languages.get(code) ?? 0) + 1);
    }

    const times = meetingTimes(programme, now);
    if (times) {
      withMeetings++;
      for (const day of times.days) days[day]++;
      for (const part of times.parts) parts[part]++;
    } else unscheduled++;

    const orgId = programme.organisationId ?? PUBLISHER_ID;
    let row = organisations.get(orgId);
    if (!row) {
      const org = known.get(orgId);
      row = {
        id: orgId,
        ...(orgId === PUBLISHER_ID
          ? feed.publisher
            ? { name: feed.publisher.name }
            : {}
          : org
            ? { name: org.name, ...(org.kind ? { kind: org.kind } : {}) }
            : {}),
        count: 0,
        learning: zeros(LEARNING_TYPES),
        domains: [],
        domainCounts: new Map(),
      };
      organisations.set(orgId, row);
    }
    row.count++;
    row.learning[programme.learning]++;
    for (const domain of domains) row.domainCounts.set(domain, (row.domainCounts.get(domain) ?? 0) + 1);

    const capacity = programme.capacity;
    if (capacity?.waitingList) {
      full.push({ id: programme.id, title: programme.title, organisationId: orgId, state: 'waiting-list' });
    } else if (capacity?.remaining === 0) {
      full.push({ id: programme.id, title: programme.title, organisationId: orgId, state: 'full' });
    }
  }

  const organisationRows: OrganisationRow[] = [...organisations.values()]
    .map(({ domainCounts, ...row }) => ({
      ...row,
      domains: [...domainCounts.entries()]
        .sort((a, b) => b[1] - a[1] || DOMAINS.indexOf(a[0]) - DOMAINS.indexOf(b[0]))
        .map(([domain]) => domain),
    }))
    .sort((a, b) => b.count - a.count);

  const overview: OfferOverview = {
    ...(feed.publisher ? { publisher: feed.publisher } : {}),
    ...(feed.updated ? { updated: feed.updated } : {}),
    total: feed.programmes.length,
    counted,
    ended,
    routeDomain,
    routeTheme,
    routeTotals,
    domainTotals,
    themeTotals,
    withoutTheme,
    vime,
    learningTotals,
    formats,
    organisations: organisationRows,
    languages: [...languages.entries()]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    days,
    parts,
    unscheduled,
    full,
    roles: feed.volunteerRoles,
    maxRouteDomain: Math.max(0, ...ROUTES.flatMap((route) => DOMAINS.map((d) => routeDomain[route][d]))),
    gaps: [],
  };
  overview.gaps = findGaps(overview, withMeetings);
  return overview;
}

/** The gap rules of this module's header, over the counted figures. */
function findGaps(o: OfferOverview, withMeetings: number): Gap[] {
  if (o.counted === 0) return [{ kind: 'nothing' }];
  const gaps: Gap[] = [];
  const emptyDomains = DOMAINS.filter((domain) => o.domainTotals[domain] === 0);
  if (emptyDomains.length) gaps.push({ kind: 'domains', domains: emptyDomains });

  if (ROUTES.every((route) => o.routeTotals[route] === 0)) gaps.push({ kind: 'no-routes' });
  else {
    for (const route of ROUTES) {
      if (o.routeTotals[route] === 0) {
        gaps.push({ kind: 'route', route });
        continue;
      }
      const domains = DOMAINS.filter((d) => o.domainTotals[d] > 0 && o.routeDomain[route][d] === 0);
      if (domains.length) gaps.push({ kind: 'route-domains', route, domains });
    }
  }

  if (o.withoutTheme === o.counted) gaps.push({ kind: 'no-themes' });
  else {
    const themes = THEMES.filter((theme) => o.themeTotals[theme] === 0);
    if (themes.length) gaps.push({ kind: 'themes', themes });
  }

  if (withMeetings > 0) {
    const days = DAYS.filter((day) => o.days[day] === 0);
    if (days.length) gaps.push({ kind: 'days', days });
    const parts = PARTS_OF_DAY.filter((part) => o.parts[part] === 0);
    if (parts.length) gaps.push({ kind: 'parts', parts });
  }

  const offered = new Set(o.languages.map((l) => l.code));
  const missing = NEWCOMER_LANGUAGES.filter((code) => !offered.has(code));
  if (missing.length) gaps.push({ kind: 'languages', languages: missing });

  if (o.formats['in-person'] === 0 && o.formats.hybrid === 0) gaps.push({ kind: 'online-only' });
  return gaps;
}

/** Shade of a count for the heat map: 0 (none) to 4 (the biggest), relative to `max`. */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4)) as 1 | 2 | 3 | 4;
}
