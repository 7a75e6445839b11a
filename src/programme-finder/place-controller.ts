/**
 * A finder over a region (or several feeds): where the visitor wants to learn. Owns the
 * chosen place and radius, what was typed and what is wrong with it, where the first place
 * comes from (link, session, `place` attribute), remembering it for the session, "near me",
 * and the lazily loaded place question and region bar (`region-chunk.ts`). The element keeps
 * what the place changes in its own state (the open programme, the distance origin, the URL)
 * through the {@link PlaceSource} callbacks.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadedSource, PlaceChoice } from '../feed/load-source.js';
import type { GeoPoint } from '../feed/geo.js';
import { askingForPosition, askPosition } from './position.js';
import { pickText, type PickedText } from '../feed/text.js';
import { DEFAULT_RADIUS_KM } from '../contract/radius.js';
import { adoptMoreStyles, LazyViewController } from '../controllers/lazy-view-controller.js';
import { renderViewError, renderViewLoading } from '../shared/feed-status.js';
import { withoutBidiControls } from '../shared/format.js';
import type { PlaceHandlers } from './place-chooser.js';
import { forgetPlace, recallPlace, rememberPlace } from './place-memory.js';
import type { FinderUrlState } from './url-state.js';
import { useMessages } from '../localization/localization.js';

useMessages('finder');

export interface PlaceSource {
  /** The `src`, `place` and `radius` attributes. */
  src(): string | null;
  place(): string | null;
  radius(): number;
  /** The state in the URL, when the finder keeps it there. */
  urlState(): FinderUrlState | undefined;
  /** What the feed controller loaded. */
  loaded(): LoadedSource | undefined;
  retry(): void;
  locale(): string;
  dirOf(text: PickedText): 'ltr' | 'rtl' | typeof nothing;
  focus(selector: string): void;
  /** A place (or the visitor's position) was chosen: show its offer from the top. */
  chosen(position: GeoPoint | null): void;
  /** The radius changed. */
  widened(): void;
  /** Back to the place question. */
  cleared(): void;
}

export class PlaceController {
  /** The place chosen (by name or "near me"); null while the question shows. */
  choice: PlaceChoice | null = null;
  private typed = '';
  private message = '';
  /** A distance the visitor chose in the menu. */
  private chosenRadius: number | null = null;

