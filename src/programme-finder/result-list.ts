/**
 * The results: their heading and sort menu, the chosen filters, the result cards with
 * "show more", the empty state and the "also ended" toggle; or, for a webmaster, that
 * the finder has no feed to show. Templates over the
 * {@link FinderViewContext}; what a card says comes from `cardView()` (`card-content.ts`).
 */
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { languageName } from '../shared/language-names.js';
import { pickText, sameLanguage, type PickedText } from '../feed/text.js';
import { formatNumber } from '../shared/format.js';
import type { IndexedProgramme } from './search-index.js';
import { hasFilters, type SortOrder } from './filter-programmes.js';
import { alternatives, countText, valueLabel } from './programme-text.js';
import { cardView, type CardView, type TextLine } from './card-content.js';
import { renderActiveFilters } from './filter-panel.js';
import { isolatedList } from '../shared/isolate.js';
import { spokenCard } from './spoken-content.js';
import { renderNoVoiceNotice, renderReadAloud } from './read-aloud.js';
import {
  alertIcon,
  calendarIcon,
  chatIcon,
  houseIcon,
  onlineIcon,
  peopleIcon,
  pinIcon,
  starIcon,
} from './icons.js';
import type { FinderViewContext } from './view-context.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('finder');

/** The results region: heading, sort, chosen filters, the cards or the empty state. */
/** A finder without `src`: tell the webmaster what is missing. */
export function renderNoSource() {
  return html`<p class="notice error" role="alert">
    ${msg('Deze zoeker heeft geen adres van een overzicht. Geef het adres op in het attribuut src.', {
      id: 'finder.no-src',
      desc: 'Configuration error for the webmaster: the src attribute is missing.',
    })}
  </p>`;
}

export function renderResults(ctx: FinderViewContext) {
  const { result, locale } = ctx;
  // Names the results region too, so two finders (two Taalhuizen) on one page stay apart.
  const publisher = pickText(ctx.feed.publisher?.name, locale);
  return html`<section
    class="results"
    aria-labelledby=${publisher ? 'results-heading results-publisher' : 'results-heading'}
  >
    ${
      publisher
        ? html`<span
            id="results-publisher"
            class="visually-hidden"
            lang=${publisher.lang}
            dir=${ctx.dirOf(publisher)}
            >${publisher.text}</span
          >`
        : nothing
    }
    <div class="results-head">
      <h2 id="results-heading" class="result-count" part="result-count" tabindex="-1">
        ${countText(result.items.length, locale)}
      </h2>
      ${renderSort(ctx)}
    </div>
    <p class=${ctx.geoMessage ? 'geo-message' : 'live-slot'} role="status">${ctx.geoMessage}</p>
    ${renderActiveFilters(ctx)} ${renderLanguageSuggestion(ctx)} ${renderNoVoiceNotice(ctx)}
    ${
      ctx.goals.length && result.goalMatches.size
        ? html`<p class="steering-note">
            ${starIcon()}
            ${msg('Wat past bij jouw leerdoelen, staat bovenaan.', {
              id: 'finder.steering.note',
              desc: 'Shown above the results when the learning-goal picker steers the finder.',
            })}
          </p>`
        : nothing
    }
    ${result.items.length ? renderList(ctx) : renderEmpty(ctx)} ${renderEndedToggle(ctx)}
  </section>`;
}

function renderSort(ctx: FinderViewContext) {
  const canLocate = ctx.index.hasGeo && typeof navigator !== 'undefined' && 'geolocation' in navigator;
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
  return html`<div class="sort" part="sort">
    <label for="sort">${msg('Volgorde', { id: 'finder.sort.label', desc: 'Label of the sort menu.' })}</label>
    <select id="sort" @change=${ctx.on.sortChange}>
      ${options.map(
        ([value, label]) =>
          html`<option value=${value} .selected=${live(value === ctx.sort)}>${label}</option>`,
      )}
    </select>
  </div>`;
}

function renderLanguageSuggestion(ctx: FinderViewContext) {
  const { locale } = ctx;
  if (sameLanguage(locale, 'nl') || ctx.query.filters.language?.length) return nothing;
  const match = [...ctx.result.counts.language].find(
    ([code, count]) => sameLanguage(code, locale) && count > 0,
  );
  if (!match) return nothing;
  const [code, count] = match;
  const language = languageName(code, locale);
  return html`<div class="suggestion" part="suggestion">
    ${chatIcon()}
    <button class="link-button" type="button" data-language=${code} @click=${ctx.on.languageSuggestion}>
      ${msg(str`Alleen activiteiten met hulp in het ${language}`, {
        id: 'finder.suggest.language',
        desc: "Button offering to show only programmes where someone helps in the visitor's language. The placeholder is the language name.",
      })}
      <span class="count">${formatNumber(count, locale)}</span>
    </button>
  </div>`;
}

