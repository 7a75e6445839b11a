/**
 * The search field, the filter panel (with its toggle on narrow screens) and the row of
 * chosen filters: templates over the {@link FinderViewContext}.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { languageName, ownName } from '../shared/language-names.js';
import type { Cefr, Domain, LearningType, Route } from '../feed/schema.js';
import { pickText, type PickedText } from '../feed/text.js';
import type { PartOfDay } from '../feed/schedule.js';
import { directionOf } from '../localization/locales.js';
import { formatNumber } from '../shared/format.js';
import { domainIcon } from '../shared/domain-icons.js';
import {
  learningExplanation,
  levelExplanation,
  partOfDayExplanation,
  routeExplanation,
} from '../shared/labels.js';
import { FACETS, type Facet } from './search-index.js';
import { countText, facetName } from './programme-text.js';
import { orderedValues } from './card-content.js';
import { chevronIcon, closeIcon, filterIcon, searchIcon } from './icons.js';
import type { FinderViewContext } from './view-context.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('finder');

/** Values shown per filter group before "show all". */
const VALUES_SHOWN = 6;

/**
 * The search landmark's name, with the publisher's name: two finders on one page (two
 * Taalhuizen) stay apart in a screen reader's list of landmarks.
 */
function searchLandmarkName(ctx: FinderViewContext): string {
  const publisher = pickText(ctx.feed.publisher?.name, ctx.locale)?.text;
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

export function renderSearch(ctx: FinderViewContext) {
  return html`<div class="search" part="search" role="search" aria-label=${searchLandmarkName(ctx)}>
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
        .value=${live(ctx.query.query)}
        @input=${ctx.on.searchInput}
        @keydown=${ctx.on.searchKeydown}
      />
    </div>
    <p class="hint" id="search-hint">
      ${msg('Bijvoorbeeld: taalcafé, computer, rekenen, gratis', {
        id: 'finder.search.hint',
        desc: 'Examples under the search field. Use words a learner would type.',
      })}
    </p>
  </div>`;
}

export function renderFilterToggle(ctx: FinderViewContext) {
  const activeCount = FACETS.reduce((n, facet) => n + (ctx.query.filters[facet]?.length ?? 0), 0);
  return html`<button
    class="filter-toggle"
    part="filter-toggle"
    type="button"
    aria-expanded=${ctx.filtersOpen ? 'true' : 'false'}
    aria-controls="filter-panel"
    @click=${ctx.on.filterToggle}
  >
    ${filterIcon()}
    <span
      >${
        activeCount
          ? msg(str`Filters (${formatNumber(activeCount, ctx.locale)} gekozen)`, {
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
  </button>`;
}

export function renderFilters(ctx: FinderViewContext) {
  return html`<section
    id="filter-panel"
    class=${classMap({ filters: true, open: ctx.filtersOpen })}
    part="filters"
    aria-labelledby="filters-heading"
    @keydown=${ctx.on.panelKeydown}
  >
    <h2 id="filters-heading" class="filters-heading">
      ${msg('Filters', { id: 'finder.filters.heading', desc: 'Heading of the filter panel.' })}
    </h2>
    <div class="groups">
      ${guard(
        // The groups show only these (typing in a big feed keeps the counts for a frame).
        [ctx.result.counts, ctx.query.filters, ctx.locale, ctx.openGroups, ctx.expanded],
        () => FACETS.map((facet) => renderGroup(ctx, facet)),
      )}
    </div>
    <div class="panel-footer">
      <button class="button" type="button" @click=${ctx.on.showResults}>
        ${msg(str`Toon ${countText(ctx.result.items.length, ctx.locale)}`, {
          id: 'finder.filters.show-results',
          desc: 'Button at the end of the filter panel on a narrow screen; closes it. The placeholder is e.g. "12 activities".',
        })}
      </button>
    </div>
  </section>`;
}

function renderGroup(ctx: FinderViewContext, facet: Facet) {
  const counts = ctx.result.counts[facet];
  const values = orderedValues(facet, counts, ctx.locale, (value) => ctx.label(facet, value).text);
  if (!values.length) return nothing;
  const chosen = new Set(ctx.query.filters[facet] ?? []);
  const name = facetName(facet);
  const options = renderValueList(ctx, facet, values, chosen, counts);
  if (facet === 'free') {
    return html`<fieldset class="group group-${facet}" part="filter-group">
      <legend class="visually-hidden">${name}</legend>
      ${options}
    </fieldset>`;
  }
  // Groups fold open and closed; the first few start open, and so does one with a choice.
  const open = ctx.openGroups.has(facet) || chosen.size > 0;
  return html`<details class="group-wrap" ?open=${open} data-facet=${facet} @toggle=${ctx.on.groupToggle}>
    <summary>
      <span class="group-name">${name}</span>
      ${
        chosen.size
          ? html`<span class="count chosen"
              >${msg(str`${formatNumber(chosen.size, ctx.locale)} gekozen`, {
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

function renderValueList(
  ctx: FinderViewContext,
  facet: Facet,
  values: string[],
  chosen: Set<string>,
  counts: Map<string, number>,
) {
  const expanded = ctx.expanded.has(facet);
  // Only open-ended lists fold; chosen values always show.
  const folds =
    (facet === 'language' || facet === 'location' || facet === 'organisation') &&
    values.length > VALUES_SHOWN + 1;
  const visible =
    folds && !expanded ? values.filter((value, i) => i < VALUES_SHOWN || chosen.has(value)) : values;
  return html`<ul class="options" role="list">
      ${visible.map((value) => renderOption(ctx, facet, value, counts.get(value) ?? 0, chosen.has(value)))}
    </ul>
    ${
      folds
        ? html`<button
            class="link-button more-values"
            type="button"
            data-facet=${facet}
            aria-expanded=${expanded ? 'true' : 'false'}
            @click=${ctx.on.expandGroup}
          >
            ${
              expanded
                ? msg('Minder tonen', {
                    id: 'finder.filters.fewer',
                    desc: 'Button under a long list of filter options: show fewer.',
                  })
                : msg(str`Alle ${formatNumber(values.length, ctx.locale)} tonen`, {
                    id: 'finder.filters.all',
                    desc: 'Button under a long list of filter options: show all. The placeholder is how many there are.',
                  })
            }
          </button>`
        : nothing
    }`;
}

function renderOption(ctx: FinderViewContext, facet: Facet, value: string, count: number, checked: boolean) {
  const id = `f-${facet}-${value}`.replace(/[^\w-]/g, '_');
  const label = ctx.label(facet, value);
  const hint = optionHint(facet, value, ctx.locale);
  return html`<li class=${classMap({ option: true, zero: count === 0 && !checked })} part="filter-option">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(checked)}
      data-facet=${facet}
      data-value=${value}
      aria-describedby=${hint?.text ? `${id}-hint` : nothing}
      @change=${ctx.on.filterChange}
    />
    <label for=${id}>
      ${facet === 'domain' ? domainIcon(value as Domain) : nothing}
      <span class="option-text"
        ><span lang=${label.lang} dir=${ctx.dirOf(label)}>${label.text}</span
        >${hint?.autonym ? html` ${hint.autonym}` : nothing}</span
      >
      <span class="count">${formatNumber(count, ctx.locale)}</span>
    </label>
    ${hint?.text ? html`<span class="option-hint" id=${`${id}-hint`}>${hint.text}</span>` : nothing}
  </li>`;
}

/** The plain explanation under an option, or a language's own name. */
function optionHint(
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

export function renderActiveFilters(ctx: FinderViewContext) {
  const chips: { facet: Facet | 'query'; value: string; label: PickedText }[] = [];
  const q = ctx.query.query.trim();
  if (q) chips.push({ facet: 'query', value: q, label: { text: `“${q}”`, lang: ctx.locale } });
  for (const facet of FACETS) {
    for (const value of ctx.query.filters[facet] ?? []) {
      chips.push({ facet, value, label: ctx.label(facet, value) });
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
              @click=${ctx.on.chipClick}
            >
              <span lang=${chip.label.lang} dir=${ctx.dirOf(chip.label)}>${chip.label.text}</span>
              ${closeIcon()}
            </button>
          </li>`,
      )}
    </ul>
    <button class="link-button clear-all" part="clear-all" type="button" @click=${ctx.on.clearAll}>
      ${msg('Alles wissen', { id: 'finder.clear-all', desc: 'Button that removes every filter and the search text.' })}
    </button>
  </div>`;
}