  /** The place question and region bar: loaded when `src` turns out to be a region or several feeds. */
  readonly code: LazyViewController<typeof import('./region-chunk.js')>;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly source: PlaceSource,
  ) {
    this.code = new LazyViewController(
      host,
      () => import('./region-chunk.js'),
      (code) => adoptMoreStyles(host.renderRoot, code.styles),
    );
  }

  /** The radius in effect, in km. */
  get radius(): number {
    const attribute = this.source.radius();
    return this.chosenRadius ?? this.choice?.radiusKm ?? (attribute > 0 ? attribute : DEFAULT_RADIUS_KM);
  }

  /** For the URL: the place's name and a radius other than the attribute's. */
  get urlParts(): Pick<FinderUrlState, 'place' | 'radius'> {
    const name = this.choice?.name;
    return {
      place: name,
      radius: name && this.choice!.radiusKm !== this.source.radius() ? this.choice!.radiusKm : undefined,
    };
  }

  /** The first place: from the link, else this session, else the `place` attribute. */
  start(): void {
    const src = this.source.src();
    if (!src || this.choice) return;
    const fromUrl = this.source.urlState();
    const attribute = this.source.radius();
    const radiusKm = attribute > 0 ? attribute : DEFAULT_RADIUS_KM;
    const place = this.source.place();
    if (fromUrl?.place) this.choice = { name: fromUrl.place, radiusKm: fromUrl.radius ?? radiusKm };
    else this.choice = recallPlace(src) ?? (place ? { name: place, radiusKm } : null);
  }

  /** A place from the URL (the visitor went back or forward, or opened a link). */
  applyUrl(state: FinderUrlState): void {
    if (state.place && state.place !== this.choice?.name)
      this.choice = { name: state.place, radiusKm: state.radius ?? this.radius };
  }

  /** Whether the results must wait for the region bar's code (so nothing jumps when it arrives). */
  waiting(loaded: LoadedSource): boolean {
    return Boolean(loaded.sources) && !this.code.get() && this.code.state !== 'failed';
  }

  /** Over a region, before a place is chosen: where does the visitor want to learn? */
  renderQuestion(loaded: LoadedSource): TemplateResult {
    const code = this.code.get();
    if (!code)
      return this.code.state === 'failed'
        ? renderViewError(() => void this.code.load())
        : renderViewLoading();
    const places = loaded.places ?? [];
    const locale = this.source.locale();
    const unknown = loaded.unknownPlace && !this.message ? unknownPlaceText(loaded.unknownPlace) : '';
    return code.renderPlaceChooser({
      locale,
      regionName: loaded.region ? pickText(loaded.region.name, locale) : undefined,
      places,
      typed: this.typed,
      suggestions: code.suggestPlaces(places, this.typed),
      radius: this.radius,
      message: this.message || unknown,
      dirOf: this.source.dirOf,
      on: this.on,
    });
  }

  /** Over several feeds: where the programmes come from, and a notice for any that failed. */
  renderBar(loaded: LoadedSource): TemplateResult | typeof nothing {
    const code = loaded.sources ? this.code.get() : undefined;
    if (!code) return nothing;
    return code.renderRegionBar({
      locale: this.source.locale(),
      loaded,
      radius: this.radius,
      dirOf: this.source.dirOf,
      on: this.on,
    });
  }

  private get places() {
    return this.source.loaded()?.places ?? [];
  }

  private choose(choice: PlaceChoice, position: GeoPoint | null): void {
    this.choice = choice;
    this.message = '';
    const src = this.source.src();
    if (src && choice.name) rememberPlace(src, choice);
    this.source.chosen(position);
  }

  private say(message: string): void {
    this.message = message;
    this.host.requestUpdate();
    this.source.focus('#place-input');
  }

  readonly on: PlaceHandlers = {
    placeInput: (event) => {
      this.typed = (event.target as HTMLInputElement).value;
      this.message = '';
      this.host.requestUpdate();
    },
    placeSubmit: (event) => {
      event.preventDefault();
      const submitter = event.submitter as HTMLButtonElement | null;
      const typed = (submitter?.name === 'place' ? submitter.value : this.typed).trim();
      if (!typed) {
        this.say(
          msg('Typ de naam van een plaats, of kies er een uit de lijst.', {
            id: 'finder.region.empty-place',
            desc: 'Error under the place field when the visitor pressed "show" without typing a town.',
          }),
        );
        return;
      }
      const known = this.code.value?.findPlace(this.places, typed);
      if (!known) {
        this.say(unknownPlaceText(typed));
        return;
      }
      this.typed = known.name;
      this.choose({ name: known.name, lat: known.lat, lon: known.lon, radiusKm: this.radius }, null);
    },
    radiusChange: (event) => {
      const radiusKm = Number((event.target as HTMLSelectElement).value);
      if (!(radiusKm > 0)) return;
      this.chosenRadius = radiusKm;
      this.host.requestUpdate();
      // In the place question the radius waits for the place.
      if (!this.choice || this.source.loaded()?.awaitingPlace) return;
      this.choice = { ...this.choice, radiusKm };
      const src = this.source.src();
      if (src && this.choice.name) rememberPlace(src, this.choice);
      this.source.widened();
    },
    nearMe: () => {
      this.message = askingForPosition();
      this.host.requestUpdate();
      askPosition(
        (point) => {
          const nearest = this.code.value?.nearestPlace(this.places, point);
          if (nearest) this.typed = nearest.place.name;
          // Only the position, for this page: no name is remembered or written to the link.
          this.choose({ ...point, radiusKm: this.radius }, point);
        },
        () =>
          this.say(
            msg('We weten niet waar je bent. Typ de naam van een plaats.', {
              id: 'finder.region.geo-denied',
              desc: 'Shown when the visitor did not share their location in the place question.',
            }),
          ),
      );
    },
    changePlace: () => {
      this.typed = this.choice?.name ?? '';
      this.choice = null;
      this.message = '';
      const src = this.source.src();
      if (src) forgetPlace(src);
      this.source.cleared();
    },
    retryPlace: () => this.source.retry(),
  };
}

function unknownPlaceText(name: string): string {
  const typed = `\u2068${withoutBidiControls(name)}\u2069`;
  return msg(str`We kennen ${typed} niet in deze regio. Kies een plaats uit de lijst.`, {
    id: 'finder.region.unknown-place',
    desc: 'Error under the place field: the typed town is not in this region.',
  });
}
