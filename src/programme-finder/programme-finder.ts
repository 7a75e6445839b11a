import { languageName, ownName } from '../shared/language-names.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { baseStyles } from '../styles/base.styles.js';
import { styles } from './programme-finder.styles.js';
import { filterPanelStyles } from './filter-panel.styles.js';
import { resultListStyles } from './result-list.styles.js';
import { detailViewStyles } from './detail-view.styles.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import type { LoadedFeed } from '../feed/load.js';
import { isSafeUrl } from '../feed/parse.js';
import {
  CEFR_LEVELS,
  DAYS,
  DOMAINS,
  KINDS,
  LEARNING_TYPES,
  ROUTES,
  THEMES,
  type Cefr,
  type Domain,
  type Feed,
  type LearningType,
  type Route,
  type Text,
} from '../feed/schema.js';
import { pickText, sameLanguage, type PickedText } from '../feed/text.js';
import { occurrences, type PartOfDay } from '../feed/schedule.js';
import { programmeToIcs } from '../feed/ics.js';
import { directionOf } from '../localization/locales.js';
import { renderFeedError, renderFeedLoading, renderStaleNotice } from '../shared/feed-status.js';
import { dateTimeFormat, formatNumber } from '../shared/format.js';
import { languageMenuId, languageMenuStyles, renderLanguageMenu } from '../shared/language-menu.js';
import { domainIcon } from '../shared/domain-icons.js';
import {
  dayLabel,
  formatLabel,
  kindLabel,
  learningExplanation,
  levelExplanation,
  levelName,
  partOfDayExplanation,
  routeExplanation,
  routeLabel,
} from '../shared/labels.js';
import {
  buildSearchIndex,
  buildSearchIndexInSlices,
  prepareSearchText,
  FACETS,
  FORMAT_VALUES,
  FREE,
  type Facet,
  type GeoPoint,
  type IndexedProgramme,
  type SearchIndex,
} from './search-index.js';
import {
  EMPTY_QUERY,
  filterProgrammes,
  hasFilters,
  suggestRelaxations,
  withoutValues,
  type FilterResult,
  type FinderQuery,
  type Relaxation,
  type SortOrder,
} from './filter-programmes.js';
import { parseUrlState, writeUrlState } from './url-state.js';
import {
  alternatives,
  cancelledText,
  capacityState,
  capacityText,
  costText,
  countText,
  distanceText,
  facetName,
  levelRangeText,
  listOf,
  locationName,
  longDate,
  ltr,
  meetingTime,
  nextMeetingText,
  noDatesText,
  organisationName,
  resultsAnnouncement,
  valueLabel,
} from './programme-text.js';
import {
  accessIcon,
  alertIcon,
  backIcon,
  calendarIcon,
  chatIcon,
  chevronIcon,
  closeIcon,
  downloadIcon,
  clockIcon,
  filterIcon,
  levelIcon,
  linkIcon,
  mailIcon,
  mapIcon,
  onlineIcon,
  peopleIcon,
  phoneIcon,
  pinIcon,
  searchIcon,
  shareIcon,
  starIcon,
} from './icons.js';
import { useMessages } from '../localization/localization.js';
import type { GoalSteering } from '../contract/goal-steering.js';

export type { GoalSteering } from '../contract/goal-steering.js';

/** Result cards shown at first, and added by each "show more". */
export const PAGE_SIZE = 20;
/** Feeds up to this size are indexed at once; larger ones in slices, between frames. */
const SYNC_INDEX_LIMIT = 1000;
/** Quiet time before the number of results is announced to screen readers. */
const ANNOUNCE_DELAY = 500;
/** Quiet time before the search text is written to the URL. */
const URL_WRITE_DELAY = 400;
/** Values shown per filter group before "show all". */
const VALUES_SHOWN = 6;
const DAY_MS = 86_400_000;
const PARTS: readonly PartOfDay[] = ['morning', 'afternoon', 'evening'];
/** Meetings listed in the detail view before "more dates". */
const SESSIONS_SHOWN = 8;

/** Reads and removes an own property set on the element before it was upgraded. */
function takeOwnProperty<T>(element: object, key: string): T | undefined {
  if (!Object.prototype.hasOwnProperty.call(element, key)) return undefined;
  const value = (element as Record<string, T>)[key];
  delete (element as Record<string, T>)[key];
  return value;
}

// This widget's translations are their own chunk per locale: fetch them with the shared ones.
useMessages('finder');

/**
 * Search, filter and browse the language programmes of a Taalhuis feed: courses,
 * taalcafés, coaching and digital-skills help, in the visitor's language, on a phone.
 *
 * Public JS properties besides the attributes:
 * - `goalSteering: { domains: string[]; goals: string[] } | null`: set by
 *   `<taal-goal-picker for="...">` (or the page). Its `domains` become the domain
 *   filter (shown as chips the visitor can remove); programmes whose `goals` list one
 *   of the `goals` come first within the chosen sort, with a "matches your goals"
 *   badge. `null` (the default) steers nothing.
 * - `now: Date | null`: the moment schedules are measured from; default the current
 *   time. For previews, stories and tests.
 *
 * Headings inside the widget start at `h2` (filters, results, a programme's title)
 * with `h3` for result cards and detail sections.
 *
 * @tagname taal-programme-finder
 * @summary Newcomers find a course, taalcafé, coaching or digital-skills help.
 *
 * @fires taal-feed-loaded - A feed loaded; `detail.programmes` counts the usable programmes, `detail.issues` lists what was skipped.
 * @fires taal-feed-error - No usable feed; `detail.kind` is `network`, `http`, `parse`, `schema` or `timeout`.
 * @fires taal-locale-change - The active locale changed.
 *
 * @csspart base - The wrapper of everything the finder shows.
 * @csspart language-menu - The language menu.
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The error message with its retry button.
 * @csspart retry-button - The button that loads the feed again.
 * @csspart stale-notice - The notice above a possibly outdated copy of the feed.
 * @csspart search - The search area (label, field and hint).
 * @csspart search-input - The search field.
 * @csspart filter-toggle - The button that opens and closes the filters on narrow screens.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filter options (a fieldset).
 * @csspart filter-option - One filter option (a checkbox with its label and count).
 * @csspart active-filters - The row of chosen filters.
 * @csspart chip - A chosen filter; activating it removes the filter.
 * @csspart clear-all - The button that removes every filter and the search text.
 * @csspart sort - The sort menu.
 * @csspart result-count - The heading with the number of results.
 * @csspart suggestion - The offer to show only programmes with help in the visitor's language.
 * @csspart results - The list of result cards.
 * @csspart result-card - One result card.
 * @csspart result-card-title - The title (and link) of a result card.
 * @csspart badge - A small label: free, price, places, languages of help, matches your goals.
 * @csspart show-more - The button that shows more results.
 * @csspart empty - The message when nothing matches, with a suggestion which filter to remove.
 * @csspart detail - The detail view of one programme.
 * @csspart back-button - The button back to the results.
 * @csspart dutch-hint - The small "in Dutch" hint next to text the feed only has in Dutch.
 *
 * @cssprop [--taal-color-accent=#0b5f6e] - Buttons, links, focus ring and selected states. Falls back to `--nl-button-primary-background-color`, `--utrecht-button-primary-action-background-color`.
 * @cssprop [--taal-color-accent-contrast=#ffffff] - Text and icons on the accent. Falls back to `--nl-button-primary-color`, `--utrecht-button-primary-action-color`.
 * @cssprop --taal-color-link - Links. Default: the accent; without `--taal-color-accent`, falls back to `--nl-link-color`, `--utrecht-link-color`.
 * @cssprop [--taal-color-text=#1b1b1b] - Body text. Falls back to `--nl-paragraph-color`, `--utrecht-document-color`, `--basis-color-default-color-document`.
 * @cssprop [--taal-color-muted=#4a4f55] - Secondary text (hints, meta data). Falls back to `--basis-color-default-color-subtle`.
 * @cssprop [--taal-color-surface=#ffffff] - Background. Falls back to `--utrecht-document-background-color`, `--basis-color-default-bg-document`.
 * @cssprop [--taal-color-surface-alt=#f3f5f6] - Cards, tiles and notices. Falls back to `--basis-color-default-bg-subtle`.
 * @cssprop [--taal-color-border=#767676] - Borders of fields and cards. Falls back to `--utrecht-form-control-border-color`, `--basis-color-default-border-default`.
 * @cssprop [--taal-color-danger=#b3261e] - Errors.
 * @cssprop [--taal-color-success=#1e7b34] - Confirmations.
 * @cssprop [--taal-color-warning=#8a6d00] - The edge of a warning (an outdated copy of the feed).
 * @cssprop [--taal-color-warning-surface=#fff4ce] - The background of a warning.
 * @cssprop --taal-focus-ring-color - Keyboard focus ring. Default: the accent; falls back to `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. Forced colours: `Highlight`.
 * @cssprop [--taal-focus-ring-width=3px] - Width of the focus ring, never under 2px. Falls back to `--utrecht-focus-outline-width`, `--basis-focus-outline-width`.
 * @cssprop --taal-font-family - Font stack. Default: the system font with Arabic and Ethiopic fallbacks; falls back to `--nl-paragraph-font-family`, `--utrecht-document-font-family`, `--basis-text-font-family-default`.
 * @cssprop [--taal-font-size=medium] - Base text size (default: the visitor's browser setting). Falls back to `--utrecht-document-font-size`.
 * @cssprop [--taal-radius=0.375rem] - Corner radius. Falls back to `--basis-border-radius-md`.
 * @cssprop [--taal-space=0.5rem] - Base spacing unit.
 * @cssprop [--taal-color-scheme=light] - `light` or `dark`: the look of native controls.
 */
