/**
 * Searching, filtering, counting and sorting the finder's programmes: pure functions
 * over a {@link SearchIndex}, no DOM, so they are fast to test and to run on every
 * keystroke.
 *
 * Rules:
 * - every word of the search must occur in the programme's search text (as part of a
 *   word, so `taal` finds `taalcafé` and `cafe` finds `Taalcafé`);
 * - within one filter the chosen values are alternatives (Monday or Tuesday), the
 *   filters together must all hold (Monday or Tuesday, and free);
 * - each value's count is how many programmes there would be with that value chosen
 *   too, given the search and the other filters (a value already chosen counts its own
 *   programmes), so a count never promises what a click cannot deliver;
 * - ended programmes are left out (and counted apart) unless `showEnded`.
 */
import { DOMAINS } from '../feed/values.js';
import { distanceKm } from '../feed/geo.js';
import {
  FACETS,
  queryWords,
  searchWords,
  type Facet,
  type GeoPoint,
  type IndexedProgramme,
  type SearchIndex,
} from './search-index.js';

/** Chosen values per filter; a missing or empty list means the filter is off. */
export type Filters = Partial<Record<Facet, readonly string[]>>;

export type SortOrder = 'next' | 'title' | 'distance';
export const SORT_ORDERS: readonly SortOrder[] = ['next', 'title', 'distance'];

/** What the visitor asked for. */
export interface FinderQuery {
  query: string;
  filters: Filters;
  showEnded: boolean;
}

export interface FilterOptions {
  /** Default `next`: the next meeting first; programmes without a date after those with one. */
  sort?: SortOrder;
  /** The visitor's position, for `distance` (ignored by the others). */
  origin?: GeoPoint;
  /** Learning-goal ids: programmes working on any of them come first, in the chosen order. */
  goals?: readonly string[];
}

export interface FilterResult {
  /** The programmes found, sorted. */
  items: IndexedProgramme[];
  /**
   * Per filter, every value the shown programmes have (in no particular order), with
   * its count. A value with count 0 is still offered: it exists in the feed.
   */
  counts: Record<Facet, Map<string, number>>;
  /** Ended programmes that match but are hidden because `showEnded` is off. */
  endedHidden: number;
  /** Kilometres from `origin` to each programme's nearest location, when sorting by distance. */
  distances: Map<IndexedProgramme, number>;
  /** Programmes working on one of the steering goals. */
  goalMatches: Set<IndexedProgramme>;
}

export const EMPTY_QUERY: FinderQuery = { query: '', filters: {}, showEnded: false };

function nearest(item: IndexedProgramme, origin: GeoPoint): number {
  let best = Infinity;
  for (const point of item.geo) best = Math.min(best, distanceKm(origin, point));
  return best;
}

/** Per index: which codes the visible programmes have, with and without the ended ones. */
const presenceCache = new WeakMap<SearchIndex, { [showEnded: string]: Uint8Array[] }>();

function presence(index: SearchIndex, showEnded: boolean): Uint8Array[] {
  let entry = presenceCache.get(index);
  if (!entry) presenceCache.set(index, (entry = {}));
  const key = String(showEnded);
  let present = entry[key];
  if (!present) {
    present = index.values.map((values) => new Uint8Array(values.length));
    for (const item of index.items) {
      if (item.ended && !showEnded) continue;
      item.codes.forEach((codes, f) => {
        for (const code of codes) present![f][code] = 1;
      });
    }
    entry[key] = present;
  }
  return present;
}

/**
 * The last search per index, so typing one more letter only searches what the previous
 * letters found: every programme matching "taalc" also matches "taal".
 */
const searchCache = new WeakMap<SearchIndex, { words: string[]; matches: Uint8Array }>();

function searchMatches(index: SearchIndex, words: string[]): Uint8Array | undefined {
  if (!words.length) return undefined;
  const previous = searchCache.get(index);
  if (previous && previous.words.join(' ') === words.join(' ')) return previous.matches;
  // Narrower when each earlier word lives on inside a new one.
  const narrower = previous && previous.words.every((old) => words.some((word) => word.includes(old)));
  const { words: vocabulary, byItem } = searchWords(index);
  // Per search word, which of the distinct words of the feed contain it.
  const hits = words.map((word) => {
    const hit = new Uint8Array(vocabulary.length);
    for (let w = 0; w < vocabulary.length; w++) if (vocabulary[w].includes(word)) hit[w] = 1;
    return hit;
  });
  const matches = new Uint8Array(index.items.length);
  for (let i = 0; i < matches.length; i++) {
    if (narrower && !previous.matches[i]) continue;
    const own = byItem[i]!;
    let found = true;
    for (const hit of hits) {
      let has = false;
      for (let k = 0; k < own.length; k++) {
        if (hit[own[k]]) {
          has = true;
          break;
        }
      }
      if (!has) {
        found = false;
        break;
      }
    }
    if (found) matches[i] = 1;
  }
  searchCache.set(index, { words, matches });
  return matches;
}

