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
    --_success-text: color-mix(in srgb, var(--_success) 65%, var(--_text));
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
    font-size: 0.875em;
  }

  .link-button {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding-inline: calc(var(--_space) / 2);
    margin-inline: calc(var(--_space) / -2);
    text-align: start;
  }

  .count {
    display: inline-block;
    /* A count is one number: it never wraps or gives up its width to a long label. */
    flex: none;
    white-space: nowrap;
    min-inline-size: 1.75em;
    padding-block: 0;
    padding-inline: 0.4em;
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: max(0.8125em, 12px);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: center;
    line-height: 1.6;
  }

  /* Loading ------------------------------------------------------------------ */
  .loading {
    /* At least a screen high, as the space kept before the code arrived (pre-definition.ts):
       the results will be taller, so what follows stays below the fold and never jumps. */
    min-block-size: 100vh;
    display: grid;
    align-content: start;
    gap: var(--_gap);
  }
  .skeleton {
    block-size: 8.5em;
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
    block-size: 3em;
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
    font-size: 1.125em;
    font-weight: 700;
  }
  .search-field {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search-field .icon-search {
    position: absolute;
    inset-inline-start: 0.85em;
    color: var(--_muted);
    pointer-events: none;
  }
  .search input {
    inline-size: 100%;
    min-block-size: 3.25em;
    padding-block: calc(var(--_space) * 1.25);
    padding-inline: 2.9em var(--_space);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1.0625em;
  }
  .search input:focus-visible {
    border-color: var(--_accent);
    outline-offset: 1px;
  }

  /* Wide containers: filters beside the results ------------------------------ */
  @container (min-inline-size: 52em) {
    .layout {
      display: grid;
      grid-template-columns: minmax(15em, 19em) minmax(0, 1fr);
      grid-template-areas:
        'search search'
        'filters results';
      column-gap: calc(var(--_space) * 3.5);
      row-gap: calc(var(--_space) * 3);
      align-items: start;
    }
    .search {
      grid-area: search;
      max-inline-size: 44em;
    }
    .results {
      grid-area: results;
    }
  }
  /* The way back from a programme (back-button.ts): also shown while its view loads. */
  .detail-pending {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .back {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75em;
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
`;
