/**
 * A finder over a region (docs/reference/region.md): the question where the visitor
 * wants to learn (a place from the region, typed with suggestions, or "near me"),
 * and, once programmes show, the bar that says where they are from, with the way
 * to another place or a wider radius and a notice for Taalhuizen that could not load.
 * Templates over a small context of their own: the region's index does not exist yet
 * when the question shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { RegionPlace } from '../feed/region.js';
import { RADII_KM } from '../contract/radius.js';
import { pickText, type PickedText } from '../feed/text.js';
import type { LoadedSource } from '../feed/load-source.js';
import type { Text } from '../feed/schema.js';
import { formatIsolatedList, formatNumber, withoutBidiControls } from '../shared/format.js';
import { countText } from './programme-text.js';
import { useMessages } from '../localization/localization.js';

useMessages('finder');

export interface PlaceHandlers {
  placeInput(event: InputEvent): void;
  placeSubmit(event: SubmitEvent): void;
  radiusChange(event: Event): void;
  nearMe(): void;
  changePlace(): void;
  retryPlace(): void;
}

export interface PlaceChooserContext {
  readonly locale: string;
  readonly regionName?: PickedText;
  readonly places: readonly RegionPlace[];
  /** What the visitor typed. */
  readonly typed: string;
  readonly suggestions: readonly RegionPlace[];
  readonly radius: number;
  /** Why no place is chosen yet: an unknown name, or about "near me". */
  readonly message: string;
  dirOf(text: PickedText): 'ltr' | 'rtl' | typeof nothing;
  readonly on: PlaceHandlers;
}

export function radiusLabel(km: number, locale: string): string {
  const n = formatNumber(km, locale);
  return msg(str`binnen ${n} km`, {
    id: 'finder.region.radius-option',
    desc: 'An option of the distance menu, e.g. "within 15 km".',
  });
}

function renderRadiusSelect(id: string, radius: number, locale: string, onChange: (event: Event) => void) {
  const radii = (RADII_KM as readonly number[]).includes(radius)
    ? RADII_KM
    : [...RADII_KM, radius].sort((a, b) => a - b);
  return html`<label for=${id}>
      ${msg('Afstand', { id: 'finder.region.radius-label', desc: 'Label of the menu with how far away programmes may be.' })}
    </label>
    <select id=${id} part="radius" @change=${onChange}>
      ${radii.map(
        (km) => html`<option value=${km} ?selected=${km === radius}>${radiusLabel(km, locale)}</option>`,
      )}
    </select>`;
}

/** The question where the visitor wants to learn. */
export function renderPlaceChooser(ctx: PlaceChooserContext): TemplateResult {
  const region = ctx.regionName;
  return html`<form class="place-chooser" part="place-chooser" novalidate @submit=${ctx.on.placeSubmit}>
    <h2 id="place-heading" tabindex="-1">
      ${msg('Waar wil je leren?', { id: 'finder.region.heading', desc: 'Heading of the question where the visitor wants to follow a course or activity.' })}
    </h2>
    <p class="hint">
      ${msg('Kies een plaats. Je ziet dan wat de Taalhuizen in de buurt aanbieden.', {
        id: 'finder.region.intro',
        desc: 'Explains the place question: after choosing a town, the visitor sees the offer of the language houses near it.',
      })}
      ${
        region
          ? html`<span class="region-name" lang=${region.lang} dir=${ctx.dirOf(region)}>${region.text}</span>`
          : nothing
      }
    </p>
    <div class="place-fields">
      <div class="field">
        <label for="place-input">
          ${msg('Plaats', { id: 'finder.region.place-label', desc: 'Label of the field where the visitor types a town.' })}
        </label>
        <input
          id="place-input"
          part="place-input"
          type="text"
          list="place-list"
          autocomplete="off"
          spellcheck="false"
          lang="nl"
          aria-describedby=${ctx.message ? 'place-message' : nothing}
          aria-invalid=${ctx.message ? 'true' : 'false'}
          .value=${live(ctx.typed)}
          @input=${ctx.on.placeInput}
        />
        <datalist id="place-list">
          ${(ctx.typed ? ctx.suggestions : ctx.places).map((place) => html`<option value=${place.name}></option>`)}
        </datalist>
      </div>
      <div class="field">
        ${renderRadiusSelect('place-radius', ctx.radius, ctx.locale, ctx.on.radiusChange)}
      </div>
      <button class="button" part="place-button" type="submit">
        ${msg('Toon het aanbod', { id: 'finder.region.show', desc: 'Button that shows the programmes near the chosen town.' })}
      </button>
    </div>
    <p id="place-message" class="field-error" role="alert">${ctx.message}</p>
    ${renderSuggestionButtons(ctx)}
    <p class="near-me-row">
      <button class="link-button" part="near-me" type="button" @click=${ctx.on.nearMe}>
        ${msg('Gebruik waar ik nu ben', {
          id: 'finder.region.near-me',
          desc: 'Button: use the device location to find programmes nearby. Only asked after pressing it.',
        })}
      </button>
      <span class="hint">
        ${msg('Je plek blijft op dit apparaat. We slaan hem niet op en sturen hem nergens heen.', {
          id: 'finder.region.near-me-privacy',
          desc: 'Privacy note next to "use where I am now": the location stays on the device.',
        })}
      </span>
    </p>
  </form>`;
}

