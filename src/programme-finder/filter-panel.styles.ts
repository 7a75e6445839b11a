import { css } from 'lit';

/**
 * The filter panel and the button that opens it on narrow screens (`filter-panel.ts`).
 * Composed after the finder's own styles in `static styles`; logical properties only.
 */
export const filterPanelStyles = css`
  /* Filter toggle and panel -------------------------------------------------- */
  .filter-toggle {
    display: flex;
    align-items: center;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 3em;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 1.5);
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }
  .filter-toggle span {
    flex: 1;
    text-align: start;
  }
  .filter-toggle .icon-chevron {
    transition: transform 0.15s ease;
  }
  .filter-toggle[aria-expanded='true'] {
    background: var(--_accent-soft);
  }
  .filter-toggle[aria-expanded='true'] .icon-chevron {
    transform: rotate(180deg);
  }

  .filters {
    display: none;
    flex-direction: column;
    gap: var(--_gap);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_line);
    border-radius: var(--_card-radius);
    background: var(--_surface);
  }
  .filters.open {
    display: flex;
  }
  .filters-heading {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .groups {
    display: flex;
    flex-direction: column;
  }
  .group-free {
    padding-block-end: var(--_space);
  }
  .group-wrap {
    border-block-start: 1px solid var(--_line);
  }
  .group-wrap summary {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 3em;
    padding-block: calc(var(--_space) / 2);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }
  .group-wrap summary::-webkit-details-marker {
    display: none;
  }
  .group-name {
    flex: 1 1 auto;
  }
  .group-wrap summary .icon-chevron {
    color: var(--_muted);
    transition: transform 0.15s ease;
  }
  .group-wrap[open] summary .icon-chevron {
    transform: rotate(180deg);
  }
  .count.chosen {
    background: var(--_accent-soft);
    color: var(--_accent);
  }
  .group-wrap .group {
    padding-block-end: calc(var(--_space) * 1.5);
  }
  .group {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .options {
    display: flex;
    flex-direction: column;
  }
  .option {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    column-gap: var(--_space);
  }
  .option input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .option label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 2.75em;
    padding-block: 0.3em;
    cursor: pointer;
  }
  .option-text {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .option .domain-icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_accent);
  }
  .option.zero label {
    color: var(--_muted);
  }
  .option .autonym {
    margin-inline-start: calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .option-hint {
    grid-column: 2;
    margin-block: -0.35em 0.35em;
    color: var(--_muted);
    font-size: max(0.8125em, 12px);
    line-height: 1.4;
  }
  .more-values {
    font-size: 0.9375em;
  }
  .panel-footer {
    position: sticky;
    inset-block-end: 0;
    padding-block: var(--_space);
    background: var(--_surface);
  }
  .panel-footer .button {
    inline-size: 100%;
  }
  /* The sticky bar must never hide the control that has focus (WCAG 2.4.11): when the
     browser scrolls a focused option into view, it keeps the bar's height free below it. */
  .filters :is(input, select, summary, button, a) {
    scroll-margin-block-end: 5.5em;
  }

  /* Wide containers: the panel always shows, beside the results --------------- */
  @container (min-inline-size: 52em) {
    .filter-toggle {
      display: none;
    }
    .filters,
    .filters.open {
      grid-area: filters;
      display: flex;
      padding: 0;
      border: 0;
    }
    .filters-heading {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      font-size: 1.25em;
    }
    .panel-footer {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .filters {
      border: 1px solid CanvasText;
    }
  }
`;