function renderList(ctx: FinderViewContext) {
  const { result, locale } = ctx;
  const total = result.items.length;
  const shown = result.items.slice(0, ctx.shown);
  return html`<ol class="cards" part="results" role="list">
      ${repeat(
        shown,
        (item) => item.programme.id,
        (item, i) => renderCard(ctx, item, i),
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
            <button class="button secondary" part="show-more" type="button" @click=${ctx.on.showMore}>
              ${msg('Meer tonen', { id: 'finder.more', desc: 'Button that shows the next results.' })}
            </button>
          </div>`
        : nothing
    }`;
}

/**
 * What each shown card says, kept while it stays in the results: a keystroke re-renders
 * the cards that stay without working out their dates and names again. An item belongs to
 * one index (one feed, locale and "now"); distance and goal match may change.
 */
const cardViews = new WeakMap<IndexedProgramme, { distance?: number; goalMatch: boolean; view: CardView }>();

function cachedCardView(ctx: FinderViewContext, item: IndexedProgramme): CardView {
  const distance = ctx.result.distances.get(item);
  const goalMatch = ctx.result.goalMatches.has(item);
  const known = cardViews.get(item);
  if (known && known.distance === distance && known.goalMatch === goalMatch) return known.view;
  const view = cardView(item, {
    feed: ctx.feed,
    locale: ctx.locale,
    now: ctx.index.now,
    distance,
    goalMatch,
  });
  cardViews.set(item, { distance, goalMatch, view });
  return view;
}

/** One result card: its content (`cardView`), then the markup. */
function renderCard(ctx: FinderViewContext, item: IndexedProgramme, position: number) {
  const card = cachedCardView(ctx, item);
  const { organisation, summary } = card;
  const titleId = `title-${position}`;
  return html`<li
    class=${classMap({ card: true, ended: card.ended })}
    part="result-card"
    data-position=${position}
  >
    <div class="card-head">
      <h3 class="card-title" part="result-card-title" id=${titleId}>${renderOpenControl(ctx, card)}</h3>
      <span class=${classMap({ badge: true, cost: true, free: card.cost.free })} part="badge"
        >${card.cost.text}</span
      >
    </div>
    ${organisation ? renderOrganiser(ctx, organisation, card.kind, item.programme.id) : html`<p class="card-org">${card.kind}</p>`}
    ${
      summary
        ? html`<p class="card-summary" lang=${summary.lang} dir=${ctx.dirOf(summary)}>${summary.text}</p>`
        : nothing
    }
    ${card.dutchOnly ? renderDutchHint() : nothing}
    <ul class="facts" role="list">
      <li>${calendarIcon()}<span>${renderWhen(ctx, card.when)}</span></li>
      ${
        card.cancelled
          ? html`<li class="cancelled">${alertIcon()}<span>${card.cancelled}</span></li>`
          : nothing
      }
      ${
        card.places.length
          ? html`<li>
              ${pinIcon()}
              <span>
                ${isolatedList(card.places, ctx.locale)}
                ${card.distance ? html`<span class="distance">${card.distance}</span>` : nothing}
              </span>
            </li>`
          : card.online
            ? html`<li>${onlineIcon()}<span>${card.online}</span></li>`
            : nothing
      }
    </ul>
    <div class="badges">
      ${
        card.goalMatch
          ? html`<span class="badge goal" part="badge"
              >${starIcon()}${msg('Past bij je leerdoelen', {
                id: 'finder.badge.goals',
                desc: 'Badge on a result card: the programme works on one of the learning goals the visitor chose.',
              })}</span
            >`
          : nothing
      }
      ${
        card.capacity
          ? html`<span
              class=${classMap({ badge: true, capacity: true, [card.capacity.state]: true })}
              part="badge"
              >${peopleIcon()}${card.capacity.text}</span
            >`
          : nothing
      }
      ${card.languages ? html`<span class="badge languages" part="badge">${chatIcon()}${card.languages}</span>` : nothing}
      ${
        card.ended
          ? html`<span class="badge ended-badge" part="badge"
              >${msg('Afgelopen', { id: 'finder.badge.ended', desc: 'Badge on a result card: the programme is over.' })}</span
            >`
          : nothing
      }
    </div>
    ${
      ctx.speech.available
        ? html`<div class="card-tools">
            ${renderReadAloud(ctx, `card:${card.id}`, card.title, () => spokenCard(card, ctx.locale))}
          </div>`
        : nothing
    }
  </li>`;
}

/** The link (with url-state) or button that opens a programme's details. */
function renderOpenControl(ctx: FinderViewContext, card: CardView) {
  const id = card.id;
  const title = html`<span lang=${card.title.lang} dir=${ctx.dirOf(card.title)}>${card.title.text}</span>`;
  if (ctx.urlState) {
    return html`<a
      class="card-link"
      href=${ctx.hrefFor(id)}
      data-id=${id}
      @click=${ctx.on.openClick}
      @pointerenter=${ctx.on.detailIntent}
      @pointerdown=${ctx.on.detailIntent}
      @focus=${ctx.on.detailIntent}
      >${title}</a
    >`;
  }
  return html`<button
    class="card-link"
    type="button"
    data-id=${id}
    @click=${ctx.on.openClick}
    @pointerenter=${ctx.on.detailIntent}
    @pointerdown=${ctx.on.detailIntent}
    @focus=${ctx.on.detailIntent}
  >
    ${title}
  </button>`;
}

/** The card's line about when: UI text, or the schedule's note in the feed's language. */
function renderWhen(ctx: FinderViewContext, when: TextLine) {
  return when.lang
    ? html`<span lang=${when.lang} dir=${ctx.dirOf({ text: when.text, lang: when.lang })}>${when.text}</span>`
    : when.text;
}

/** "Bibliotheek Testdorp · Taalcafé": who organises it, and what kind of activity it is. */
export function renderOrganiser(
  ctx: FinderViewContext,
  organisation: PickedText,
  kind: string,
  programmeId: string,
) {
  const source = ctx.publisherOf(programmeId);
  const publisher = source ? pickText(source.name, ctx.locale) : undefined;
  return html`<p class="card-org">
      <span lang=${organisation.lang} dir=${ctx.dirOf(organisation)}>${organisation.text}</span>
      <span class="sep" aria-hidden="true">·</span>
      <span>${kind}</span>
    </p>
    ${
      publisher && publisher.text !== organisation.text
        ? html`<p class="card-publisher" part="publisher">
            ${houseIcon()}
            <span class="visually-hidden">
              ${msg('Taalhuis:', {
                id: 'finder.publisher',
                desc: 'Screen-reader text before the name of the language house (Taalhuis) whose feed lists this programme, in a finder over several Taalhuizen.',
              })}
            </span>
            <span lang=${publisher.lang} dir=${ctx.dirOf(publisher)}>${publisher.text}</span>
          </p>`
        : nothing
    }`;
}

/** The small "in Dutch" hint next to text the feed only has in Dutch. */
export function renderDutchHint() {
  return html`<p class="dutch-hint" part="dutch-hint">
    ${msg('in het Nederlands', {
      id: 'finder.dutch-only',
      desc: 'Small hint next to programme text that the feed only has in Dutch (shown in a non-Dutch UI).',
    })}
  </p>`;
}

function renderEmpty(ctx: FinderViewContext) {
  const { locale } = ctx;
  const best = ctx.relaxations[0];
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
        best.values.map((value) => valueLabel(facet, value, ctx.feed, locale).text),
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
            <button class="button" type="button" @click=${ctx.on.relax}>${action}</button>`
        : html`<p>
            ${msg('Probeer een ander woord of kies minder filters.', {
              id: 'finder.empty.general',
              desc: 'When nothing matches and no single filter helps.',
            })}
          </p>`
    }
    ${
      hasFilters(ctx.query.filters) || ctx.query.query.trim()
        ? html`<button class="button secondary" type="button" @click=${ctx.on.clearAll}>
            ${msg('Alles wissen', { id: 'finder.clear-all', desc: 'Button that removes every filter and the search text.' })}
          </button>`
        : nothing
    }
  </div>`;
}

function renderEndedToggle(ctx: FinderViewContext) {
  const { result, query } = ctx;
  if (!result.endedHidden && !query.showEnded) return nothing;
  return html`<div class="ended-toggle">
    <input type="checkbox" id="show-ended" .checked=${live(query.showEnded)} @change=${ctx.on.showEnded} />
    <label for="show-ended">
      ${msg('Ook activiteiten tonen die voorbij zijn', {
        id: 'finder.show-ended',
        desc: 'Checkbox under the results: also show programmes that have ended.',
      })}
      ${query.showEnded ? nothing : html`<span class="count">${formatNumber(result.endedHidden, ctx.locale)}</span>`}
    </label>
  </div>`;
}
