/**
 * The finder's search index: everything filtering, counting and sorting need, worked
 * out once per feed and UI locale, so a keystroke only compares prepared strings and
 * numbers. No DOM; "now" is an argument, so tests can pin it.
 *
 * Per programme it holds:
 * - the words of one normalised search text (lower case, accents and apostrophes removed) with the
 *   title, summary and description in every language the feed has, the names of its
 *   locations and organisation, and the names of its domains, themes and kind in the
 *   UI language;
 * - the values of every filter (its facets);
 * - its schedule, worked out once: the next meeting, the next cancelled one, the
 *   weekdays and parts of the day it meets in the next 120 days, and whether it ended;
 * - its title in the UI language and its rank in the UI language's alphabetical order.
 */
import { CEFR_LEVELS, type Cefr, type Day, type Domain, type Kind, type Theme } from '../feed/values.js';
import type { Feed, Programme, Text } from '../feed/schema.js';
import { allTexts, pickText, type PickedText } from '../feed/text.js';
import {
  isEnded,
  nextOccurrence,
  occurrences,
  partOfDay,
  weekdayOf,
  weeklyDaysAndParts,
  type Occurrence,
  type PartOfDay,
} from '../feed/schedule.js';
import { domainLabel, kindLabel, themeLabel } from '../shared/labels.js';

/** The filters of the finder, in the order the filter panel shows them. */
export const FACETS = [
  'free',
  'domain',
  'day',
  'part',
  'kind',
  'format',
  'level',
  'language',
  'location',
  'organisation',
  'theme',
  'route',
  'learning',
] as const;
export type Facet = (typeof FACETS)[number];

/** The value of the `free` filter (the only value it has). */
export const FREE = 'free';
/** The `organisation` value of programmes without `organisationId`: the publisher runs them. */
export const PUBLISHER = '@publisher';

/** The formats a visitor filters on; a hybrid programme counts as both. */
export const FORMAT_VALUES = ['in-person', 'online'] as const;

/** How far ahead the day and part-of-day filters look, as in schedule.ts. */
const FILTER_LOOKAHEAD_DAYS = 120;
const DAY_MS = 86_400_000;

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** One programme, prepared for searching, filtering and sorting. */
export interface IndexedProgramme {
  programme: Programme;
  /** Position in the feed. */
  order: number;
  /**
   * Normalised search text; fields are separated by a newline, so no word spans two.
   * Worked out on each use and not kept: searching uses its words ({@link searchWords}).
   */
  readonly text: string;
  /** The title as shown in the UI locale. */
  title: PickedText;
  /** Rank in the UI locale's alphabetical order of titles (0 is first). */
  titleRank: number;
  /** Values per filter. */
  facets: Record<Facet, readonly string[]>;
  /** The same values as numbers (see {@link SearchIndex.values}), per filter in {@link FACETS} order. */
  codes: readonly (readonly number[])[];
  /**
   * Filters this programme matches whatever value is chosen: a programme without a
   * level is open to every level.
   */
  matchesAny: ReadonlySet<Facet>;
  /** The same as a bit mask over {@link FACETS} (bit f set: matches any value of filter f), for the hot loops. */
  matchesAnyMask: number;
  /** The next meeting that is not cancelled (within 400 days), if any. */
  next?: Occurrence;
  /** Its start in ms; `Infinity` when there is none. */
  nextTime: number;
  /** The first cancelled meeting still to come within 120 days, if any. */
  nextCancelled?: Occurrence;
  /** The schedule is over (see `isEnded`). */
  ended: boolean;
  /** Coordinates of its locations (and of its sessions' locations). */
  geo: readonly GeoPoint[];
  /** Learning-goal ids it works on. */
  goals: ReadonlySet<string>;
}

