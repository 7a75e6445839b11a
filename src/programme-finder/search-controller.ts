/**
 * The finder's search state: builds the search index when the feed, the locale or "now"
 * changes (at once for small feeds, in slices between frames for big ones, aborting a
 * build that a newer one replaces), filters and sorts the results when the query changes,
 * and words the number of results for screen readers once typing pauses.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus } from '@lit/task';
import type { FeedController } from '../controllers/feed-controller.js';
import type { Feed } from '../feed/schema.js';
import type { PickedText } from '../feed/text.js';
import {
  buildSearchIndex,
  buildSearchIndexInSlices,
  FACETS,
  prepareSearchText,
  titleCollator,
  yieldToBrowser,
  type Facet,
  type GeoPoint,
  type SearchIndex,
} from './search-index.js';
import {
  countValues,
  findProgrammes,
  suggestRelaxations,
  type FilterResult,
  type FinderQuery,
  type Relaxation,
  type SortOrder,
} from './filter-programmes.js';
import { prepareLocaleData, resultsAnnouncement, valueLabel } from './programme-text.js';
import { prepareTimeZone } from '../feed/schedule.js';

/** Feeds up to this size are indexed at once; larger ones in slices, between frames. */
export const SYNC_INDEX_LIMIT = 1000;
/** In feeds above this size the filter counts follow a change of search or filters a frame later. */
export const SYNC_COUNT_LIMIT = 200;
/** Quiet time before the number of results is announced to screen readers. */
const ANNOUNCE_DELAY = 500;

export interface SearchSource {
  /** The UI locale. */
  locale(): string;
  /** The moment schedules are measured from; null: the current time. */
  now(): Date | null;
  /** Work for after the host's next render. */
  afterRender(task: () => void): void;
}

/** What the results depend on besides the index. */
export interface SearchInputs {
  query: FinderQuery;
  /** The sort in effect. */
  sort: SortOrder;
  origin: GeoPoint | null;
  goals: readonly string[];
}

/** No values for any filter: what the filter panel shows until the first count. */
function noCounts(): FilterResult['counts'] {
  return Object.fromEntries(FACETS.map((facet) => [facet, new Map()])) as FilterResult['counts'];
}

/** Runs `task` once the frame being drawn is on screen (the feed's request is on its way by then). */
function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task));
}

export class SearchController implements ReactiveController {
  /** The index of the current feed; null while it is built. */
  index: SearchIndex | null = null;
  result?: FilterResult;
  /** What to remove when nothing matches, best first. */
  relaxations: Relaxation[] = [];
  /** The text of the results' live region. */
  announcement = '';

  /** What the current index was built from. */
  private indexed?: { feed: Feed; locale: string; now: number | null };
  private indexing?: AbortController;
  private resultInputs: readonly unknown[] = [];
  /** The inputs of the host's last update. */
  private inputs?: SearchInputs;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Set when a new feed arrives, until its first result is worked out. */
  private feedChanged = false;
  /** The pending count of filter values, when a big feed's counts follow its results. */
  private counting?: AbortController;
  /** Names of filter values for the current feed and locale (sorting them asks often). */
  private readonly labels = new Map<string, PickedText>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly feed: FeedController,
    private readonly source: SearchSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Every schedule is read in Amsterdam time: get the time zone ready while the feed
    // downloads (not when the browser is idle: a busy page would leave it for when the
    // feed is read, in the way of the first results).
    afterPaint(() => prepareTimeZone(this.source.now()?.getTime()));
    // The same for the locale's collation (title order) and the cards' dates, numbers and lists.
    afterPaint(() => {
      titleCollator(this.source.locale());
      prepareLocaleData(this.source.locale());
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.announceTimer);
    this.counting?.abort();
    this.indexing?.abort();
    this.indexing = undefined;
    this.indexed = undefined;
  }

  /**
   * Brings the index and the result up to date; call in the host's `willUpdate`. Returns
   * true when the first result of a new feed was just worked out (an open programme may
   * be gone from it).
   */
  update(inputs: SearchInputs): boolean {
    this.ensureIndex();
    return this.updateResult(inputs);
  }

  /** The name of a filter value, remembered for the current feed and locale. */
  label(facet: Facet, value: string, feed: Feed, locale: string): PickedText {
    const key = `${facet}\n${value}`;
    let label = this.labels.get(key);
    if (!label) {
      label = valueLabel(facet, value, feed, locale);
      this.labels.set(key, label);
    }
    return label;
  }

