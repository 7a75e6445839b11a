import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { styles } from './programme-finder.styles.js';
import { filterPanelStyles } from './filter-panel.styles.js';
import { resultListStyles } from './result-list.styles.js';
import { readAloudStyles } from './read-aloud.styles.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { printAlone } from '../shared/print.js';
import { contactView, takeAlongLink } from './card-content.js';
import { FeedController } from '../controllers/feed-controller.js';
import type { LoadedFeed } from '../feed/load.js';
import type { LoadedSource, PlaceChoice } from '../feed/load-source.js';
import { DEFAULT_RADIUS_KM } from '../contract/radius.js';
import { PlaceController } from './place-controller.js';
import { publisherOf } from '../feed/merged-sources.js';
import { takeOwnProperty } from '../shared/own-property.js';
import type { PickedText } from '../feed/text.js';
import { directionOf } from '../localization/locales.js';
import {
  renderFeedError,
  renderFeedLoading,
  renderStaleNotice,
  renderViewError,
  renderViewLoading,
} from '../shared/feed-status.js';
import { adoptMoreStyles, LazyViewController } from '../controllers/lazy-view-controller.js';
import { renderBackButton } from './back-button.js';
import { TaalElement } from '../shared/taal-element.js';
import { prepareScheduleFacts, type Facet, type GeoPoint, type IndexedProgramme } from './search-index.js';
import {
  EMPTY_QUERY,
  toggled,
  withDomains,
  withValue,
  withoutValues,
  type FinderQuery,
  type SortOrder,
} from './filter-programmes.js';
import { askingForPosition, askPosition } from './position.js';
import type { FinderUrlState } from './url-state.js';
import { SearchController } from './search-controller.js';
import { HistoryController } from './history-controller.js';
import type { FinderHandlers, FinderViewContext } from './view-context.js';
import { renderFilterToggle, renderFilters, renderSearch } from './filter-panel.js';
import { renderNoSource, renderResults } from './result-list.js';
import { shareProgramme } from './share.js';
import { useMessages } from '../localization/localization.js';
import type { GoalSteering } from '../contract/goal-steering.js';

export type { GoalSteering } from '../contract/goal-steering.js';

/** Result cards shown at first, and added by each "show more". */
export const PAGE_SIZE = 20;

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
 *
 * @csspart base - The wrapper of everything the finder shows.
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
 * @csspart read-aloud - The button on a result card and in the detail view that reads it aloud (a second press stops; `aria-pressed` while reading). Only there when the browser has a voice for the interface language.
 * @csspart no-voice - The one notice that reading aloud is not available in this language on this device.
 * @csspart take-along - The button in the detail view that opens the take-along card.
 * @csspart take-along-card - The take-along card: to show at the library desk, or to print (A6 on A4).
 * @csspart print-button - The button that prints the take-along card.
 * @csspart qr - The QR code (inline SVG) on the take-along card: it opens the programme again.
 * @csspart qr-pending - Shown for a moment while the QR code is made.
 */
export class TaalProgrammeFinder extends TaalElement {
  static override styles = [TaalElement.styles, styles, filterPanelStyles, resultListStyles, readAloudStyles];

  private readonly feed: FeedController = new FeedController(this, {
    place: (): PlaceChoice | null => this.places.choice,
    // The place question and region bar are wanted next: fetch them while the shards load.
    onSources: () => void this.places.code.load(),
    // Each shard's meetings are worked out as it arrives, not all at once when the last one has.
    onPart: (feed) => prepareScheduleFacts(feed.programmes, this.now ?? new Date()),
  });
  /** The detail view, take-along card and calendar export: loaded when first wanted. */
  private readonly detailCode = new LazyViewController(
    this,
    () => import('./detail-chunk.js'),
    (code) => adoptMoreStyles(this.renderRoot, code.styles),
  );
  private readonly search = new SearchController(this, this.feed, {
    locale: () => this.localeController.locale,
    now: () => this.now,
    afterRender: (task) => this.focusController.afterRender(task),
  });
  private readonly urlHistory = new HistoryController(this, {
    enabled: () => this.urlState,
    id: () => this.id,
    current: () => ({
      query: this.query,
      sort: this.sort,
      open: this.openId,
      ...this.places.urlParts,
    }),
    apply: (state) => this.applyUrlState(state),
  });
  /** Over a region: where the visitor wants to learn. */
  private readonly places: PlaceController = new PlaceController(this, {
    src: () => this.src,
    place: () => this.place,
    radius: () => this.radius,
    urlState: () => (this.urlState ? this.urlHistory.read() : undefined),
    loaded: () => this.feed.task.value ?? undefined,
    retry: () => this.feed.retry(),
    locale: () => this.localeController.locale,
    dirOf: (text) =>
      directionOf(text.lang) === this.localeController.dir ? nothing : directionOf(text.lang),
    focus: (selector) => this.focusController.focusAfterRender(selector),
    chosen: (position) => {
      this.origin = position;
      this.shown = PAGE_SIZE;
      this.openId = null;
      this.writeUrlAfterRender();
      this.focusController.focusAfterRender('#results-heading');
    },
    widened: () => {
      this.shown = PAGE_SIZE;
      this.writeUrlAfterRender();
      this.focusController.focusAfterRender('#bar-radius');
    },
    cleared: () => {
      this.origin = null;
      this.writeUrlAfterRender();
      this.focusController.focusAfterRender('#place-heading');
    },
  });
  /** Reads cards aloud; one speaker on the whole page, shared with the goal picker. */
  private readonly speech = new SpeechController(this);
  /** A `goalSteering` the page set before this element was defined. */
  private readonly earlySteering = takeOwnProperty<GoalSteering | null>(this, 'goalSteering');