export interface SearchIndex {
  /** The UI locale the index was built for. */
  locale: string;
  /** The moment the schedules were worked out for. */
  now: Date;
  /** In feed order. */
  items: IndexedProgramme[];
  /**
   * The items in the default order: those with a next meeting by its start, then those
   * without dates, then ended ones; ties alphabetically.
   */
  byNext: IndexedProgramme[];
  /** The items in the UI locale's alphabetical order of titles. */
  byTitle: IndexedProgramme[];
  /** Per filter (in {@link FACETS} order), the value of each code. */
  values: readonly (readonly string[])[];
  /** Whether any programme has a location with coordinates (the "nearest" sort). */
  hasGeo: boolean;
}

/** Names of enumerated values in the UI language; defaults to `src/shared/labels.ts`. */
export interface IndexLabels {
  domain(domain: Domain): string;
  kind(kind: Kind): string;
  theme(theme: Theme): string;
}

export interface BuildIndexOptions {
  locale: string;
  now: Date;
  labels?: IndexLabels;
}

const DEFAULT_LABELS: IndexLabels = { domain: domainLabel, kind: kindLabel, theme: themeLabel };

// ---------------------------------------------------------------------------
// Normalising

/** Apostrophes, quotes and accents written as separate characters. */
const APOSTROPHES = /['‘’‚‛`´ʹʻʼʽʾʿˈ′＇]/g;
/** Combining marks (accents after NFD; also Arabic harakat and tatweel). */
const MARKS = /[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/\\.,;:!?()[\]{}"“”„«»<>|+*&]+/g;
const FOLD: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  // Arabic letter variants a searcher may type either way
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ؤ: 'و',
  // Arabic and Persian forms of yeh and kaf
  ى: 'ی',
  ئ: 'ی',
  ي: 'ی',
  ك: 'ک',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
/** Printable ASCII and white space: text that needs no Unicode normalisation. */
const ASCII = /^[ -~\s]*$/;

/**
 * Text as the search compares it: lower case, without accents or other combining
 * marks, apostrophes (straight and curly) removed, punctuation and runs of white
 * space turned into one space. `Taalcafé` and `taalcafe` are equal, as are
 * `Voor ’t Zelfde Geld` and `voor 't zelfde geld`.
 */
export function normalise(text: string): string {
  // Plain ASCII (most Dutch text) needs no Unicode normalisation: much faster.
  const folded = ASCII.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .toLowerCase()
        .replace(MARKS, '')
        .replace(FOLDABLE, (c) => FOLD[c]);
  return folded.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}

/** A search query as the words that must all be found, normalised; duplicates dropped. */
export function queryWords(query: string): string[] {
  const words = normalise(query).split(' ').filter(Boolean);
  // A word inside a longer one adds nothing: "taal taalcafe" is "taalcafe".
  return [...new Set(words)].filter((w, _, all) => !all.some((o) => o !== w && o.includes(w)));
}

// ---------------------------------------------------------------------------
// Building

function levelRange(programme: Programme): Cefr[] | undefined {
  const level = programme.level;
  if (!level || (!level.min && !level.max)) return undefined;
  const min = level.min ? CEFR_LEVELS.indexOf(level.min) : 0;
  const max = level.max ? CEFR_LEVELS.indexOf(level.max) : CEFR_LEVELS.length - 1;
  return CEFR_LEVELS.slice(min, max + 1);
}

/** A BCP 47 tag in its canonical case (`fa-AF`), or the tag as given when Intl rejects it. */
export function canonicalLanguage(tag: string, lookups?: FeedLookups): string {
  let canonical = lookups?.languages.get(tag);
  if (canonical !== undefined) return canonical;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0] ?? tag.trim();
  } catch {
    canonical = tag.trim();
  }
  lookups?.languages.set(tag, canonical);
  return canonical;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** What a programme's schedule says, worked out once per "now" (it does not depend on the locale). */
interface ScheduleFacts {
  next?: Occurrence;
  nextCancelled?: Occurrence;
  ended: boolean;
  days: Day[];
  parts: PartOfDay[];
}

/**
 * Schedule facts per schedule (or programme, without one) and "now": a locale switch re-indexes
 * without redoing them, and so does merging a region's shards (mergeFeeds keeps each schedule).
 */
const scheduleCache = new WeakMap<object, { now: number; facts: ScheduleFacts }>();

/**
 * How much later than the "now" they were worked out for schedule facts still count, as long as
 * their next meeting has not begun: a region's shards are read as they arrive, and indexed
 * together a moment later. (The 120 days of the filters then end up to a minute early.)
 */
const FACTS_TOLERANCE_MS = 60_000;

function stillValid(cached: { now: number; facts: ScheduleFacts }, now: number): boolean {
  if (cached.now === now) return true;
  const { next, nextCancelled } = cached.facts;
  return (
    now > cached.now &&
    now - cached.now <= FACTS_TOLERANCE_MS &&
    (!next || next.start.getTime() >= now) &&
    (!nextCancelled || nextCancelled.start.getTime() >= now)
  );
}

/**
 * Works out the schedule facts of `programmes` ahead of indexing them: a region's finder calls
 * this with each shard as it arrives, while the other shards are still on their way.
 */
export function prepareScheduleFacts(programmes: readonly Programme[], now: Date): void {
  for (const programme of programmes) scheduleFacts(programme, now);
}

function scheduleFacts(programme: Programme, now: Date): ScheduleFacts {
  const key: object = programme.schedule ?? programme;
  const cached = scheduleCache.get(key);
  if (cached && stillValid(cached, now.getTime())) return cached.facts;
  const schedule = programme.schedule;
  const to = new Date(now.getTime() + FILTER_LOOKAHEAD_DAYS * DAY_MS);
  // A weekly rule alone (half of a typical feed): its days and parts of the day follow from the
  // rule, and only its first meeting is worked out.
  const weekly = weeklyDaysAndParts(schedule, now, to);
  // Otherwise the meetings in the next 120 days give the days, parts of the day and the next one.
  const window = weekly
    ? occurrences(schedule, { from: now, to, limit: 1 })
    : schedule
      ? occurrences(schedule, {
          from: now,
          to,
          limit: FILTER_LOOKAHEAD_DAYS + 1 + (schedule.sessions?.length ?? 0),
        })
      : [];
  const active = window.filter((occ) => occ.status !== 'cancelled');
  const next = active[0] ?? (schedule ? nextOccurrence(schedule, now) : undefined);
  const nextCancelled = window.find((occ) => occ.status === 'cancelled' && occ.start >= now);
  const facts: ScheduleFacts = {
    ...(next ? { next } : {}),
    ...(nextCancelled ? { nextCancelled } : {}),
    ended: next ? false : isEnded(schedule, now),
    days: weekly?.days ?? unique(active.map((occ) => weekdayOf(occ.start))),
    parts: weekly?.parts ?? unique(active.map((occ) => partOfDay(occ.start))),
  };
  scheduleCache.set(key, { now: now.getTime(), facts });
  return facts;
}

/** Normalised strings seen while building one index: names and labels repeat a lot. */
type NormaliseCache = Map<string, string>;

function cachedNormalise(text: string, cache: NormaliseCache): string {
  let result = cache.get(text);
  if (result === undefined) {
    result = normalise(text);
    if (text.length < 200) cache.set(text, result);
  }
  return result;
}

/** The normalised name of a domain, theme or kind: the same few for every programme. */
function cachedLabel<K extends keyof IndexLabels>(
  kind: K,
  value: Parameters<IndexLabels[K]>[0],
  labels: IndexLabels,
  cache: NormaliseCache,
): string {
  // A key no feed text can be: it starts with a NUL.
  const key = `\u0000${kind}:${value}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = normalise((labels[kind] as (value: string) => string)(value));
    cache.set(key, result);
  }
  return result;
}

/** The text of `text` in the UI locale (with fallbacks) and in Dutch. */
function localAndDutch(text: Text | undefined, locale: string): string[] {
  const local = pickText(text, locale);
  const dutch = pickText(text, 'nl');
  if (!local) return [];
  return dutch && dutch.text !== local.text ? [local.text, dutch.text] : [local.text];
}

/** Indexes one programme; its codes and title rank are filled in by {@link finish}. */
export function indexProgramme(
  programme: Programme,
  order: number,
  feed: Feed,
  options: BuildIndexOptions,
  lookups = makeLookups(feed),
  cache: NormaliseCache = new Map(),
): IndexedProgramme {
  const { locale, now } = options;
  const labels = options.labels ?? DEFAULT_LABELS;
  const facts = scheduleFacts(programme, now);

  const locationIds = unique([
    ...(programme.locationIds ?? []),
    ...(programme.schedule?.sessions ?? []).flatMap((s) => (s.locationId ? [s.locationId] : [])),
  ]).filter((id) => lookups.locations.has(id));
  const organisationId =
    programme.organisationId && lookups.organisations.has(programme.organisationId)
      ? programme.organisationId
      : PUBLISHER;
  const levels = levelRange(programme);
  const formats =
    programme.format === 'hybrid'
      ? [...FORMAT_VALUES]
      : programme.format === 'online'
        ? ['online']
        : ['in-person'];

  const facets: Record<Facet, readonly string[]> = {
    free: programme.cost.free ? [FREE] : [],
    domain: unique(programme.domains),
    day: facts.days,
    part: facts.parts,
    kind: [programme.kind],
    format: formats,
    level: levels ?? [],
    language: unique((programme.supportLanguages ?? []).map((tag) => canonicalLanguage(tag, lookups))),
    location: locationIds,
    organisation: [organisationId],
    theme: unique(programme.themes ?? []),
    route: unique(programme.routes ?? []),
    learning: [programme.learning],
  };

  const organisation =
    organisationId === PUBLISHER ? feed.publisher?.name : lookups.organisations.get(organisationId)?.name;
  const names = [
    ...[
      ...locationIds.flatMap((id) => {
        const location = lookups.locations.get(id)!;
        return [...allTexts(location.name), location.address?.city ?? ''];
      }),
      ...allTexts(organisation),
    ].map((name) => cachedNormalise(name, cache)),
    ...programme.domains.map((d) => cachedLabel('domain', d, labels, cache)),
    ...(programme.themes ?? []).map((t) => cachedLabel('theme', t, labels, cache)),
    cachedLabel('kind', programme.kind, labels, cache),
  ];

  const geo = locationIds.flatMap((id) => {
    const point = lookups.locations.get(id)!.geo;
    return point ? [{ lat: point.lat, lon: point.lon }] : [];
  });

  return {
    programme,
    order,
    // Normalising the long texts is the slow part of indexing: it waits for the first
    // search, or for prepareSearchText() between frames, whichever comes first. The text is
    // not kept: the search keeps its words (see searchWords).
    get text() {
      // Titles in every language (a learner may know a programme by its name in their
      // own); the longer texts in the UI language and in Dutch.
      const fields = [
        ...allTexts(programme.title),
        ...localAndDutch(programme.summary, locale),
        ...localAndDutch(programme.description, locale),
        ...localAndDutch(programme.audience, locale),
      ].map(normalise);
      return [...fields, ...names].filter(Boolean).join('\n');
    },
    title: pickText(programme.title, locale) ?? { text: programme.id, lang: locale },
    titleRank: order,
    facets,
    codes: [],
    matchesAny: levels ? NO_FACETS : ANY_LEVEL,
    matchesAnyMask: levels ? 0 : ANY_LEVEL_MASK,
    ...(facts.next ? { next: facts.next } : {}),
    nextTime: facts.next ? facts.next.start.getTime() : Infinity,
    ...(facts.nextCancelled ? { nextCancelled: facts.nextCancelled } : {}),
    ended: facts.ended,
    geo,
    goals: new Set(programme.goals ?? []),
  };
}

const NO_FACETS: ReadonlySet<Facet> = new Set();
const ANY_LEVEL: ReadonlySet<Facet> = new Set(['level']);
const ANY_LEVEL_MASK = 1 << FACETS.indexOf('level');

export interface FeedLookups {
  locations: Map<string, Feed['locations'][number]>;
  organisations: Map<string, Feed['organisations'][number]>;
  languages: Map<string, string>;
}

export function makeLookups(feed: Feed): FeedLookups {
  return {
    locations: new Map(feed.locations.map((l) => [l.id, l])),
    organisations: new Map(feed.organisations.map((o) => [o.id, o])),
    languages: new Map(),
  };
}

/** 0: has a next meeting; 1: runs without dates (on request, self-study); 2: ended. */
function dateGroup(item: IndexedProgramme): number {
  if (item.ended) return 2;
  return Number.isFinite(item.nextTime) ? 0 : 1;
}

let titleCollation: { locale: string; collator: Intl.Collator } | undefined;

/**
 * The collator titles are sorted with. The first collator of a locale loads its data, 20 ms
 * and more: SearchController asks for it while the feed downloads.
 */
export function titleCollator(locale: string): Intl.Collator {
  if (titleCollation?.locale !== locale) {
    titleCollation = { locale, collator: new Intl.Collator(locale, { sensitivity: 'base', numeric: true }) };
    titleCollation.collator.compare('a', 'b');
  }
  return titleCollation.collator;
}

/** Gives every item its rank in the UI locale's alphabetical order of titles. */
function rankTitles(items: IndexedProgramme[], locale: string): IndexedProgramme[] {
  const collator = titleCollator(locale);
  const byTitle = [...items].sort(
    (a, b) => collator.compare(a.title.text, b.title.text) || a.order - b.order,
  );
  byTitle.forEach((item, rank) => {
    item.titleRank = rank;
  });
  return byTitle;
}

/** Codes every filter value as a number, per filter; returns the values of the codes. */
function codeFacets(items: IndexedProgramme[]): string[][] {
  const values = FACETS.map(() => [] as string[]);
  const codeOf = FACETS.map(() => new Map<string, number>());
  for (const item of items) {
    item.codes = FACETS.map((facet, f) =>
      item.facets[facet].map((value) => {
        let code = codeOf[f].get(value);
        if (code === undefined) {
          code = values[f].length;
          values[f].push(value);
          codeOf[f].set(value, code);
        }
        return code;
      }),
    );
  }
  return values;
}

/** The items by next meeting: the dated ones soonest first, then the undated, then the ended. */
function byNextMeeting(items: IndexedProgramme[]): IndexedProgramme[] {
  return [...items].sort(
    (a, b) => dateGroup(a) - dateGroup(b) || a.nextTime - b.nextTime || a.titleRank - b.titleRank,
  );
}

/** Orders the items by title and by next meeting, and codes the filter values. */
function finish(
  items: IndexedProgramme[],
  options: BuildIndexOptions,
  byTitle = rankTitles(items, options.locale),
  byNext = byNextMeeting(items),
  values = codeFacets(items),
): SearchIndex {
  return {
    locale: options.locale,
    now: options.now,
    items,
    byNext,
    byTitle,
    values,
    hasGeo: items.some((item) => item.geo.length > 0),
  };
}

/** Builds the index of a whole feed at once. */
export function buildSearchIndex(feed: Feed, options: BuildIndexOptions): SearchIndex {
  const lookups = makeLookups(feed);
  const cache: NormaliseCache = new Map();
  const items = feed.programmes.map((programme, order) =>
    indexProgramme(programme, order, feed, options, lookups, cache),
  );
  return finish(items, options);
}

/**
 * Builds the index in slices of about `sliceMs` (default 40) milliseconds, yielding to the browser
 * between them, so a feed of thousands of programmes never freezes the page.
 * Rejects with the signal's reason when `signal` aborts.
 */
export async function buildSearchIndexInSlices(
  feed: Feed,
  options: BuildIndexOptions & { signal?: AbortSignal; sliceMs?: number },
): Promise<SearchIndex> {
  const lookups = makeLookups(feed);
  const cache: NormaliseCache = new Map();
  const sliceMs = options.sliceMs ?? 40;
  const items: IndexedProgramme[] = [];
  let sliceStart = performance.now();
  for (let order = 0; order < feed.programmes.length; order++) {
    items.push(indexProgramme(feed.programmes[order], order, feed, options, lookups, cache));
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToBrowser();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  // The sorts and the coding of the filter values are the longest single steps left: a
  // frame each.
  await yieldToBrowser();
  options.signal?.throwIfAborted();
  const byTitle = rankTitles(items, options.locale);
  await yieldToBrowser();
  options.signal?.throwIfAborted();
  const byNext = byNextMeeting(items);
  await yieldToBrowser();
  options.signal?.throwIfAborted();
  const values = codeFacets(items);
  await yieldToBrowser();
  options.signal?.throwIfAborted();
  return finish(items, options, byTitle, byNext, values);
}

/**
 * The distinct words of an index's search texts, and per programme which of them it has:
 * a search compares each of its words with every distinct word once, instead of with
 * every programme's text, and the texts themselves need not be kept.
 */
export interface SearchWords {
  /** Every distinct word, in order of first appearance. */
  words: string[];
  /** Per programme (in feed order), the numbers of its distinct words; unset until worked out. */
  byItem: (Uint32Array | undefined)[];
}

interface SearchWordsEntry extends SearchWords {
  ids: Map<string, number>;
  complete: boolean;
}

const searchWordsCache = new WeakMap<SearchIndex, SearchWordsEntry>();

function wordsEntry(index: SearchIndex): SearchWordsEntry {
  let entry = searchWordsCache.get(index);
  if (!entry) {
    entry = { words: [], ids: new Map(), byItem: new Array(index.items.length), complete: false };
    searchWordsCache.set(index, entry);
  }
  return entry;
}

/** Normalises one programme's texts and files its words. */
function addWords(entry: SearchWordsEntry, item: IndexedProgramme): void {
  const own = new Set<number>();
  for (const word of item.text.split(/[\n ]/)) {
    if (!word) continue;
    let id = entry.ids.get(word);
    if (id === undefined) {
      id = entry.words.length;
      entry.words.push(word);
      entry.ids.set(word, id);
    }
    own.add(id);
  }
  entry.byItem[item.order] = Uint32Array.from(own);
}

/** The words of every programme of `index`; works out those not done yet at once. */
export function searchWords(index: SearchIndex): SearchWords {
  const entry = wordsEntry(index);
  if (!entry.complete) {
    for (const item of index.items) if (!entry.byItem[item.order]) addWords(entry, item);
    entry.complete = true;
  }
  return entry;
}

/**
 * Works out every programme's search words in slices between frames, after the first
 * results are on screen, so the first keystroke finds them ready. A search before this
 * is done works out the rest at once. Resolves early when `signal` aborts.
 */
export async function prepareSearchText(
  index: SearchIndex,
  options: { signal?: AbortSignal; sliceMs?: number } = {},
): Promise<void> {
  const sliceMs = options.sliceMs ?? 12;
  const entry = wordsEntry(index);
  let sliceStart = performance.now();
  for (const item of index.items) {
    if (entry.complete) return;
    if (!entry.byItem[item.order]) addWords(entry, item);
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToBrowser();
      if (options.signal?.aborted) return;
      sliceStart = performance.now();
    }
  }
  entry.complete = true;
}

/** Lets the browser paint and handle input before the next slice of work. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