  /** Builds the search index when the feed, the locale or "now" changed. */
  private ensureIndex(): void {
    const latest = this.feed.task.value ?? undefined;
    const loaded = this.feed.task.status === TaskStatus.COMPLETE ? latest : undefined;
    if (!loaded) {
      if (this.index && this.indexed?.feed !== latest?.feed) this.index = null;
      return;
    }
    const locale = this.source.locale();
    const nowDate = this.source.now();
    const now = nowDate?.getTime() ?? null;
    const current = this.indexed;
    if (current && current.feed === loaded.feed && current.locale === locale && current.now === now) return;
    if (current?.feed !== loaded.feed) {
      this.index = null;
      this.feedChanged = true;
    }
    this.indexed = { feed: loaded.feed, locale, now };
    this.indexing?.abort();
    this.indexing = undefined;
    const options = { locale, now: nowDate ?? new Date() };
    this.labels.clear();
    const controller = new AbortController();
    this.indexing = controller;
    if (loaded.feed.programmes.length <= SYNC_INDEX_LIMIT) {
      this.index = buildSearchIndex(loaded.feed, options);
      const index = this.index;
      // Once the first results are painted (started before, its slices would hold up that
      // paint), get the search text ready between frames.
      this.source.afterRender(() =>
        afterPaint(() => void prepareSearchText(index, { signal: controller.signal })),
      );
      return;
    }
    buildSearchIndexInSlices(loaded.feed, { ...options, signal: controller.signal }).then(
      async (index) => {
        if (this.indexing !== controller) return;
        this.index = index;
        // Filtering and counting thousands of programmes takes a frame of its own, before
        // the frame that renders the first results.
        if (this.inputs) {
          this.computeResult(this.inputs);
          await yieldToBrowser();
          if (this.indexing !== controller) return;
        }
        this.host.requestUpdate();
        // Once the first results are painted, get the search text ready between frames.
        this.source.afterRender(() =>
          afterPaint(() => void prepareSearchText(index, { signal: controller.signal })),
        );
      },
      () => {
        /* aborted: a newer feed or locale is being indexed */
      },
    );
  }

  private updateResult(inputs: SearchInputs): boolean {
    this.inputs = inputs;
    if (!this.index) {
      this.result = undefined;
      this.resultInputs = [];
      return false;
    }
    this.computeResult(inputs);
    const feedChanged = this.feedChanged;
    this.feedChanged = false;
    return feedChanged;
  }

  /**
   * Filters, counts and sorts, unless the index and the inputs are those of the current
   * result. In a feed of hundreds of programmes the programmes show at once and the filter
   * counts a frame later (the previous counts stay meanwhile; the first time the filter
   * groups wait for them): counting every value of thousands of programmes, and rendering
   * every filter group, would make each keystroke miss a frame and the first results wait.
   */
  private computeResult({ query, sort, origin, goals }: SearchInputs): void {
    const index = this.index!;
    const inputs = [index, query, sort, origin, goals.join('\n')];
    if (inputs.every((value, i) => value === this.resultInputs[i])) return;
    const previous = this.result;
    const sameIndex = this.resultInputs[0] === index;
    const sameQuery = this.resultInputs[1] === query;
    this.resultInputs = inputs;
    const found = findProgrammes(index, query, { sort, origin: origin ?? undefined, goals });
    if (previous && sameIndex && sameQuery) {
      // Only the order or the steering changed: the counts do not depend on them.
      this.result = { ...found, counts: previous.counts };
    } else if (index.items.length > SYNC_COUNT_LIMIT) {
      // Until they are counted, the filters show the previous counts, or none at first.
      this.result = { ...found, counts: previous && sameIndex ? previous.counts : noCounts() };
      this.countLater(index, query);
    } else {
      this.counting?.abort();
      this.result = { ...found, counts: countValues(index, query) };
    }
    this.relaxations = found.items.length === 0 ? suggestRelaxations(index, query) : [];
    if (previous && sameIndex) this.scheduleAnnouncement();
  }

  /** Counts the filter values once the results are painted; a newer change cancels it. */
  private countLater(index: SearchIndex, query: FinderQuery): void {
    this.counting?.abort();
    const counting = new AbortController();
    this.counting = counting;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (counting.signal.aborted || !this.result) return;
        this.counting = undefined;
        this.result = { ...this.result, counts: countValues(index, query) };
        this.host.requestUpdate();
      }),
    );
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (!this.result) return;
      const text = resultsAnnouncement(this.result.items.length, this.source.locale());
      // The same words again would not be read out; a no-break space makes it new.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY);
  }
}