/** What a query asks of each programme, worked out once per search. */
interface Selection {
  /** Per programme (by feed order), whether it has every search word; undefined: no search. */
  matches: Uint8Array | undefined;
  /** Per filter that is on, its chosen values as a mask over the filter's codes. */
  chosen: (Uint8Array | undefined)[];
  /** The filters that are on. */
  active: number[];
}

function selection(index: SearchIndex, query: FinderQuery): Selection {
  const chosen = FACETS.map((facet, f) => {
    const values = query.filters[facet];
    if (!values || !values.length) return undefined;
    const wanted = new Set(values);
    return Uint8Array.from(index.values[f], (value) => (wanted.has(value) ? 1 : 0));
  });
  return {
    matches: searchMatches(index, queryWords(query.query)),
    chosen,
    active: chosen.flatMap((mask, f) => (mask ? [f] : [])),
  };
}

/** Which filters `item` fails: -1 none, `f` only filter f, -2 two or more. */
function failedFilter(item: IndexedProgramme, { chosen, active }: Selection): number {
  let failed = -1;
  for (const f of active) {
    if (item.matchesAnyMask & (1 << f)) continue;
    const mask = chosen[f]!;
    let ok = false;
    for (const code of item.codes[f]) {
      if (mask[code]) {
        ok = true;
        break;
      }
    }
    if (!ok) {
      if (failed !== -1) return -2;
      failed = f;
    }
  }
  return failed;
}

/** Everything of a {@link FilterResult} but the counts. */
export type FoundProgrammes = Omit<FilterResult, 'counts'>;

/**
 * Searches, filters and sorts, without counting the filter values ({@link countValues}):
 * what a keystroke needs first.
 */
export function findProgrammes(
  index: SearchIndex,
  query: FinderQuery,
  options: FilterOptions = {},
): FoundProgrammes {
  const chosen = selection(index, query);
  const items: IndexedProgramme[] = [];
  let endedHidden = 0;
  const sort = options.sort ?? 'next';
  for (const item of sort === 'title' ? index.byTitle : index.byNext) {
    if (chosen.matches && !chosen.matches[item.order]) continue;
    if (failedFilter(item, chosen) !== -1) continue;
    if (item.ended && !query.showEnded) endedHidden += 1;
    else items.push(item);
  }

  const distances = new Map<IndexedProgramme, number>();
  if (sort === 'distance' && options.origin) {
    for (const item of items) distances.set(item, nearest(item, options.origin));
    // Stable: equally far programmes keep the default order.
    items.sort((a, b) => {
      const da = distances.get(a)!;
      const db = distances.get(b)!;
      return da === db ? 0 : da === Infinity ? 1 : db === Infinity ? -1 : da - db;
    });
  }

  const goalMatches = new Set<IndexedProgramme>();
  if (options.goals?.length) {
    const goals = new Set(options.goals);
    for (const item of items) {
      for (const goal of item.goals) {
        if (goals.has(goal)) {
          goalMatches.add(item);
          break;
        }
      }
    }
    if (goalMatches.size) {
      // Matches first, each group in the chosen order (a stable partition).
      const rest = items.filter((item) => !goalMatches.has(item));
      items.splice(0, items.length, ...items.filter((item) => goalMatches.has(item)), ...rest);
    }
  }

  return { items, endedHidden, distances, goalMatches };
}

/**
 * Per filter, every value the visible programmes have, with how many programmes there
 * would be with it chosen too (see the rules above). Independent of the sort.
 */
