import { css } from 'lit';

/**
 * Mobile first from 320 px; the host is an inline-size container, so the layout follows
 * the space the page gives the widget, not the window. Logical properties only, so the
 * whole finder mirrors in Arabic and Farsi; only arrow-like icons flip explicitly.
 */
export const styles = css`
  :host {
    --_accent-soft: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    --_accent-line: color-mix(in srgb, var(--_accent) 35%, var(--_surface));
    --_line: color-mix(in srgb, var(--_border) 45%, var(--_surface));
    --_success-soft: color-mix(in srgb, var(--_success) 12%, var(--_surface));
    --_success-text: color-mix(in srgb, var(--_success) 80%, var(--_text));
    --_danger-soft: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
    --_danger-text: color-mix(in srgb, var(--_danger) 85%, var(--_text));
    --_gap: calc(var(--_space) * 2);
    --_card-radius: calc(var(--_radius) * 2);
  }

  .finder {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .top {
    display: flex;
    justify-content: flex-end;
  }
  .top .language-menu {
    margin-block-end: 0;
  }

  p {
    margin-block: 0;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  :host(:dir(rtl)) .icon-mirrored {
    transform: scaleX(-1);
  }

  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .link-button {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 2.75rem;
    padding-block: 0;
    padding-inline: calc(var(--_space) / 2);
    margin-inline: calc(var(--_space) / -2);
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: start;
  }
  .link-button:hover {
    text-decoration-thickness: 2px;
  }

  .count {
    display: inline-block;
    min-inline-size: 1.75rem;
    padding-block: 0;
    padding-inline: 0.4rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: center;
    line-height: 1.6;
  }

  /* Loading ------------------------------------------------------------------ */
  .loading {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton {
    block-size: 8.5rem;
    border-radius: var(--_card-radius);
    background: linear-gradient(
        90deg,
        transparent 0%,
        color-mix(in srgb, var(--_surface) 70%, transparent) 50%,
        transparent 100%
      )
      var(--_surface-alt);
    background-size: 200% 100%;
    animation: shimmer 1.6s ease-in-out infinite;
  }
  .skeleton:first-of-type {
    block-size: 3rem;
  }
  @keyframes shimmer {
    from {
      background-position: 150% 0;
    }
    to {
      background-position: -50% 0;
    }
  }

  /* Layout ------------------------------------------------------------------- */
  .layout {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-inline-size: 0;
  }

  /* Search ------------------------------------------------------------------- */
  .search {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .search-label {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .search-field {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search-field .icon-search {
    position: absolute;
    inset-inline-start: 0.85rem;
    color: var(--_muted);
    pointer-events: none;
  }
  .search input {
    inline-size: 100%;
    min-block-size: 3.25rem;
    padding-block: calc(var(--_space) * 1.25);
    padding-inline: 2.9rem var(--_space);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1.0625rem;
  }
  .search input:focus-visible {
    border-color: var(--_accent);
    outline-offset: 1px;
  }

  /* Filter toggle and panel -------------------------------------------------- */
  .filter-toggle {
    display: flex;
    align-items: center;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 3rem;
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
    min-block-size: 3rem;
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
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .option label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 2.75rem;
    padding-block: 0.3rem;
    cursor: pointer;
  }
  .option-text {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .option .domain-icon {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    color: var(--_accent);
  }
  .option.zero label {
    color: var(--_muted);
  }
  .option .autonym {
    margin-inline-start: calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .option-hint {
    grid-column: 2;
    margin-block: -0.35rem 0.35rem;
    color: var(--_muted);
    font-size: 0.8125rem;
    line-height: 1.4;
  }
  .more-values {
    font-size: 0.9375rem;
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
    scroll-margin-block-end: 5.5rem;
  }

  /* Results head, sort, chips ------------------------------------------------- */
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space) var(--_gap);
  }
  .result-count {
    font-size: 1.25rem;
  }
  .result-count:focus-visible {
    outline-offset: 4px;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .sort label {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .sort select {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .geo-message,
  .steering-note {
    display: flex;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
  }
  .steering-note .icon {
    color: var(--_accent);
  }

  .active-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 2.5rem;
    max-inline-size: 100%;
    padding-block: 0.25rem;
    padding-inline: 0.9rem 0.6rem;
    border: 1px solid var(--_accent-line);
    border-radius: 999px;
    background: var(--_accent-soft);
    color: var(--_text);
    font-size: 0.9375rem;
    font-weight: 600;
    cursor: pointer;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .chip .icon {
    inline-size: 1rem;
    block-size: 1rem;
    color: var(--_accent);
  }
  .chip:hover {
    border-color: var(--_accent);
  }

  .suggestion {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding-block: calc(var(--_space) / 2);
    padding-inline: calc(var(--_space) * 1.5);
    border-radius: var(--_card-radius);
    background: var(--_accent-soft);
  }
  .suggestion > .icon {
    color: var(--_accent);
  }
  .suggestion .link-button {
    display: inline;
    padding-block: 0.6rem;
    line-height: 1.6;
  }
  .suggestion .count {
    margin-inline-start: calc(var(--_space) / 2);
    background: var(--_surface);
  }

  /* Cards -------------------------------------------------------------------- */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    gap: var(--_gap);
  }
  .card {
    /* Cards below the fold are not laid out or painted until they come near: typing stays within a frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_line);
    border-radius: var(--_card-radius);
    background: var(--_surface);
    box-shadow: 0 1px 2px color-mix(in srgb, var(--_text) 6%, transparent);
    transition:
      box-shadow 0.15s ease,
      border-color 0.15s ease;
  }
  .card:hover {
    border-color: var(--_accent-line);
    box-shadow: 0 4px 14px color-mix(in srgb, var(--_text) 10%, transparent);
  }
  .card:has(.card-link:focus-visible) {
    outline: var(--_focus-width, 3px) solid var(--_focus);
    outline-offset: 2px;
  }
  .card.ended {
    background: var(--_surface-alt);
  }
  .card-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
  }
  .card-title {
    font-size: 1.125rem;
    overflow-wrap: anywhere;
  }
  .card-link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .card-link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_card-radius);
  }
  .card-link:hover {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .card-link:focus-visible {
    outline: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .card-org {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .sep {
    margin-inline: 0.25rem;
  }
  .card-summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .facts {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    font-size: 0.9375rem;
  }
  .facts li {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .facts .icon {
    margin-block-start: 0.1rem;
    color: var(--_muted);
  }
  .facts .cancelled,
  .facts .cancelled .icon {
    color: var(--_danger-text);
  }
  .distance {
    margin-inline-start: var(--_space);
    color: var(--_muted);
    white-space: nowrap;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .badges:empty {
    display: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    max-inline-size: 100%;
    padding-block: 0.15rem;
    padding-inline: 0.55rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .badge .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .card-head .badge {
    flex: none;
  }
  .badge.free {
    background: var(--_success-soft);
    color: var(--_success-text);
  }
  .badge.full,
  .badge.cancelled-badge {
    background: var(--_danger-soft);
    color: var(--_danger-text);
  }
  .badge.waiting-list {
    background: var(--_warning-surface);
    color: color-mix(in srgb, var(--_warning) 70%, var(--_text));
  }
  .badge.goal {
    background: var(--_accent-soft);
    color: var(--_accent);
  }

  .dutch-hint {
    align-self: flex-start;
    padding-block: 0;
    padding-inline: 0.45rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.75rem;
  }

  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
  }
  .more-count {
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
    padding: calc(var(--_space) * 2.5);
    border-radius: var(--_card-radius);
    background: var(--_surface-alt);
  }
  .empty-title {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .empty .button {
    white-space: normal;
    text-align: start;
  }

  .ended-toggle {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .ended-toggle input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .ended-toggle label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75rem;
    cursor: pointer;
  }

  /* Detail ------------------------------------------------------------------- */
  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .back {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75rem;
    padding-block: 0;
    padding-inline: calc(var(--_space) * 1.25);
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .back:hover {
    background: var(--_accent-soft);
  }
  .detail-head {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .detail-head h2 {
    font-size: 1.625rem;
    overflow-wrap: anywhere;
  }
  .detail-head h2:focus-visible {
    outline-offset: 4px;
  }
  .lead {
    font-size: 1.125rem;
  }
  .description {
    white-space: pre-line;
    max-inline-size: 65ch;
  }
  .detail-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--_gap);
  }
  .detail-section {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-radius: var(--_card-radius);
    background: var(--_surface-alt);
    min-inline-size: 0;
  }
  .detail-section h3 {
    font-size: 1.125rem;
  }
  .weekly,
  .fact-line,
  .location-name {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .weekly {
    font-weight: 600;
  }
  .weekly .icon,
  .location-name .icon,
  .fact-line .icon {
    margin-block-start: 0.15rem;
    color: var(--_accent);
  }
  .sessions {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .session {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .session .icon {
    margin-block-start: 0.15rem;
    color: var(--_muted);
  }
  .session.cancelled {
    color: var(--_danger-text);
  }
  .session.cancelled .icon {
    color: var(--_danger-text);
  }
  .session.cancelled s {
    margin-inline-end: var(--_space);
  }
  .session-place {
    color: var(--_muted);
  }
  .location {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .location + .location {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_line);
  }
  .address {
    padding-inline-start: calc(1.25em + var(--_space));
  }
  /* Dutch addresses read left to right, also in an Arabic page; the box sits at the start. */
  address {
    display: inline-block;
    font-style: normal;
  }
  .icon-link {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .contact {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
  }
  .contact .button {
    text-decoration: none;
    white-space: normal;
  }
  .facts-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
  }
  .fact dt {
    font-weight: 700;
  }
  .fact dd {
    margin: 0;
  }
  .def-item {
    display: block;
  }
  .note {
    display: block;
    color: var(--_muted);
  }
  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) var(--_gap);
  }
  .detail-actions .button,
  .detail-section .button {
    align-self: flex-start;
  }
  .share-message {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .checked {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  /* Wide containers: filters beside the results ------------------------------ */
  @container (min-inline-size: 52rem) {
    .layout {
      display: grid;
      grid-template-columns: minmax(15rem, 19rem) minmax(0, 1fr);
      grid-template-areas:
        'search search'
        'filters results';
      column-gap: calc(var(--_space) * 3.5);
      row-gap: calc(var(--_space) * 3);
      align-items: start;
    }
    .search {
      grid-area: search;
      max-inline-size: 44rem;
    }
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
      font-size: 1.25rem;
    }
    .results {
      grid-area: results;
    }
    .panel-footer {
      display: none;
    }
    .detail-head h2 {
      font-size: 2rem;
    }
    /* Meetings and who it is for at the start; how to sign up and where at the end. */
    .detail-grid {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      grid-template-areas:
        'when signup'
        'when where'
        'who where';
      align-items: start;
    }
    .section-when {
      grid-area: when;
    }
    .section-signup {
      grid-area: signup;
    }
    .section-where {
      grid-area: where;
    }
    .section-who {
      grid-area: who;
    }
  }

  @media (forced-colors: active) {
    .card,
    .chip,
    .badge,
    .filters,
    .detail-section,
    .empty {
      border: 1px solid CanvasText;
    }
  }
`;