/** Typed suggestions as buttons too: a datalist is hard to use with some screen readers and on some phones. */
function renderSuggestionButtons(ctx: PlaceChooserContext) {
  if (!ctx.typed || !ctx.suggestions.length) return nothing;
  return html`<div class="place-suggestions">
    <p id="place-suggestions-label">
      ${msg('Bedoel je:', { id: 'finder.region.did-you-mean', desc: 'Before a list of towns that match what was typed.' })}
    </p>
    <ul role="list" aria-labelledby="place-suggestions-label">
      ${ctx.suggestions.map(
        (place) =>
          html`<li>
            <button class="chip" type="submit" name="place" value=${place.name} lang="nl">
              ${place.name}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}

export interface RegionBarContext {
  readonly locale: string;
  readonly loaded: LoadedSource;
  readonly radius: number;
  dirOf(text: PickedText): 'ltr' | 'rtl' | typeof nothing;
  readonly on: PlaceHandlers;
}

/** Where the programmes shown are from, and the ways to change it; a notice for shards that failed. */
export function renderRegionBar(ctx: RegionBarContext): TemplateResult | typeof nothing {
  const { loaded, locale } = ctx;
  const sources = loaded.sources;
  if (!sources) return nothing;
  const place = loaded.place;
  const failed = sources.failed;
  const km = formatNumber(ctx.radius, locale);
  const names = (texts: readonly Text[]) =>
    formatIsolatedList(
      texts.map((text) => pickText(text, locale)?.text ?? ''),
      locale,
    );
  // A place name is feed text: isolated, so it keeps its own direction in an Arabic sentence.
  const placeName = place?.name ? `\u2068${withoutBidiControls(place.name)}\u2069` : '';
  const where = place?.name
    ? msg(str`Aanbod binnen ${km} km van ${placeName}`, {
        id: 'finder.region.where-place',
        desc: 'Above the results of a regional finder: the offer within N km of the chosen town.',
      })
    : msg(str`Aanbod binnen ${km} km van waar je nu bent`, {
        id: 'finder.region.where-near',
        desc: 'Above the results of a regional finder when the visitor used their location.',
      });
  // The names as a list, not a sentence: a name may have a comma of its own ("Bibliotheek Apeldoorn, Taalhuis").
  const from = sources.publishers.length
    ? html`<div class="region-from">
        <span id="region-from"
          >${msg('Van:', {
            id: 'finder.region.from-label',
            desc: 'Before the names of the language houses whose offer is shown, under "Offer within 15 km of X".',
          })}</span
        >
        <ul class="region-publishers" role="list" aria-labelledby="region-from">
          ${sources.publishers.map((publisher, i) => {
            const name = pickText(publisher.name, locale);
            if (!name) return nothing;
            return html`<li>
              ${i ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}<span
                lang=${name.lang}
                dir=${ctx.dirOf(name)}
                >${name.text}</span
              >
            </li>`;
          })}
        </ul>
      </div>`
    : html`<p class="region-from">
        ${msg('Hier is geen Taalhuis in de buurt. Kies een grotere afstand of een andere plaats.', {
          id: 'finder.region.none-near',
          desc: 'When no language house has offer within the chosen distance of the chosen town.',
        })}
      </p>`;
  const outside = loaded.outside
    ? msg(str`Verder weg: ${countText(loaded.outside, locale)}. Kies een grotere afstand om ze te zien.`, {
        id: 'finder.region.outside',
        desc: 'Under the region bar: how many programmes are further away than the chosen distance.',
      })
    : '';
  const bar = place
    ? html`<div class="region-bar" part="region-bar">
        <p class="region-where"><strong>${where}</strong></p>
        ${from} ${outside ? html`<p class="hint">${outside}</p>` : nothing}
        <div class="region-actions">
          <span class="field"
            >${renderRadiusSelect('bar-radius', ctx.radius, locale, ctx.on.radiusChange)}</span
          >
          <button class="link-button" part="change-place" type="button" @click=${ctx.on.changePlace}>
            ${msg('Andere plaats kiezen', {
              id: 'finder.region.change',
              desc: 'Button that goes back to the question where the visitor wants to learn.',
            })}
          </button>
        </div>
      </div>`
    : nothing;
  const notice = failed.length
    ? html`<div class="notice warning" part="region-failed" role="status">
        <p>
          ${msg(
            str`Het aanbod van ${names(failed.map((f) => f.name))} kon niet worden geladen. De rest zie je hieronder.`,
            {
              id: 'finder.region.failed',
              desc: 'Notice when the offer of one or more language houses could not be loaded; their names follow "of".',
            },
          )}
        </p>
        <button class="button secondary" part="retry-button" type="button" @click=${ctx.on.retryPlace}>
          ${msg('Opnieuw proberen', { id: 'feed.retry', desc: 'Button that loads the list again after an error.' })}
        </button>
      </div>`
    : nothing;
  return html`${bar}${notice}`;
}