export function countValues(index: SearchIndex, query: FinderQuery): FilterResult['counts'] {
  const chosen = selection(index, query);
  const facetCount = FACETS.length;
  const tallies = index.values.map((values) => new Uint32Array(values.length));
  /** Per filter, how many counted programmes match any value of it (no level: every level). */
  const anyTallies = new Uint32Array(facetCount);
  const tally = (item: IndexedProgramme, f: number) => {
    if (item.matchesAnyMask & (1 << f)) {
      anyTallies[f] += 1;
      return;
    }
    const counts = tallies[f];
    for (const code of item.codes[f]) counts[code] += 1;
  };
  for (const item of index.items) {
    if (chosen.matches && !chosen.matches[item.order]) continue;
    if (item.ended && !query.showEnded) continue;
    const failed = failedFilter(item, chosen);
    if (failed === -1) {
      for (let f = 0; f < facetCount; f++) tally(item, f);
    } else if (failed >= 0) {
      // Choosing a value of the one filter it fails would bring it in.
      tally(item, failed);
    }
  }

  // Every value the visible programmes have is offered, even when its count is 0.
  const present = presence(index, query.showEnded);
  return Object.fromEntries(
    FACETS.map((facet, f) => {
      const map = new Map<string, number>();
      index.values[f].forEach((value, code) => {
        if (present[f][code]) map.set(value, tallies[f][code] + anyTallies[f]);
      });
      return [facet, map];
    }),
  ) as FilterResult['counts'];
}

/** Searches, filters, counts and sorts. */
export function filterProgrammes(
  index: SearchIndex,
  query: FinderQuery,
  options: FilterOptions = {},
): FilterResult {
  return { ...findProgrammes(index, query, options), counts: countValues(index, query) };
}

/**
 * Something the visitor could remove to find more: the search text (`facet: 'query'`),
 * one filter's only value, or a whole filter (`values` holds its values).
 */
export interface Relaxation {
  facet: Facet | 'query';
  values: string[];
  /** How many programmes there would be without it. */
  count: number;
}

/** The query without the given values of one filter (or without the search text). */
export function withoutValues(
  query: FinderQuery,
  facet: Facet | 'query',
  values: readonly string[],
): FinderQuery {
  if (facet === 'query') return { ...query, query: '' };
  const kept = (query.filters[facet] ?? []).filter((v) => !values.includes(v));
  const filters = { ...query.filters };
  if (kept.length) filters[facet] = kept;
  else delete filters[facet];
  return { ...query, filters };
}

/** The query with `value` of `facet` chosen too (a filter option ticked). */
export function withValue(query: FinderQuery, facet: Facet, value: string): FinderQuery {
  const values = query.filters[facet] ?? [];
  if (values.includes(value)) return query;
  return { ...query, filters: { ...query.filters, [facet]: [...values, value] } };
}

/** The query with the domain filter set to the known ones of `domains` (none: no domain filter). */
export function withDomains(query: FinderQuery, domains: readonly string[]): FinderQuery {
  const known = [...new Set(domains)].filter((d) => (DOMAINS as readonly string[]).includes(d));
  const filters = { ...query.filters };
  if (known.length) filters.domain = known;
  else delete filters.domain;
  return { ...query, filters };
}

/** A copy of `set` with `value` in it when `on` (default: when it was not), else without it. */
export function toggled<T>(set: ReadonlySet<T>, value: T, on = !set.has(value)): ReadonlySet<T> {
  const copy = new Set(set);
  if (on) copy.add(value);
  else copy.delete(value);
  return copy;
}

/**
 * For an empty result: what to remove to find something. Filters come first, the one
 * whose removal finds the most first (the search words are what the visitor asked for,
 * so dropping them is the last suggestion). Candidates are each filter as a whole
 * (removing one of several alternatives of a filter never finds more) and the search
 * text. Only removals that find at least one programme are listed.
 */
export function suggestRelaxations(
  index: SearchIndex,
  query: FinderQuery,
  options: FilterOptions = {},
): Relaxation[] {
  const candidates: { facet: Facet | 'query'; values: string[] }[] = [];
  if (queryWords(query.query).length) candidates.push({ facet: 'query', values: [query.query.trim()] });
  for (const facet of FACETS) {
    const values = query.filters[facet] ?? [];
    if (values.length) candidates.push({ facet, values: [...values] });
  }
  return candidates
    .map((c) => ({
      ...c,
      count: findProgrammes(index, withoutValues(query, c.facet, c.values), options).items.length,
    }))
    .filter((c) => c.count > 0)
    .sort((a, b) => Number(a.facet === 'query') - Number(b.facet === 'query') || b.count - a.count);
}

/** Whether any filter is on (the search text not counted). */
export function hasFilters(filters: Filters): boolean {
  return FACETS.some((facet) => (filters[facet]?.length ?? 0) > 0);
}
