import { css } from 'lit';

/**
 * The results: their heading, sort menu, chosen filters, cards and badges, the empty state
 * (`result-list.ts`; the badges serve the detail view too). Logical properties only.
 */
export const resultListStyles = css`
  /* Results head, sort, chips ------------------------------------------------- */
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space) var(--_gap);
  }
  .result-count {
    font-size: 1.25em;
  }
  .result-count:focus-visible {
    outline-offset: 4px;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .sort label {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .sort select {
    min-block-size: 2.75em;
    min-inline-size: 0;
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
    min-block-size: 2.5em;
    max-inline-size: 100%;
    padding-block: 0.25em;
    padding-inline: 0.9em 0.6em;
    border: 1px solid var(--_accent-line);
    border-radius: 999px;
    background: var(--_accent-soft);
    color: var(--_text);
    font-size: 0.9375em;
    font-weight: 600;
    cursor: pointer;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .chip .icon {
    inline-size: 1em;
    block-size: 1em;
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
    padding-block: 0.6em;
    line-height: 1.6;
  }
  .suggestion .count {
    margin-inline-start: calc(var(--_space) / 2);
    background: var(--_surface);
  }

  /* Cards -------------------------------------------------------------------- */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19em), 1fr));
    gap: var(--_gap);
  }
  .card {
    /* Cards below the fold are not laid out or painted until they come near: typing stays within a frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
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
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }
  .card-link {
    /* At least 24 px high (WCAG 2.5.8) even when the title fits on one short line. */
    display: inline-block;
    min-block-size: 24px;
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
    font-size: 0.9375em;
  }
  .sep {
    margin-inline: 0.25em;
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
    font-size: 0.9375em;
  }
  .facts li {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .facts .icon {
    margin-block-start: 0.1em;
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
    gap: 0.3em;
    max-inline-size: 100%;
    padding-block: 0.15em;
    padding-inline: 0.55em;
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: max(0.8125em, 12px);
    font-weight: 600;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .badge .icon {
    inline-size: 1em;
    block-size: 1em;
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
    /* Text in the text colour (the warning edge colour is for the edge: 3:1 is enough there,
       not for text); the edge tells it apart. */
    box-shadow: inset 0 0 0 1px var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
  }
  .badge.goal {
    background: var(--_accent-soft);
    color: var(--_accent);
  }

  .dutch-hint {
    align-self: flex-start;
    padding-block: 0;
    padding-inline: 0.45em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: max(0.75em, 12px);
  }

  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
  }
  .more-count {
    color: var(--_muted);
    font-size: 0.9375em;
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
    font-size: 1.125em;
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
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .ended-toggle label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75em;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .card,
    .chip,
    .badge,
    .empty {
      border: 1px solid CanvasText;
    }
  }
`;