export class TaalProgrammeFinder extends LitElement {
  static override styles = [
    baseStyles,
    languageMenuStyles,
    styles,
    filterPanelStyles,
    resultListStyles,
    detailViewStyles,
  ];

  private readonly localeController = new LocaleController(this);
  private readonly feed = new FeedController(this);
  /** A `goalSteering` the page set before this element was defined. */
  private readonly earlySteering = takeOwnProperty<GoalSteering | null>(this, 'goalSteering');

  /** URL of the Taalhuis feed (JSON, feed version 1). */
  @property({ attribute: 'src' }) src: string | null = null;

  /** UI language (`nl`, `en`...); page-wide. Default: the visitor's choice, the page's language, `nl`. */
  @property({ attribute: 'locale' }) locale: string | null = null;

  /** Keep the search, filters and the open programme in the URL hash (shareable; the back button works). */
  @property({ attribute: 'url-state', type: Boolean }) urlState = false;

  /** Steering by the goal picker: domains to filter on, goal ids to rank first (see the class docs). */
  @property({ attribute: false }) goalSteering: GoalSteering | null = null;

  /** The moment schedules are measured from; default: the current time. */
  @property({ attribute: false }) now: Date | null = null;

  @state() private query: FinderQuery = EMPTY_QUERY;
  @state() private sort: SortOrder = 'next';
  @state() private shown = PAGE_SIZE;
  @state() private openId: string | null = null;
  @state() private filtersOpen = false;
  @state() private origin: GeoPoint | null = null;
  @state() private geoMessage = '';
  @state() private announcement = '';
  @state() private expanded: ReadonlySet<Facet> = new Set();
  @state() private openGroups: ReadonlySet<Facet> = new Set<Facet>(['domain', 'day', 'part']);
  @state() private shareMessage = '';
  @state() private allSessions = false;
  @state() private index: SearchIndex | null = null;

  /** What the current index was built from. */
  private indexed?: { feed: Feed; locale: string; now: number | null };
  private indexing?: AbortController;
  private result?: FilterResult;
  private resultInputs: readonly unknown[] = [];
  private relaxations: Relaxation[] = [];
  private announceTimer?: ReturnType<typeof setTimeout>;
  private urlTimer?: ReturnType<typeof setTimeout>;
  /** Page scroll position of the list when a programme was opened. */
  private listScroll = 0;
  /** Whether the open programme added a history entry (so "back" can use the browser's). */
  private pushedDetail = false;
  /** Set when a new feed arrives, so an open programme that is no longer in it is closed. */
  private openIdCheck = false;
  /** Work for after the next render: moving focus, restoring scroll. */
  private afterRender: (() => void)[] = [];
  private readonly languageMenu = languageMenuId();
  /** Names of filter values for the current feed and locale (sorting them asks often). */
  private readonly labels = new Map<string, PickedText>();
  private collator?: { locale: string; collator: Intl.Collator };