  /** URL of the Taalhuis feed (JSON, feed version 1). */
  @property({ attribute: 'src' }) src: string | null = null;

  /**
   * Over a region (`src` is a region manifest): the place to show the offer of, e.g.
   * `Zutphen` on a municipality's page. The visitor can choose another.
   */
  @property({ attribute: 'place' }) place: string | null = null;

  /** Over a region: how far from the place programmes are shown, in km (the visitor can widen it). */
  @property({ type: Number }) radius = DEFAULT_RADIUS_KM;

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
  @state() private expanded: ReadonlySet<Facet> = new Set();
  @state() private openGroups: ReadonlySet<Facet> = new Set<Facet>(['domain', 'day', 'part']);
  @state() private shareMessage = '';
  @state() private allSessions = false;
  @state() private takeAlongOpen = false;

  /** Page scroll position of the list when a programme was opened. */
  private listScroll = 0;

  constructor() {
    super();
    if (this.earlySteering !== undefined) this.goalSteering = this.earlySteering;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('place') || changed.has('radius') || changed.has('src')) this.places.start();
    if (changed.has('urlState') && this.urlState) this.applyUrlState(this.urlHistory.read());
    if (changed.has('goalSteering') && (this.goalSteering || changed.get('goalSteering')))
      this.applySteering();
    const feedChanged = this.search.update({
      query: this.query,
      sort: this.currentSort,
      origin: this.currentOrigin,
      goals: this.goalSteering?.goals ?? [],
    });
    // A new feed: an open programme that is no longer in it closes.
    if (feedChanged && this.openId && !this.openItem) this.openId = null;
  }

  override render() {
    const locale = this.localeController.locale;
    const body = this.feed.task.render({
      initial: () => renderFeedLoading(),
      pending: () => renderFeedLoading(),
      error: (error) => renderFeedError(error, () => this.feed.retry()),
      complete: (loaded) => {
        if (!loaded) return renderNoSource();
        if (loaded.awaitingPlace)
          return html`${renderStaleNotice(loaded, locale) ?? nothing}${this.places.renderQuestion(loaded)}`;
        // Over several feeds the bar above the results comes with them: no jump when it arrives.
        if (this.places.waiting(loaded)) return renderFeedLoading();
        const view = this.viewContext(loaded);
        if (!view) return renderFeedLoading();
        return html`${renderStaleNotice(loaded, locale) ?? nothing}
        ${view.open ? nothing : this.places.renderBar(loaded)}
        ${
          view.open
            ? this.renderOpen(view, view.open)
            : html`<div class="layout">
                ${renderSearch(view)} ${renderFilterToggle(view)} ${renderFilters(view)}
                ${renderResults(view)}
              </div>`
        }`;
      },
    });
    return html`<div class="finder" part="base">
      <div class="top">${this.renderLanguageMenu()}</div>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.search.announcement}
      </div>
    </div>`;
  }

  /** The open programme: its detail view or take-along card, once their code is here. */
  private renderOpen(view: FinderViewContext, item: IndexedProgramme) {
    const code = this.detailCode.get();
    if (code) return view.takeAlongOpen ? code.renderTakeAlong(view, item) : code.renderDetail(view, item);
    return html`<div class="detail-pending">
      ${renderBackButton(view)}
      ${this.detailCode.state === 'failed' ? renderViewError(() => void this.detailCode.load()) : renderViewLoading()}
    </div>`;
  }

  /** What the templates show and call; undefined while the index is built. */
  private viewContext(loaded: LoadedFeed): FinderViewContext | undefined {
    const { index, result } = this.search;
    if (!index || !result) return undefined;
    const locale = this.localeController.locale;
    const uiDir = this.localeController.dir;
    return {
      loaded,
      feed: loaded.feed,
      index,
      result,
      locale,
      query: this.query,
      sort: this.currentSort,
      shown: this.shown,
      filtersOpen: this.filtersOpen,
      expanded: this.expanded,
      openGroups: this.openGroups,
      geoMessage: this.geoMessage,
      shareMessage: this.shareMessage,
      allSessions: this.allSessions,
      urlState: this.urlState,
      goals: this.goalSteering?.goals ?? [],
      relaxations: this.search.relaxations,
      open: this.openItem,
      takeAlongOpen: this.takeAlongOpen,
      takeAlongUrl: (item) =>
        takeAlongLink({
          deepLink: this.urlState ? this.urlHistory.shareUrl(item.programme.id) : undefined,
          contact: contactView(item.programme, loaded.feed, locale),
          pageUrl: location.href,
        }),
      speech: this.speech.viewFor(locale),
      label: (facet, value) => this.search.label(facet, value, loaded.feed, locale),
      dirOf: (text: PickedText) => {
        const dir = directionOf(text.lang);
        return dir === uiDir ? nothing : dir;
      },
      hrefFor: (id) => this.urlHistory.hrefFor(id),
      publisherOf: (id) => publisherOf((loaded as LoadedSource).sources, id),
      on: this.on,
    };
  }

  // ---------------------------------------------------------------------------
  // State changes

  /** The sort in effect: "nearest first" only once the visitor's location (or chosen place) is known. */
  private get currentSort(): SortOrder {
    return this.sort === 'distance' && !this.currentOrigin ? 'next' : this.sort;
  }

  /** Where distances are measured from: the visitor's position, else the region's chosen place. */
  private get currentOrigin(): GeoPoint | null {
    if (this.origin) return this.origin;
    const place = (this.feed.task.value as LoadedSource | undefined)?.place;
    return place ? { lat: place.lat, lon: place.lon } : null;
  }

  private get openItem(): IndexedProgramme | undefined {
    const index = this.search.index;
    if (!this.openId || !index) return undefined;
    return index.items.find((item) => item.programme.id === this.openId);
  }

  private applySteering(): void {
    this.query = withDomains(this.query, this.goalSteering?.domains ?? []);
    this.shown = PAGE_SIZE;
  }

  /** Applies the state in the URL hash (on start, and when the visitor goes back or forward). */
  private applyUrlState(state: FinderUrlState): void {
    this.places.applyUrl(state);
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
    this.takeAlongOpen = false;
    this.speech.stop();
    this.shareMessage = '';
    this.allSessions = false;
    if (push) this.urlHistory.detailOpened();
    if (!focus) return;
    const focusTitle = () => {
      if (this.openId !== id) return;
      const heading = this.renderRoot.querySelector<HTMLElement>('#detail-title');
      if (!heading) {
        // The detail view's code is still on its way: focus its title once it has rendered.
        if (this.detailCode.state === 'loading')
          void this.detailCode.load().then((code) => code && this.focusController.afterRender(focusTitle));
        return;
      }
      if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    };
    this.focusController.afterRender(focusTitle);
  }

  private closeDetail(): void {
    const id = this.openId;
    this.openId = null;
    this.takeAlongOpen = false;
    this.speech.stop();
    this.urlHistory.detailClosed();
    if (!id) return;
    // Make sure the card is among the shown ones, then restore scroll and focus.
    const position = this.search.result?.items.findIndex((item) => item.programme.id === id) ?? -1;
    if (position >= this.shown) this.shown = Math.ceil((position + 1) / PAGE_SIZE) * PAGE_SIZE;
    const scroll = this.listScroll;
    this.focusController.afterRender(() => {
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
    if (urlMode === 'later') this.urlHistory.writeLater();
    // After the update, so the URL holds the new state.
    else this.writeUrlAfterRender();
  }

  private writeUrlAfterRender(): void {
    this.focusController.afterRender(() => this.urlHistory.write('replace'));
  }

  /** "Nearest first": asks where the visitor is, then sorts by distance. */
  private locate(): void {
    this.geoMessage = askingForPosition();
    askPosition(
      (origin) => {
        this.origin = origin;
        this.sort = 'distance';
        this.shown = PAGE_SIZE;
        this.geoMessage = '';
        this.writeUrlAfterRender();
      },
      () => {
        this.geoMessage = msg('We weten niet waar je bent. Daarom kunnen we niet sorteren op afstand.', {
          id: 'finder.geo.denied',
          desc: 'Shown when the visitor did not share their location, so "nearest first" is not possible.',
        });
      },
    );
  }

  // ---------------------------------------------------------------------------
  // Handlers: one object of stable functions, handed to the templates

  private readonly on: FinderHandlers = {
    searchInput: (event) => {
      const value = (event.target as HTMLInputElement).value;
      this.setQuery({ ...this.query, query: value }, 'later');
    },
    searchKeydown: (event) => {
      // Enter on a phone keyboard: close the keyboard and go to the results.
      if (event.key === 'Enter') {
        event.preventDefault();
        this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
      }
    },
    filterToggle: () => {
      this.filtersOpen = !this.filtersOpen;
    },
    showResults: () => {
      this.filtersOpen = false;
      this.focusController.focusAfterRender('#results-heading');
    },
    panelKeydown: (event) => {
      if (event.key === 'Escape' && this.filtersOpen) {
        this.filtersOpen = false;
        this.focusController.focusAfterRender('.filter-toggle');
      }
    },
    filterChange: (event) => {
      const { checked, dataset } = event.target as HTMLInputElement;
      const facet = dataset.facet as Facet;
      const value = dataset.value!;
      this.setQuery(
        checked ? withValue(this.query, facet, value) : withoutValues(this.query, facet, [value]),
      );
    },
    groupToggle: (event) => {
      const details = event.currentTarget as HTMLDetailsElement;
      const facet = details.dataset.facet as Facet;
      if (details.open !== this.openGroups.has(facet))
        this.openGroups = toggled(this.openGroups, facet, details.open);
    },
    expandGroup: (event) => {
      this.expanded = toggled(this.expanded, (event.currentTarget as HTMLElement).dataset.facet as Facet);
    },
    chipClick: (event) => {
      const chip = event.currentTarget as HTMLElement;
      const facet = chip.dataset.facet as Facet | 'query';
      const position = Number(chip.dataset.chip);
      this.setQuery(withoutValues(this.query, facet, [chip.dataset.value!]));
      // Focus the chip that takes this one's place, else the one before, else the results.
      this.focusController.afterRender(() => {
        const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
        (
          chips[position] ??
          chips[position - 1] ??
          this.renderRoot.querySelector<HTMLElement>('#results-heading')
        )?.focus();
      });
    },
    clearAll: () => {
      this.setQuery({ ...this.query, query: '', filters: {} });
      this.focusController.focusAfterRender('#results-heading');
    },
    relax: () => {
      const best = this.search.relaxations[0];
      if (!best) return;
      this.setQuery(withoutValues(this.query, best.facet, best.values));
      this.focusController.focusAfterRender('#results-heading');
    },
    languageSuggestion: (event) => {
      const code = (event.currentTarget as HTMLElement).dataset.language!;
      this.setQuery({ ...this.query, filters: { ...this.query.filters, language: [code] } });
      this.focusController.focusAfterRender('#results-heading');
    },
    showEnded: (event) => {
      this.setQuery({ ...this.query, showEnded: (event.target as HTMLInputElement).checked });
    },
    sortChange: (event) => {
      const value = (event.target as HTMLSelectElement).value as SortOrder;
      if (value === 'distance' && !this.origin) {
        this.locate();
        return;
      }
      this.sort = value;
      this.shown = PAGE_SIZE;
      this.writeUrlAfterRender();
    },
    showMore: () => {
      const first = this.shown;
      this.shown += PAGE_SIZE;
      // Focus the first new card, so a keyboard or screen-reader user goes on reading there.
      this.focusController.afterRender(() =>
        this.renderRoot.querySelector<HTMLElement>(`[data-position="${first}"] .card-link`)?.focus(),
      );
    },
    openClick: (event) => {
      // A link opened in a new tab or window is the browser's business.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.showDetail((event.currentTarget as HTMLElement).dataset.id!, { push: true, focus: true });
    },
    detailIntent: () => this.detailCode.prefetch(),
    back: () => {
      if (this.urlHistory.back()) return;
      this.closeDetail();
      this.writeUrlAfterRender();
    },
    allSessions: () => {
      this.allSessions = !this.allSessions;
    },
    detailKeydown: (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.on.back();
      }
    },
    share: async () => {
      const item = this.openItem;
      if (!item) return;
      const message = await shareProgramme(item.title.text, this.urlHistory.shareUrl(item.programme.id));
      if (message !== undefined) this.shareMessage = message;
    },
    takeAlong: () => {
      this.takeAlongOpen = true;
      this.speech.stop();
      this.focusController.focusAfterRender('#take-along-title');
    },
    closeTakeAlong: () => {
      this.takeAlongOpen = false;
      this.focusController.focusAfterRender('[part="take-along"]');
    },
    takeAlongKeydown: (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.on.closeTakeAlong();
      }
    },
    printTakeAlong: () => {
      printAlone(this, '@page { size: A4 portrait; margin: 12mm; }');
    },
    calendar: () => {
      const item = this.openItem;
      const loaded = this.feed.task.value ?? undefined;
      const index = this.search.index;
      if (!item || !loaded || !index) return;
      this.detailCode.value?.downloadCalendar(item, loaded, {
        locale: this.localeController.locale,
        now: index.now,
        root: this.renderRoot,
      });
    },
  };
}
