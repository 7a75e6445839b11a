/**
 * What the finder's template modules (`filter-panel.ts`, `result-list.ts`, `detail-view.ts`)
 * get from the element: the state to show and the handlers to call. The templates import
 * this interface, never the element class; the element builds one per render.
 */
import type { nothing } from 'lit';
import type { LoadedFeed } from '../feed/load.js';
import type { MergedPublisher } from '../feed/merged-sources.js';
import type { Feed } from '../feed/schema.js';
import type { PickedText } from '../feed/text.js';
import type { SpeechView } from '../controllers/speech-controller.js';
import type { Facet, IndexedProgramme, SearchIndex } from './search-index.js';
import type { FilterResult, FinderQuery, Relaxation, SortOrder } from './filter-programmes.js';

/** The element's handlers, as stable functions (Lit adds each listener once). */
export interface FinderHandlers {
  searchInput(event: InputEvent): void;
  searchKeydown(event: KeyboardEvent): void;
  filterToggle(): void;
  showResults(): void;
  panelKeydown(event: KeyboardEvent): void;
  filterChange(event: Event): void;
  groupToggle(event: Event): void;
  expandGroup(event: Event): void;
  chipClick(event: Event): void;
  clearAll(): void;
  relax(): void;
  languageSuggestion(event: Event): void;
  showEnded(event: Event): void;
  sortChange(event: Event): void;
  showMore(): void;
  openClick(event: MouseEvent): void;
  /** The pointer or focus moved to a card: start loading the detail view's code. */
  detailIntent(): void;
  back(): void;
  allSessions(): void;
  detailKeydown(event: KeyboardEvent): void;
  share(): void;
  calendar(): void;
  /** Opens the take-along card of the open programme. */
  takeAlong(): void;
  /** Back from the take-along card to the detail view. */
  closeTakeAlong(): void;
  takeAlongKeydown(event: KeyboardEvent): void;
  /** Prints the take-along card alone. */
  printTakeAlong(): void;
}

/** Read-aloud as the templates use it (`controllers/speech-controller.ts`). */
export type FinderSpeech = SpeechView;

export interface FinderViewContext {
  readonly loaded: LoadedFeed;
  readonly feed: Feed;
  readonly index: SearchIndex;
  readonly result: FilterResult;
  /** The UI locale. */
  readonly locale: string;
  readonly query: FinderQuery;
  /** The sort in effect ("nearest first" only once the visitor's location is known). */
  readonly sort: SortOrder;
  /** How many result cards show. */
  readonly shown: number;
  /** The filter panel is open (narrow screens). */
  readonly filtersOpen: boolean;
  /** Filter groups whose long list of values shows in full. */
  readonly expanded: ReadonlySet<Facet>;
  /** Filter groups the visitor unfolded. */
  readonly openGroups: ReadonlySet<Facet>;
  /** About finding the visitor's location, for "nearest first". */
  readonly geoMessage: string;
  /** After sharing a programme: copied, or the link to copy. */
  readonly shareMessage: string;
  /** The detail view lists every meeting to come. */
  readonly allSessions: boolean;
  /** Programme links are `#...` links (the url-state attribute). */
  readonly urlState: boolean;
  /** The learning goals of the goal picker's steering. */
  readonly goals: readonly string[];
  /** What to remove when nothing matches, best first. */
  readonly relaxations: readonly Relaxation[];
  /** The open programme. */
  readonly open?: IndexedProgramme;
  /** The open programme's take-along card is shown instead of its details. */
  readonly takeAlongOpen: boolean;
  /** The link the take-along card's QR code opens (deep link, sign-up page or this page). */
  takeAlongUrl(item: IndexedProgramme): string;
  readonly speech: FinderSpeech;
  /** The name of a filter value (remembered for the current feed and locale). */
  label(facet: Facet, value: string): PickedText;
  /** `rtl`/`ltr` for feed text whose direction differs from the UI's; otherwise none. */
  dirOf(text: PickedText): 'ltr' | 'rtl' | typeof nothing;
  /** The `#...` link to a programme (url-state). */
  hrefFor(id: string): string;
  /** The Taalhuis a programme comes from, when several feeds show together (a region). */
  publisherOf(programmeId: string): MergedPublisher | undefined;
  readonly on: FinderHandlers;
}