  constructor() {
    super();
    if (this.earlySteering !== undefined) this.goalSteering = this.earlySteering;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleHistory);
    window.addEventListener('hashchange', this.handleHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleHistory);
    window.removeEventListener('hashchange', this.handleHistory);
    clearTimeout(this.announceTimer);
    clearTimeout(this.urlTimer);
    this.indexing?.abort();
    this.indexing = undefined;
    this.indexed = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && changed.get('locale') !== undefined)
      this.localeController.attributeChanged();
    if (changed.has('urlState') && this.urlState) this.readUrl();
    if (changed.has('goalSteering') && (this.goalSteering || changed.get('goalSteering')))
      this.applySteering();
    this.ensureIndex();
    this.updateResult();
  }

  override updated(): void {
    const work = this.afterRender.splice(0);
    for (const task of work) task();
  }

  override render() {
    const locale = this.localeController.locale;
    const body = this.feed.task.render({
      initial: () => renderFeedLoading(),
      pending: () => renderFeedLoading(),
      error: (error) => renderFeedError(error, () => this.feed.retry()),
      complete: (loaded) => {
        if (!loaded) return this.renderNoSource();
        if (!this.index || !this.result) return renderFeedLoading();
        return this.renderFinder(loaded, this.index, this.result, locale);
      },
    });
    return html`<div class="finder" part="base">
      <div class="top">${renderLanguageMenu(this.languageMenu, locale)}</div>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }

  // ---------------------------------------------------------------------------
  // Derived state (never in render)

  private loaded(): LoadedFeed | undefined {
    return this.feed.task.value ?? undefined;
  }

  /** Builds the search index when the feed, the locale or "now" changed. */
  private ensureIndex(): void {
    const loaded = this.feed.task.status === TaskStatus.COMPLETE ? this.loaded() : undefined;
    if (!loaded) {
      if (this.index && this.indexed?.feed !== this.loaded()?.feed) this.index = null;
      return;
    }
    const locale = this.localeController.locale;
    const now = this.now?.getTime() ?? null;
    const current = this.indexed;
    if (current && current.feed === loaded.feed && current.locale === locale && current.now === now) return;
    if (current?.feed !== loaded.feed) {
      this.index = null;
      this.openIdCheck = true;
    }
    this.indexed = { feed: loaded.feed, locale, now };
    this.indexing?.abort();
    this.indexing = undefined;
    const options = { locale, now: this.now ?? new Date() };
    this.labels.clear();
    const controller = new AbortController();
    this.indexing = controller;
    if (loaded.feed.programmes.length <= SYNC_INDEX_LIMIT) {
      this.index = buildSearchIndex(loaded.feed, options);
      this.afterRender.push(() => void prepareSearchText(this.index!, { signal: controller.signal }));
      return;
    }
    buildSearchIndexInSlices(loaded.feed, { ...options, signal: controller.signal }).then(
      (index) => {
        if (this.indexing !== controller) return;
        this.index = index;
        // Once the first results are on screen, get the search text ready between frames.
        this.afterRender.push(() => void prepareSearchText(index, { signal: controller.signal }));
      },
      () => {
        /* aborted: a newer feed or locale is being indexed */
      },
    );
  }

  private updateResult(): void {
    const index = this.index;
    if (!index) {
      this.result = undefined;
      this.resultInputs = [];
      return;
    }
    const goals = this.goalSteering?.goals ?? [];
    const sort = this.sort === 'distance' && !this.origin ? 'next' : this.sort;
    const inputs = [index, this.query, sort, this.origin, goals.join('\n')];
    if (inputs.every((value, i) => value === this.resultInputs[i])) return;
    const previous = this.result;
    const sameIndex = this.resultInputs[0] === index;
    this.resultInputs = inputs;
    this.result = filterProgrammes(index, this.query, { sort, origin: this.origin ?? undefined, goals });
    this.relaxations = this.result.items.length === 0 ? suggestRelaxations(index, this.query) : [];
    if (this.openIdCheck) {
      this.openIdCheck = false;
      if (this.openId && !index.items.some((item) => item.programme.id === this.openId)) this.openId = null;
    }
    if (previous && sameIndex) this.scheduleAnnouncement();
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (!this.result) return;
      const text = resultsAnnouncement(this.result.items.length, this.localeController.locale);
      // The same words again would not be read out; a no-break space makes it new.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    }, ANNOUNCE_DELAY);
  }

  private applySteering(): void {
    const domains = [...new Set(this.goalSteering?.domains ?? [])].filter((d) =>
      (DOMAINS as readonly string[]).includes(d),
    );
    const filters = { ...this.query.filters };
    if (domains.length) filters.domain = domains;
    else delete filters.domain;
    this.query = { ...this.query, filters };
    this.shown = PAGE_SIZE;
  }

  private get openItem(): IndexedProgramme | undefined {
    if (!this.openId || !this.index) return undefined;
    return this.index.items.find((item) => item.programme.id === this.openId);
  }

  // ---------------------------------------------------------------------------
  // Rendering

  private renderNoSource() {
    return html`<p class="notice error" role="alert">
      ${msg('Deze zoeker heeft geen adres van een overzicht. Geef het adres op in het attribuut src.', {
        id: 'finder.no-src',
        desc: 'Configuration error for the webmaster: the src attribute is missing.',
      })}
    </p>`;
  }

  private renderFinder(loaded: LoadedFeed, index: SearchIndex, result: FilterResult, locale: string) {
    const open = this.openItem;
    return html`${renderStaleNotice(loaded, locale) ?? nothing}
    ${open ? this.renderDetail(open, loaded, index, locale) : this.renderBrowse(loaded.feed, index, result, locale)}`;
  }

  /**
   * The search landmark's name, with the publisher's name: two finders on one page (two
   * Taalhuizen) stay apart in a screen reader's list of landmarks.
   */
  private searchLandmarkName(feed: Feed, locale: string): string {
    const publisher = pickText(feed.publisher?.name, locale)?.text;
    return publisher
      ? msg(str`Zoeken in het aanbod van ${publisher}`, {
          id: 'finder.search.landmark-publisher',
          desc: 'Accessible name of the search area; the placeholder is the Taalhuis or library that publishes the feed.',
        })
      : msg('Zoeken in het aanbod', {
          id: 'finder.search.landmark',
          desc: 'Accessible name of the search area when the feed names no publisher.',
        });
  }

  private renderBrowse(feed: Feed, index: SearchIndex, result: FilterResult, locale: string) {
    const activeCount = FACETS.reduce((n, facet) => n + (this.query.filters[facet]?.length ?? 0), 0);
    // Names the results region too, so two finders (two Taalhuizen) on one page stay apart.
    const publisher = pickText(feed.publisher?.name, locale);
    return html`<div class="layout">
      <div class="search" part="search" role="search" aria-label=${this.searchLandmarkName(feed, locale)}>
        <label class="search-label" for="search"
          >${msg('Zoek een activiteit', {
            id: 'finder.search.label',
            desc: 'Label of the search field of the programme finder.',
          })}</label
        >
        <div class="search-field">
          ${searchIcon()}
          <input
            id="search"
            part="search-input"
            type="search"
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="search-hint"
            .value=${live(this.query.query)}
            @input=${this.handleSearchInput}
            @keydown=${this.handleSearchKeydown}
          />
        </div>
        <p class="hint" id="search-hint">
          ${msg('Bijvoorbeeld: taalcafé, computer, rekenen, gratis', {
            id: 'finder.search.hint',
            desc: 'Examples under the search field. Use words a learner would type.',
          })}
        </p>
      </div>

      <button
        class="filter-toggle"
        part="filter-toggle"
        type="button"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filter-panel"
        @click=${this.handleFilterToggle}
      >
        ${filterIcon()}
        <span
          >${
            activeCount
              ? msg(str`Filters (${formatNumber(activeCount, locale)} gekozen)`, {
                  id: 'finder.filters.toggle-active',
                  desc: 'Button that opens the filters on a narrow screen; the placeholder is how many are chosen.',
                })
              : msg('Filters', {
                  id: 'finder.filters.toggle',
                  desc: 'Button that opens the filters on a narrow screen.',
                })
          }</span
        >
        ${chevronIcon()}
      </button>

      ${this.renderFilters(feed, result, locale)}

      <section
        class="results"
        aria-labelledby=${publisher ? 'results-heading results-publisher' : 'results-heading'}
      >
        ${
          publisher
            ? html`<span id="results-publisher" class="visually-hidden" lang=${publisher.lang}
                >${publisher.text}</span
              >`
            : nothing
        }
        <div class="results-head">
          <h2 id="results-heading" class="result-count" part="result-count" tabindex="-1">
            ${countText(result.items.length, locale)}
          </h2>
          ${this.renderSort(index)}
        </div>
        <p class=${this.geoMessage ? 'geo-message' : 'live-slot'} role="status">${this.geoMessage}</p>
        ${this.renderActiveFilters(feed, locale)} ${this.renderLanguageSuggestion(result, locale)}
        ${
          this.goalSteering?.goals.length && result.goalMatches.size
            ? html`<p class="steering-note">
                ${starIcon()}
                ${msg('Wat past bij jouw leerdoelen, staat bovenaan.', {
                  id: 'finder.steering.note',
                  desc: 'Shown above the results when the learning-goal picker steers the finder.',
                })}
              </p>`
            : nothing
        }
        ${result.items.length ? this.renderList(feed, result, locale) : this.renderEmpty(feed, locale)}
        ${this.renderEndedToggle(result, locale)}
      </section>
    </div>`;
  }

  private renderSort(index: SearchIndex) {
    const canLocate = index.hasGeo && typeof navigator !== 'undefined' && 'geolocation' in navigator;
    const options: [SortOrder, string][] = [
      [
        'next',
        msg('Eerstvolgende eerst', {
          id: 'finder.sort.next',
          desc: 'Sort option: the programme that meets soonest first.',
        }),
      ],
      ['title', msg('A tot Z', { id: 'finder.sort.title', desc: 'Sort option: alphabetical by title.' })],
    ];
    if (canLocate) {
      options.push([
        'distance',
        msg('Dichtbij eerst', {
          id: 'finder.sort.distance',
          desc: "Sort option: nearest first (asks for the visitor's location).",
        }),
      ]);
    }
    const current = this.sort === 'distance' && !this.origin ? 'next' : this.sort;
    return html`<div class="sort" part="sort">
      <label for="sort"
        >${msg('Volgorde', { id: 'finder.sort.label', desc: 'Label of the sort menu.' })}</label
      >
      <select id="sort" @change=${this.handleSortChange}>
        ${options.map(
          ([value, label]) =>
            html`<option value=${value} .selected=${live(value === current)}>${label}</option>`,
        )}
      </select>
    </div>`;
  }

  // Filters -------------------------------------------------------------------

  private renderFilters(feed: Feed, result: FilterResult, locale: string) {
    return html`<section
      id="filter-panel"
      class=${classMap({ filters: true, open: this.filtersOpen })}
      part="filters"
      aria-labelledby="filters-heading"
      @keydown=${this.handlePanelKeydown}
    >
      <h2 id="filters-heading" class="filters-heading">
        ${msg('Filters', { id: 'finder.filters.heading', desc: 'Heading of the filter panel.' })}
      </h2>
      <div class="groups">${FACETS.map((facet) => this.renderGroup(facet, feed, result, locale))}</div>
      <div class="panel-footer">
        <button class="button" type="button" @click=${this.handleShowResults}>
          ${msg(str`Toon ${countText(result.items.length, locale)}`, {
            id: 'finder.filters.show-results',
            desc: 'Button at the end of the filter panel on a narrow screen; closes it. The placeholder is e.g. "12 activities".',
          })}
        </button>
      </div>
    </section>`;
  }

  /** The values of a filter in the order the panel shows them. */
  private orderedValues(facet: Facet, feed: Feed, counts: Map<string, number>, locale: string): string[] {
    const present = [...counts.keys()];
    const inOrder = (order: readonly string[]) => order.filter((value) => counts.has(value));
    if (this.collator?.locale !== locale) {
      this.collator = { locale, collator: new Intl.Collator(locale, { sensitivity: 'base' }) };
    }
    const { collator } = this.collator;
    const byName = (values: string[]) =>
      values.sort((a, b) =>
        collator.compare(this.label(facet, a, feed, locale).text, this.label(facet, b, feed, locale).text),
      );
    switch (facet) {
      case 'free':
        return inOrder([FREE]);
      case 'domain':
        return inOrder(DOMAINS);
      case 'day':
        return inOrder(DAYS);
      case 'part':
        return inOrder(PARTS);
      case 'kind':
        return inOrder(KINDS);
      case 'format':
        return inOrder(FORMAT_VALUES);
      case 'level':
        return inOrder(CEFR_LEVELS);
      case 'theme':
        return inOrder(THEMES);
      case 'route':
        return inOrder(ROUTES);
      case 'learning':
        return inOrder(LEARNING_TYPES);
      case 'language': {
        // The visitor's own language first, then the most offered.
        const mine = (value: string) => (sameLanguage(value, locale) && !sameLanguage(locale, 'nl') ? 0 : 1);
        return byName(present).sort((a, b) => mine(a) - mine(b) || counts.get(b)! - counts.get(a)!);
      }
      case 'location':
      case 'organisation':
        return byName(present);
    }
  }

  private renderGroup(facet: Facet, feed: Feed, result: FilterResult, locale: string) {
    const counts = result.counts[facet];
    const values = this.orderedValues(facet, feed, counts, locale);
    if (!values.length) return nothing;
    const chosen = new Set(this.query.filters[facet] ?? []);
    const name = facetName(facet);
    const options = this.renderValueList(facet, values, chosen, counts, feed, locale);
    if (facet === 'free') {
      return html`<fieldset class="group group-${facet}" part="filter-group">
        <legend class="visually-hidden">${name}</legend>
        ${options}
      </fieldset>`;
    }
    // Groups fold open and closed; the first few start open, and so does one with a choice.
    const open = this.openGroups.has(facet) || chosen.size > 0;
    return html`<details
      class="group-wrap"
      ?open=${open}
      data-facet=${facet}
      @toggle=${this.handleGroupToggle}
    >
      <summary>
        <span class="group-name">${name}</span>
        ${
          chosen.size
            ? html`<span class="count chosen"
                >${msg(str`${formatNumber(chosen.size, locale)} gekozen`, {
                  id: 'finder.filters.chosen',
                  desc: 'Next to a folded filter group: how many of its options are chosen.',
                })}</span
              >`
            : nothing
        }
        ${chevronIcon()}
      </summary>
      <fieldset class="group group-${facet}" part="filter-group">
        <legend class="visually-hidden">${name}</legend>
        ${options}
      </fieldset>
    </details>`;
  }

  private renderValueList(
    facet: Facet,
    values: string[],
    chosen: Set<string>,
    counts: Map<string, number>,
    feed: Feed,
    locale: string,
  ) {
    const expanded = this.expanded.has(facet);
    // Only open-ended lists fold; chosen values always show.
    const folds =
      (facet === 'language' || facet === 'location' || facet === 'organisation') &&
      values.length > VALUES_SHOWN + 1;
    const visible =
      folds && !expanded ? values.filter((value, i) => i < VALUES_SHOWN || chosen.has(value)) : values;
    return html`<ul class="options" role="list">
        ${visible.map((value) => this.renderOption(facet, value, counts.get(value) ?? 0, chosen.has(value), feed, locale))}
      </ul>
      ${
        folds
          ? html`<button
              class="link-button more-values"
              type="button"
              data-facet=${facet}
              aria-expanded=${expanded ? 'true' : 'false'}
              @click=${this.handleExpandGroup}
            >
              ${
                expanded
                  ? msg('Minder tonen', {
                      id: 'finder.filters.fewer',
                      desc: 'Button under a long list of filter options: show fewer.',
                    })
                  : msg(str`Alle ${formatNumber(values.length, locale)} tonen`, {
                      id: 'finder.filters.all',
                      desc: 'Button under a long list of filter options: show all. The placeholder is how many there are.',
                    })
              }
            </button>`
          : nothing
      }`;
  }

  private renderOption(
    facet: Facet,
    value: string,
    count: number,
    checked: boolean,
    feed: Feed,
    locale: string,
  ) {
    const id = `f-${facet}-${value}`.replace(/[^\w-]/g, '_');
    const label = this.label(facet, value, feed, locale);
    const hint = this.optionHint(facet, value, locale);
    return html`<li class=${classMap({ option: true, zero: count === 0 && !checked })} part="filter-option">
      <input
        type="checkbox"
        id=${id}
        .checked=${live(checked)}
        data-facet=${facet}
        data-value=${value}
        aria-describedby=${hint?.text ? `${id}-hint` : nothing}
        @change=${this.handleFilterChange}
      />
      <label for=${id}>
        ${facet === 'domain' ? domainIcon(value as Domain) : nothing}
        <span class="option-text"
          ><span lang=${label.lang} dir=${this.dirOf(label)}>${label.text}</span
          >${hint?.autonym ? html` ${hint.autonym}` : nothing}</span
        >
        <span class="count">${formatNumber(count, locale)}</span>
      </label>
      ${hint?.text ? html`<span class="option-hint" id=${`${id}-hint`}>${hint.text}</span>` : nothing}
    </li>`;
  }

  /** The plain explanation under an option, or a language's own name. */
  private optionHint(
    facet: Facet,
    value: string,
    locale: string,
  ): { text?: string; autonym?: TemplateResult } | undefined {
    switch (facet) {
      case 'level':
        return { text: levelExplanation(value as Cefr) };
      case 'route':
        return { text: routeExplanation(value as Route) };
      case 'learning':
        return { text: learningExplanation(value as LearningType) };
      case 'part':
        return { text: partOfDayExplanation(value as PartOfDay, locale) };
      case 'language': {
        const own = ownName(value);
        if (own === languageName(value, locale) || own === value) return undefined;
        return { autonym: html`<span class="autonym" lang=${value} dir=${directionOf(value)}>${own}</span>` };
      }
      default:
        return undefined;
    }
  }

  private renderActiveFilters(feed: Feed, locale: string) {
    const chips: { facet: Facet | 'query'; value: string; label: PickedText }[] = [];
    const q = this.query.query.trim();
    if (q) chips.push({ facet: 'query', value: q, label: { text: `“${q}”`, lang: locale } });
    for (const facet of FACETS) {
      for (const value of this.query.filters[facet] ?? []) {
        chips.push({ facet, value, label: this.label(facet, value, feed, locale) });
      }
    }
    if (!chips.length) return nothing;
    return html`<div class="active-filters" part="active-filters">
      <ul
        class="chips"
        role="list"
        aria-label=${msg('Gekozen filters', { id: 'finder.chips.label', desc: 'Accessible name of the list of chosen filters.' })}
      >
        ${chips.map(
          (chip, i) =>
            html`<li>
              <button
                class="chip"
                part="chip"
                type="button"
                data-chip=${i}
                data-facet=${chip.facet}
                data-value=${chip.value}
                aria-label=${msg(str`Filter weghalen: ${chip.label.text}`, {
                  id: 'finder.chip.remove',
                  desc: 'Accessible name of a chosen-filter chip; activating it removes the filter. The placeholder is the filter value.',
                })}
                @click=${this.handleChipClick}
              >
                <span lang=${chip.label.lang} dir=${this.dirOf(chip.label)}>${chip.label.text}</span>
                ${closeIcon()}
              </button>
            </li>`,
        )}
      </ul>
      <button class="link-button clear-all" part="clear-all" type="button" @click=${this.handleClearAll}>
        ${msg('Alles wissen', { id: 'finder.clear-all', desc: 'Button that removes every filter and the search text.' })}
      </button>
    </div>`;
  }

  private renderLanguageSuggestion(result: FilterResult, locale: string) {
    if (sameLanguage(locale, 'nl') || this.query.filters.language?.length) return nothing;
    const match = [...result.counts.language].find(
      ([code, count]) => sameLanguage(code, locale) && count > 0,
    );
    if (!match) return nothing;
    const [code, count] = match;
    const language = languageName(code, locale);
    return html`<div class="suggestion" part="suggestion">
      ${chatIcon()}
      <button class="link-button" type="button" data-language=${code} @click=${this.handleLanguageSuggestion}>
        ${msg(str`Alleen activiteiten met hulp in het ${language}`, {
          id: 'finder.suggest.language',
          desc: "Button offering to show only programmes where someone helps in the visitor's language. The placeholder is the language name.",
        })}
        <span class="count">${formatNumber(count, locale)}</span>
      </button>
    </div>`;
  }

  // Results -------------------------------------------------------------------

  private renderList(feed: Feed, result: FilterResult, locale: string) {
    const total = result.items.length;
    const shown = result.items.slice(0, this.shown);
    return html`<ol class="cards" part="results" role="list">
        ${repeat(
          shown,
          (item) => item.programme.id,
          (item, i) => this.renderCard(item, i, feed, result, locale),
        )}
      </ol>
      ${
        total > shown.length
          ? html`<div class="more">
              <p class="more-count">
                ${msg(str`${formatNumber(shown.length, locale)} van ${formatNumber(total, locale)} getoond`, {
                  id: 'finder.more.count',
                  desc: 'Below the results: how many of all results are shown. Placeholders: shown, total.',
                })}
              </p>
              <button class="button secondary" part="show-more" type="button" @click=${this.handleShowMore}>
                ${msg('Meer tonen', { id: 'finder.more', desc: 'Button that shows the next results.' })}
              </button>
            </div>`
          : nothing
      }`;
  }

  private renderCard(
    item: IndexedProgramme,
    position: number,
    feed: Feed,
    result: FilterResult,
    locale: string,
  ) {
    const p = item.programme;
    const summary = pickText(p.summary, locale);
    const organisation = organisationName(feed, item.facets.organisation[0], locale);
    const places = item.facets.location
      .map((id) => locationName(feed, id, locale))
      .filter(Boolean) as PickedText[];
    const capacity = capacityState(p);
    const distance = result.distances.get(item);
    const dutchOnly = this.isDutchOnly(item.title) || (summary && this.isDutchOnly(summary));
    const titleId = `title-${position}`;
    return html`<li
      class=${classMap({ card: true, ended: item.ended })}
      part="result-card"
      data-position=${position}
    >
      <div class="card-head">
        <h3 class="card-title" part="result-card-title" id=${titleId}>${this.renderOpenControl(item)}</h3>
        <span class=${classMap({ badge: true, cost: true, free: p.cost.free })} part="badge"
          >${costText(p.cost, locale)}</span
        >
      </div>
      ${
        organisation
          ? html`<p class="card-org">
              <span lang=${organisation.lang} dir=${this.dirOf(organisation)}>${organisation.text}</span>
              <span class="sep" aria-hidden="true">·</span>
              <span>${kindLabel(p.kind)}</span>
            </p>`
          : html`<p class="card-org">${kindLabel(p.kind)}</p>`
      }
      ${
        summary
          ? html`<p class="card-summary" lang=${summary.lang} dir=${this.dirOf(summary)}>${summary.text}</p>`
          : nothing
      }
      ${dutchOnly ? this.renderDutchHint() : nothing}
      <ul class="facts" role="list">
        <li>${calendarIcon()}<span>${this.renderCardWhen(item, locale)}</span></li>
        ${
          item.nextCancelled
            ? html`<li class="cancelled">
                ${alertIcon()}<span>${cancelledText(item.nextCancelled, locale)}</span>
              </li>`
            : nothing
        }
        ${
          places.length
            ? html`<li>
                ${pinIcon()}
                <span>
                  ${places.map(
                    (place, i) =>
                      html`${i ? ', ' : ''}<span lang=${place.lang} dir=${this.dirOf(place)}
                          >${place.text}</span
                        >`,
                  )}
                  ${
                    distance !== undefined && Number.isFinite(distance)
                      ? html`<span class="distance">${distanceText(distance, locale)}</span>`
                      : nothing
                  }
                </span>
              </li>`
            : p.format === 'online'
              ? html`<li>${onlineIcon()}<span>${formatLabel('online')}</span></li>`
              : nothing
        }
      </ul>
      <div class="badges">
        ${
          result.goalMatches.has(item)
            ? html`<span class="badge goal" part="badge"
                >${starIcon()}${msg('Past bij je leerdoelen', {
                  id: 'finder.badge.goals',
                  desc: 'Badge on a result card: the programme works on one of the learning goals the visitor chose.',
                })}</span
              >`
            : nothing
        }
        ${
          capacity
            ? html`<span class=${classMap({ badge: true, capacity: true, [capacity]: true })} part="badge"
                >${peopleIcon()}${capacityText(p, locale)}</span
              >`
            : nothing
        }
        ${
          item.facets.language.length
            ? html`<span class="badge languages" part="badge"
                >${chatIcon()}${msg(
                  str`Hulp in: ${listOf(
                    item.facets.language.map((code) => languageName(code, locale)),
                    locale,
                  )}`,
                  {
                    id: 'finder.badge.languages',
                    desc: 'Badge on a result card: languages in which someone helps. The placeholder is a list of language names.',
                  },
                )}</span
              >`
            : nothing
        }
        ${
          item.ended
            ? html`<span class="badge ended-badge" part="badge"
                >${msg('Afgelopen', { id: 'finder.badge.ended', desc: 'Badge on a result card: the programme is over.' })}</span
              >`
            : nothing
        }
      </div>
    </li>`;
  }

  /** The link (with url-state) or button that opens a programme's details. */
  private renderOpenControl(item: IndexedProgramme) {
    const id = item.programme.id;
    const title = html`<span lang=${item.title.lang} dir=${this.dirOf(item.title)}>${item.title.text}</span>`;
    if (this.urlState) {
      return html`<a class="card-link" href=${this.hrefFor(id)} data-id=${id} @click=${this.handleOpenClick}
        >${title}</a
      >`;
    }
    return html`<button class="card-link" type="button" data-id=${id} @click=${this.handleOpenClick}>
      ${title}
    </button>`;
  }

  private renderDutchHint() {
    return html`<p class="dutch-hint" part="dutch-hint">
      ${msg('in het Nederlands', {
        id: 'finder.dutch-only',
        desc: 'Small hint next to programme text that the feed only has in Dutch (shown in a non-Dutch UI).',
      })}
    </p>`;
  }

  /** The card's line about when: the next meeting, the schedule's note, or why there is none. */
  private renderCardWhen(item: IndexedProgramme, locale: string) {
    if (item.next) return nextMeetingText(item.next, this.index!.now, locale);
    if (item.ended) {
      return msg('Deze activiteit is voorbij.', {
        id: 'finder.when.ended',
        desc: 'On a result card: the programme has ended.',
      });
    }
    const note = pickText(item.programme.schedule?.note, locale);
    if (note) return html`<span lang=${note.lang} dir=${this.dirOf(note)}>${note.text}</span>`;
    return noDatesText();
  }

  private renderEmpty(feed: Feed, locale: string) {
    const best = this.relaxations[0];
    let tip: string | undefined;
    let action: string | undefined;
    if (best) {
      const found = countText(best.count, locale);
      if (best.facet === 'query') {
        const words = best.values[0];
        tip = msg(str`Tip: zoek zonder “${words}”. Dan vind je ${found}.`, {
          id: 'finder.empty.tip-query',
          desc: 'When nothing matches: suggest searching without the typed words. Placeholders: the search text, e.g. "4 activities".',
        });
        action = msg('Zoekwoorden weghalen', {
          id: 'finder.empty.remove-query',
          desc: 'Button: clear the search text.',
        });
      } else {
        const facet = best.facet;
        const label = alternatives(
          best.values.map((value) => valueLabel(facet, value, feed, locale).text),
          locale,
        );
        tip = msg(str`Tip: haal het filter “${label}” weg. Dan vind je ${found}.`, {
          id: 'finder.empty.tip-filter',
          desc: 'When nothing matches: suggest removing one filter. Placeholders: the filter value(s), e.g. "4 activities".',
        });
        action = msg(str`Filter “${label}” weghalen`, {
          id: 'finder.empty.remove-filter',
          desc: 'Button: remove the suggested filter. The placeholder is the filter value(s).',
        });
      }
    }
    return html`<div class="empty" part="empty">
      <p class="empty-title">
        ${msg('Geen activiteiten gevonden.', {
          id: 'finder.empty.title',
          desc: 'When the search and filters find nothing.',
        })}
      </p>
      ${
        tip
          ? html`<p>${tip}</p>
              <button class="button" type="button" @click=${this.handleRelax}>${action}</button>`
          : html`<p>
              ${msg('Probeer een ander woord of kies minder filters.', {
                id: 'finder.empty.general',
                desc: 'When nothing matches and no single filter helps.',
              })}
            </p>`
      }
      ${
        hasFilters(this.query.filters) || this.query.query.trim()
          ? html`<button class="button secondary" type="button" @click=${this.handleClearAll}>
              ${msg('Alles wissen', { id: 'finder.clear-all', desc: 'Button that removes every filter and the search text.' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderEndedToggle(result: FilterResult, locale: string) {
    if (!result.endedHidden && !this.query.showEnded) return nothing;
    return html`<div class="ended-toggle">
      <input
        type="checkbox"
        id="show-ended"
        .checked=${live(this.query.showEnded)}
        @change=${this.handleShowEnded}
      />
      <label for="show-ended">
        ${msg('Ook activiteiten tonen die voorbij zijn', {
          id: 'finder.show-ended',
          desc: 'Checkbox under the results: also show programmes that have ended.',
        })}
        ${this.query.showEnded ? nothing : html`<span class="count">${formatNumber(result.endedHidden, locale)}</span>`}
      </label>
    </div>`;
  }

  // Detail ----------------------------------------------------------------------

  private renderDetail(item: IndexedProgramme, loaded: LoadedFeed, index: SearchIndex, locale: string) {
    const feed = loaded.feed;
    const p = item.programme;
    const summary = pickText(p.summary, locale);
    const description = pickText(p.description, locale);
    const audience = pickText(p.audience, locale);
    const organisation = organisationName(feed, item.facets.organisation[0], locale);
    const level = levelRangeText(p);
    return html`<article
      class="detail"
      part="detail"
      aria-labelledby="detail-title"
      @keydown=${this.handleDetailKeydown}
    >
      <button class="back" part="back-button" type="button" @click=${this.handleBack}>
        ${backIcon()}
        ${msg('Terug naar de resultaten', { id: 'finder.detail.back', desc: 'Button in the detail view: back to the list.' })}
      </button>
      <header class="detail-head">
        <h2 id="detail-title" tabindex="-1" lang=${item.title.lang} dir=${this.dirOf(item.title)}>
          ${item.title.text}
        </h2>
        ${
          organisation
            ? html`<p class="card-org">
                <span lang=${organisation.lang} dir=${this.dirOf(organisation)}>${organisation.text}</span>
                <span class="sep" aria-hidden="true">·</span>
                <span>${kindLabel(p.kind)}</span>
              </p>`
            : nothing
        }
        <div class="badges">
          <span class=${classMap({ badge: true, cost: true, free: p.cost.free })} part="badge"
            >${costText(p.cost, locale)}</span
          >
          <span class="badge" part="badge">${formatLabel(p.format)}</span>
          ${level ? html`<span class="badge" part="badge">${levelIcon()}${level}</span>` : nothing}
          ${
            capacityText(p, locale)
              ? html`<span
                  class=${classMap({ badge: true, capacity: true, [capacityState(p)!]: true })}
                  part="badge"
                  >${peopleIcon()}${capacityText(p, locale)}</span
                >`
              : nothing
          }
        </div>
      </header>
      ${summary ? html`<p class="lead" lang=${summary.lang} dir=${this.dirOf(summary)}>${summary.text}</p>` : nothing}
      ${
        description
          ? html`<p class="description" lang=${description.lang} dir=${this.dirOf(description)}>
              ${description.text}
            </p>`
          : nothing
      }
      ${[item.title, summary, description].some((t) => t && this.isDutchOnly(t)) ? this.renderDutchHint() : nothing}

      <div class="detail-grid">
        ${this.renderWhen(item, feed, index, locale)} ${this.renderWhere(item, feed, locale)}
        ${this.renderSignUp(item, feed, locale)}
        <section class="detail-section section-who" aria-labelledby="who-heading">
          <h3 id="who-heading">
            ${msg('Voor wie', { id: 'finder.detail.who', desc: 'Detail section heading: who it is for.' })}
          </h3>
          ${audience ? html`<p lang=${audience.lang} dir=${this.dirOf(audience)}>${audience.text}</p>` : nothing}
          <dl class="facts-list">
            ${level ? this.renderFact(msg('Niveau', { id: 'finder.detail.level', desc: 'Label: level of Dutch.' }), this.levelDescription(p.level!)) : nothing}
            ${
              p.routes?.length
                ? this.renderFact(
                    msg('Inburgeringsroute', {
                      id: 'finder.detail.routes',
                      desc: 'Label: integration routes it fits.',
                    }),
                    html`${p.routes.map((r) => html`<span class="def-item"><strong>${routeLabel(r)}</strong>: ${routeExplanation(r)}</span>`)}`,
                  )
                : nothing
            }
            ${this.renderFact(
              msg('Les in', {
                id: 'finder.detail.instruction',
                desc: 'Label: the language(s) the lessons are in.',
              }),
              listOf(
                (p.instructionLanguages?.length ? p.instructionLanguages : ['nl']).map((c) =>
                  languageName(c, locale),
                ),
                locale,
              ),
            )}
            ${
              item.facets.language.length
                ? this.renderFact(
                    msg('Hulp in', {
                      id: 'finder.detail.support',
                      desc: 'Label: languages someone helps in.',
                    }),
                    listOf(
                      item.facets.language.map((c) => languageName(c, locale)),
                      locale,
                    ),
                  )
                : nothing
            }
            ${this.renderFact(
              msg('Kosten', { id: 'finder.detail.cost', desc: 'Label: what it costs.' }),
              html`${costText(p.cost, locale)}${this.noteText(p.cost.note, locale)}`,
            )}
          </dl>
        </section>
      </div>

      <div class="detail-actions">
        <button class="button secondary" type="button" @click=${this.handleShare}>
          ${shareIcon()}
          ${msg('Deel deze activiteit', { id: 'finder.detail.share', desc: 'Button: share a link to this programme.' })}
        </button>
        <p class=${this.shareMessage ? 'share-message' : 'live-slot'} role="status">${this.shareMessage}</p>
      </div>
      ${
        p.lastChecked
          ? html`<p class="checked">
              ${msg(
                str`Laatst gecontroleerd op ${longDate(new Date(`${p.lastChecked}T12:00:00Z`), locale)}`,
                {
                  id: 'finder.detail.checked',
                  desc: 'Small print in the detail view: when the organiser last checked the information. The placeholder is a date.',
                },
              )}
            </p>`
          : nothing
      }
    </article>`;
  }

  private renderFact(term: string, definition: unknown) {
    return html`<div class="fact">
      <dt>${term}</dt>
      <dd>${definition}</dd>
    </div>`;
  }

  private levelDescription(level: NonNullable<IndexedProgramme['programme']['level']>) {
    const levels = [level.min, level.max].filter(Boolean) as Cefr[];
    return html`${[...new Set(levels)].map(
      (l) =>
        html`<span class="def-item"><strong>${l} ${levelName(l)}</strong>: ${levelExplanation(l)}</span>`,
    )}`;
  }

  private noteText(note: Text | undefined, locale: string) {
    const picked = pickText(note, locale);
    if (!picked) return nothing;
    return html`<span class="note" lang=${picked.lang} dir=${this.dirOf(picked)}>${picked.text}</span>`;
  }

  private renderWhen(item: IndexedProgramme, feed: Feed, index: SearchIndex, locale: string) {
    const p = item.programme;
    const schedule = p.schedule;
    const now = index.now;
    // Every dated session still to come, and the weekly meetings of the coming year.
    const all = schedule
      ? occurrences(schedule, {
          from: now,
          to: new Date(now.getTime() + 366 * DAY_MS),
          limit: Math.max(SESSIONS_SHOWN, schedule.sessions?.length ?? 0) + 1,
        })
      : [];
    const list = this.allSessions ? all : all.slice(0, SESSIONS_SHOWN);
    const weekly = schedule?.weekly;
    const note = pickText(schedule?.note, locale);
    return html`<section class="detail-section section-when" aria-labelledby="when-heading">
      <h3 id="when-heading">
        ${msg('Wanneer', { id: 'finder.detail.when', desc: 'Detail section heading: when it meets.' })}
      </h3>
      ${weekly ? html`<p class="weekly">${clockIcon()}${this.weeklyText(weekly, locale)}</p>` : nothing}
      ${note ? html`<p lang=${note.lang} dir=${this.dirOf(note)}>${note.text}</p>` : nothing}
      ${
        list.length
          ? html`<ul class="sessions" role="list">
              ${list.map(
                (occ) =>
                  html`<li class=${classMap({ session: true, cancelled: occ.status === 'cancelled' })}>
                    ${
                      occ.status === 'cancelled'
                        ? html`${alertIcon()}<span
                              ><s>${meetingTime(occ, locale)}</s>
                              <strong class="badge cancelled-badge" part="badge"
                                >${msg('Gaat niet door', {
                                  id: 'finder.detail.cancelled',
                                  desc: 'Badge next to a cancelled meeting in the detail view.',
                                })}</strong
                              ></span
                            >`
                        : html`${calendarIcon()}<span
                              >${meetingTime(occ, locale)}${this.sessionPlace(occ.locationId, item, feed, locale)}</span
                            >`
                    }
                  </li>`,
              )}
            </ul>`
          : html`<p>
              ${item.ended ? msg('Deze activiteit is voorbij.', { id: 'finder.when.ended', desc: 'On a result card: the programme has ended.' }) : noDatesText()}
            </p>`
      }
      ${
        all.length > list.length || this.allSessions
          ? html`<button
              class="link-button"
              type="button"
              aria-expanded=${this.allSessions ? 'true' : 'false'}
              @click=${this.handleAllSessions}
            >
              ${
                this.allSessions
                  ? msg('Minder data tonen', {
                      id: 'finder.detail.fewer-dates',
                      desc: 'Button: show fewer meeting dates.',
                    })
                  : msg('Meer data tonen', {
                      id: 'finder.detail.more-dates',
                      desc: 'Button: show more meeting dates.',
                    })
              }
            </button>`
          : nothing
      }
      ${
        item.next
          ? html`<button class="button secondary" type="button" @click=${this.handleCalendar}>
              ${downloadIcon()}
              ${msg('Zet in mijn agenda', {
                id: 'finder.detail.calendar',
                desc: "Button: download the meetings as a calendar file (.ics) for the phone's or computer's calendar.",
              })}
            </button>`
          : nothing
      }
    </section>`;
  }

  private sessionPlace(locationId: string | undefined, item: IndexedProgramme, feed: Feed, locale: string) {
    if (!locationId || (item.facets.location.length === 1 && item.facets.location[0] === locationId))
      return nothing;
    const place = locationName(feed, locationId, locale);
    return place ? html` <span class="session-place" lang=${place.lang}>(${place.text})</span>` : nothing;
  }

  private weeklyText(
    weekly: NonNullable<NonNullable<IndexedProgramme['programme']['schedule']>['weekly']>,
    locale: string,
  ) {
    const days = listOf(
      DAYS.filter((d) => weekly.days.includes(d)).map((d) => dayLabel(d, locale)),
      locale,
    );
    const time = (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number);
      return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
        Date.UTC(2026, 0, 5, h, m),
      );
    };
    const from = time(weekly.start);
    const to = time(weekly.end);
    return msg(str`Elke ${days}, ${from} – ${to}`, {
      id: 'finder.detail.weekly',
      desc: 'Detail view: a weekly meeting. Placeholders: weekday name(s), start time, end time.',
    });
  }

  private renderWhere(item: IndexedProgramme, feed: Feed, locale: string) {
    const p = item.programme;
    const locations = item.facets.location
      .map((id) => feed.locations.find((l) => l.id === id))
      .filter((l) => l !== undefined);
    return html`<section class="detail-section section-where" aria-labelledby="where-heading">
      <h3 id="where-heading">
        ${msg('Waar', { id: 'finder.detail.where', desc: 'Detail section heading: where it is.' })}
      </h3>
      ${
        p.format !== 'in-person'
          ? html`<p class="fact-line">${onlineIcon()}<span>${formatLabel(p.format)}</span></p>`
          : nothing
      }
      ${locations.map((location) => {
        const name = pickText(location.name, locale);
        const access = pickText(location.accessibility, locale);
        const address = location.address;
        const geo = location.geo;
        const map = geo
          ? `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=17/${geo.lat}/${geo.lon}`
          : undefined;
        return html`<div class="location">
          <p class="location-name">
            ${pinIcon()}<strong lang=${name?.lang ?? nothing} dir=${name ? this.dirOf(name) : nothing}
              >${name?.text}</strong
            >
          </p>
          ${
            address
              ? html`<div class="address">
                  <address lang="nl" dir="ltr">
                    ${address.street ? html`${address.street}<br />` : nothing}
                    ${[address.postalCode, address.city].filter(Boolean).join(' ')}
                  </address>
                </div>`
              : nothing
          }
          ${
            map && isSafeUrl(map)
              ? html`<p>
                  <a class="icon-link" href=${map} target="_blank" rel="noopener noreferrer"
                    >${mapIcon()}${msg('Bekijk op de kaart (OpenStreetMap)', {
                      id: 'finder.detail.map',
                      desc: 'Link that opens the address on OpenStreetMap in a new tab.',
                    })}</a
                  >
                </p>`
              : nothing
          }
          ${
            access
              ? html`<p class="fact-line">
                  ${accessIcon()}<span
                    ><span class="visually-hidden"
                      >${msg('Toegankelijkheid:', {
                        id: 'finder.detail.accessibility',
                        desc: 'Screen-reader label before the accessibility description of a location.',
                      })}</span
                    >
                    <span lang=${access.lang} dir=${this.dirOf(access)}>${access.text}</span></span
                  >
                </p>`
              : nothing
          }
          ${
            location.url && isSafeUrl(location.url)
              ? html`<p>
                  <a class="icon-link" href=${location.url} target="_blank" rel="noopener noreferrer"
                    >${linkIcon()}${msg('Website van deze locatie', {
                      id: 'finder.detail.location-site',
                      desc: 'Link to the website of the location.',
                    })}</a
                  >
                </p>`
              : nothing
          }
        </div>`;
      })}
    </section>`;
  }

  private renderSignUp(item: IndexedProgramme, feed: Feed, locale: string) {
    const p = item.programme;
    const registration = p.registration;
    const organisation = p.organisationId
      ? feed.organisations.find((o) => o.id === p.organisationId)
      : undefined;
    const contact = registration ?? {
      url: organisation?.url,
      email: organisation?.email,
      phone: organisation?.phone,
    };
    const note = pickText(registration?.note, locale);
    const url =
      contact.url && isSafeUrl(contact.url) && /^https?:/i.test(contact.url) ? contact.url : undefined;
    const email = contact.email && isSafeUrl(`mailto:${contact.email}`) ? contact.email : undefined;
    const phone = contact.phone ? contact.phone.replace(/[^\d+]/g, '') : '';
    return html`<section class="detail-section section-signup" aria-labelledby="signup-heading">
      <h3 id="signup-heading">
        ${msg('Aanmelden', { id: 'finder.detail.signup', desc: 'Detail section heading: how to sign up.' })}
      </h3>
      ${
        registration
          ? html`<p>
              ${
                registration.required
                  ? msg('Je moet je aanmelden.', {
                      id: 'finder.detail.signup-required',
                      desc: 'Detail view: signing up is needed.',
                    })
                  : msg('Je hoeft je niet aan te melden. Je kunt gewoon komen.', {
                      id: 'finder.detail.signup-not-required',
                      desc: 'Detail view: no need to sign up, just come.',
                    })
              }
            </p>`
          : nothing
      }
      ${note ? html`<p lang=${note.lang} dir=${this.dirOf(note)}>${note.text}</p>` : nothing}
      <ul class="contact" role="list">
        ${
          url
            ? html`<li>
                <a class="button" href=${url} target="_blank" rel="noopener noreferrer"
                  >${linkIcon()}${
                    registration?.required
                      ? msg('Aanmelden op de website', {
                          id: 'finder.detail.signup-url',
                          desc: 'Link to the sign-up page.',
                        })
                      : msg('Meer informatie op de website', {
                          id: 'finder.detail.info-url',
                          desc: "Link to the organiser's website.",
                        })
                  }</a
                >
              </li>`
            : nothing
        }
        ${
          phone && isSafeUrl(`tel:${phone}`)
            ? html`<li>
                <a class="icon-link" href=${`tel:${phone}`}
                  >${phoneIcon()}${msg(str`Bel ${ltr(contact.phone!)}`, {
                    id: 'finder.detail.phone',
                    desc: 'Link that calls the organiser. The placeholder is the phone number.',
                  })}</a
                >
              </li>`
            : nothing
        }
        ${
          email
            ? html`<li>
                <a class="icon-link" href=${`mailto:${email}`}
                  >${mailIcon()}${msg(str`Mail naar ${ltr(email)}`, {
                    id: 'finder.detail.email',
                    desc: 'Link that writes an e-mail to the organiser. The placeholder is the e-mail address.',
                  })}</a
                >
              </li>`
            : nothing
        }
      </ul>
    </section>`;
  }

  // ---------------------------------------------------------------------------
  // Helpers

  /** The name of a filter value, remembered for the current feed and locale. */
  private label(facet: Facet, value: string, feed: Feed, locale: string): PickedText {
    const key = `${facet}\n${value}`;
    let label = this.labels.get(key);
    if (!label) {
      label = valueLabel(facet, value, feed, locale);
      this.labels.set(key, label);
    }
    return label;
  }

  /** `rtl`/`ltr` for feed text whose direction differs from the UI's; otherwise none. */
  private dirOf(text: PickedText) {
    const dir = directionOf(text.lang);
    return dir === this.localeController.dir ? nothing : dir;
  }

  /** Text the feed has only in Dutch, shown in a UI that is not Dutch. */
  private isDutchOnly(text: PickedText): boolean {
    const locale = this.localeController.locale;
    return !sameLanguage(locale, 'nl') && sameLanguage(text.lang, 'nl');
  }

  private get urlPrefix(): string {
    return `${encodeURIComponent(this.id || 'finder')}.`;
  }

  private hrefFor(id: string): string {
    return (
      writeUrlState(location.hash, this.urlPrefix, { query: this.query, sort: this.sort, open: id }) || '#'
    );
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.urlState) return;
    clearTimeout(this.urlTimer);
    const hash = writeUrlState(location.hash, this.urlPrefix, {
      query: this.query,
      sort: this.sort,
      open: this.openId,
    });
    const url = `${location.pathname}${location.search}${hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Applies the state in the URL hash (on start, and when the visitor goes back or forward). */
  private readUrl(): void {
    const state = parseUrlState(location.hash, this.urlPrefix);
    this.query = state.query;
    this.sort = state.sort === 'distance' && !this.origin ? 'next' : state.sort;
    if (state.open !== this.openId) {
      if (state.open) this.showDetail(state.open, { push: false, focus: this.hasUpdated });
      else this.closeDetail();
    }
  }

  /**
   * Opens a programme. `push` adds a history entry (url-state); `focus` moves focus to
   * its title, which a visitor's own action should, and a page that just loaded should not.
   */
  private showDetail(id: string, { push, focus }: { push: boolean; focus: boolean }): void {
    this.listScroll = window.scrollY;
    this.openId = id;
    this.shareMessage = '';
    this.allSessions = false;
    if (push) {
      this.writeUrl('push');
      this.pushedDetail = this.urlState;
    }
    if (!focus) return;
    this.afterRender.push(() => {
      const heading = this.renderRoot.querySelector<HTMLElement>('#detail-title');
      if (!heading) return;
      if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    });
  }

  private closeDetail(): void {
    const id = this.openId;
    this.openId = null;
    this.pushedDetail = false;
    if (!id) return;
    // Make sure the card is among the shown ones, then restore scroll and focus.
    const position = this.result?.items.findIndex((item) => item.programme.id === id) ?? -1;
    if (position >= this.shown) this.shown = Math.ceil((position + 1) / PAGE_SIZE) * PAGE_SIZE;
    const scroll = this.listScroll;
    this.afterRender.push(() => {
      window.scrollTo({ top: scroll, behavior: 'instant' });
      const control = this.renderRoot.querySelector<HTMLElement>(`.card-link[data-id="${CSS.escape(id)}"]`);
      (control ?? this.renderRoot.querySelector<HTMLElement>('#results-heading'))?.focus({
        preventScroll: true,
      });
    });
  }

  private setQuery(query: FinderQuery, urlMode: 'replace' | 'later' = 'replace'): void {
    this.query = query;
    this.shown = PAGE_SIZE;
    if (urlMode === 'later') {
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => this.writeUrl('replace'), URL_WRITE_DELAY);
    } else {
      // After the update, so the URL holds the new state.
      this.afterRender.push(() => this.writeUrl('replace'));
    }
  }

  private focusAfterRender(selector: string): void {
    this.afterRender.push(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // ---------------------------------------------------------------------------
  // Handlers

  private readonly handleHistory = (): void => {
    if (!this.urlState) return;
    const state = parseUrlState(location.hash, this.urlPrefix);
    const same =
      state.open === this.openId &&
      state.sort === this.sort &&
      writeUrlState('', '', { ...state, open: null }) ===
        writeUrlState('', '', { query: this.query, sort: this.sort, open: null });
    if (!same) this.readUrl();
  };

  private handleSearchInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    this.setQuery({ ...this.query, query: value }, 'later');
  }

  private handleSearchKeydown(event: KeyboardEvent): void {
    // Enter on a phone keyboard: close the keyboard and go to the results.
    if (event.key === 'Enter') {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    }
  }

  private handleFilterToggle(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  private handleShowResults(): void {
    this.filtersOpen = false;
    this.focusAfterRender('#results-heading');
  }

  private handlePanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.filtersOpen) {
      this.filtersOpen = false;
      this.focusAfterRender('.filter-toggle');
    }
  }

  private handleFilterChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const facet = input.dataset.facet as Facet;
    const value = input.dataset.value!;
    const values = new Set(this.query.filters[facet] ?? []);
    if (input.checked) values.add(value);
    else values.delete(value);
    const filters = { ...this.query.filters };
    if (values.size) filters[facet] = [...values];
    else delete filters[facet];
    this.setQuery({ ...this.query, filters });
  }

  private handleGroupToggle(event: Event): void {
    const details = event.currentTarget as HTMLDetailsElement;
    const facet = details.dataset.facet as Facet;
    if (details.open === this.openGroups.has(facet)) return;
    const open = new Set(this.openGroups);
    if (details.open) open.add(facet);
    else open.delete(facet);
    this.openGroups = open;
  }

  private handleExpandGroup(event: Event): void {
    const facet = (event.currentTarget as HTMLElement).dataset.facet as Facet;
    const expanded = new Set(this.expanded);
    if (expanded.has(facet)) expanded.delete(facet);
    else expanded.add(facet);
    this.expanded = expanded;
  }

  private handleChipClick(event: Event): void {
    const chip = event.currentTarget as HTMLElement;
    const facet = chip.dataset.facet as Facet | 'query';
    const position = Number(chip.dataset.chip);
    this.setQuery(withoutValues(this.query, facet, [chip.dataset.value!]));
    // Focus the chip that takes this one's place, else the one before, else the results.
    this.afterRender.push(() => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      (
        chips[position] ??
        chips[position - 1] ??
        this.renderRoot.querySelector<HTMLElement>('#results-heading')
      )?.focus();
    });
  }

  private handleClearAll(): void {
    this.setQuery({ ...this.query, query: '', filters: {} });
    this.focusAfterRender('#results-heading');
  }

  private handleRelax(): void {
    const best = this.relaxations[0];
    if (!best) return;
    this.setQuery(withoutValues(this.query, best.facet, best.values));
    this.focusAfterRender('#results-heading');
  }

  private handleLanguageSuggestion(event: Event): void {
    const code = (event.currentTarget as HTMLElement).dataset.language!;
    this.setQuery({ ...this.query, filters: { ...this.query.filters, language: [code] } });
    this.focusAfterRender('#results-heading');
  }

  private handleShowEnded(event: Event): void {
    this.setQuery({ ...this.query, showEnded: (event.target as HTMLInputElement).checked });
  }

  private handleSortChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value as SortOrder;
    if (value === 'distance' && !this.origin) {
      this.locate();
      return;
    }
    this.sort = value;
    this.shown = PAGE_SIZE;
    this.afterRender.push(() => this.writeUrl('replace'));
  }

  private locate(): void {
    this.geoMessage = msg('We vragen waar je bent…', {
      id: 'finder.geo.pending',
      desc: 'Shown while the browser asks the visitor for their location (for "nearest first").',
    });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.origin = { lat: position.coords.latitude, lon: position.coords.longitude };
        this.sort = 'distance';
        this.shown = PAGE_SIZE;
        this.geoMessage = '';
        this.afterRender.push(() => this.writeUrl('replace'));
      },
      () => {
        this.geoMessage = msg('We weten niet waar je bent. Daarom kunnen we niet sorteren op afstand.', {
          id: 'finder.geo.denied',
          desc: 'Shown when the visitor did not share their location, so "nearest first" is not possible.',
        });
        this.requestUpdate();
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  private handleShowMore(): void {
    const first = this.shown;
    this.shown += PAGE_SIZE;
    // Focus the first new card, so a keyboard or screen-reader user goes on reading there.
    this.afterRender.push(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-position="${first}"] .card-link`)?.focus(),
    );
  }

  private handleOpenClick(event: MouseEvent): void {
    // A link opened in a new tab or window is the browser's business.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.showDetail((event.currentTarget as HTMLElement).dataset.id!, { push: true, focus: true });
  }

  private handleBack(): void {
    if (this.urlState && this.pushedDetail) {
      // The browser's own back: the history entry the detail added goes away too.
      history.back();
      return;
    }
    this.closeDetail();
    this.afterRender.push(() => this.writeUrl('replace'));
  }

  private handleAllSessions(): void {
    this.allSessions = !this.allSessions;
  }

  private handleDetailKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.handleBack();
    }
  }

  private async handleShare(): Promise<void> {
    const item = this.openItem;
    if (!item) return;
    const base = location.href.split('#')[0];
    const url = this.urlState
      ? `${base}${writeUrlState('', this.urlPrefix, { query: EMPTY_QUERY, sort: 'next', open: item.programme.id })}`
      : location.href;
    const title = item.title.text;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.shareMessage = msg('De link is gekopieerd. Je kunt hem nu plakken in een bericht.', {
        id: 'finder.share.copied',
        desc: 'Shown after the link to a programme was copied.',
      });
    } catch {
      this.shareMessage = msg(str`Kopieer deze link: ${url}`, {
        id: 'finder.share.manual',
        desc: 'Shown when the link could not be copied automatically. The placeholder is the link.',
      });
    }
  }

  private handleCalendar(): void {
    const item = this.openItem;
    const loaded = this.loaded();
    if (!item || !loaded || !this.index) return;
    const ics = programmeToIcs(item.programme, loaded.feed, {
      locale: this.localeController.locale,
      now: this.index.now,
      url: loaded.url,
    });
    const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = href;
    link.download = `${item.programme.id.replace(/[^\w-]+/g, '-') || 'activiteit'}.ics`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  }
}
