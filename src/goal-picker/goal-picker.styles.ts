import { css } from 'lit';

/**
 * Mobile first (from 320 px), laid out by the widget's own width (container queries on
 * the host, see base.styles.ts), logical properties only, so it mirrors in Arabic and
 * Farsi. Big pictures and touch targets of at least 44 px. The `@media print` block
 * turns the summary into one A4 sheet.
 */
export const styles = css`
  :host {
    --_tile-icon: 3em;
    --_card-icon: 2.25em;
    --_selected-surface: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }

  h2,
  h3,
  p {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .ui-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  :host(:dir(rtl)) .flip-rtl {
    transform: scaleX(-1);
  }

  .step {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 2);
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .heading:focus-visible {
    outline-offset: 4px;
  }
  .with-icon {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .heading.with-icon .icon {
    inline-size: 2.5em;
    block-size: 2.5em;
    color: var(--_accent);
  }
  h3.with-icon .icon {
    inline-size: 1.75em;
    block-size: 1.75em;
    color: var(--_accent);
  }
  .hint {
    color: var(--_muted);
    font-size: 1.0625em;
  }
  .hint.small {
    font-size: 0.9375em;
  }

  .feed-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    font-size: 0.9375em;
  }
  .feed-notice p {
    flex: 1 1 14em;
  }
  .feed-notice .button {
    min-block-size: 2.75em;
    padding-block: calc(var(--_space) / 2);
  }

  /* Step indicator */
  .steps ol {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: none;
  }
  /* Long words ("Vrijetijdsbesteding") in a narrow column or at a large text size break
     instead of making the widget wider than its column. */
  .step-label,
  .domain-name,
  .goal-text {
    min-inline-size: 0;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* Each step button as tall as the tallest (a count badge may wrap one of them), so the
     three underlines stay on one line. */
  .steps li {
    display: flex;
  }
  .step-button {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) / 2);
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: calc(var(--_space) / 2);
    border: 0;
    border-block-end: 4px solid var(--_border);
    background: none;
    font-size: 0.875em;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }
  .step-button[aria-current='step'] {
    border-block-end-color: var(--_accent);
    color: var(--_accent);
    font-weight: 700;
  }
  .step-button:disabled {
    cursor: default;
    color: var(--_muted);
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
  }
  .step-button[aria-current='step'] .step-number {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding-inline: 0.5em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.875em;
    font-weight: 700;
    white-space: nowrap;
  }
  .badge.inverse {
    background: var(--_accent-contrast);
    color: var(--_accent);
  }
  .badge .icon {
    inline-size: 1em;
    block-size: 1em;
  }

  /* Step 1: domain tiles */
  .domains {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
  }
  .tile-item {
    position: relative;
    display: grid;
  }
  .domain-tile {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-start;
    gap: var(--_space);
    min-block-size: 8.5em;
    padding: calc(var(--_space) * 1.5) var(--_space);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface-alt);
    font-weight: 600;
    font-size: 1.0625em;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
  }
  .domain-tile:hover {
    border-color: var(--_accent);
  }
  .domain-tile.has-chosen {
    border-color: var(--_accent);
    background: var(--_selected-surface);
  }
  .domain-tile .domain-icon {
    inline-size: var(--_tile-icon);
    block-size: var(--_tile-icon);
    color: var(--_accent);
  }
  .domain-tile .badge {
    font-size: max(0.8125em, 12px);
    white-space: normal;
  }
  .tile-item .read-aloud {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-end: 2px;
  }

  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0;
    border: 2px solid transparent;
    border-radius: 50%;
    background: none;
    color: var(--_accent);
    cursor: pointer;
  }
  .icon-button:hover {
    border-color: var(--_accent);
  }
  .icon-button .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .read-aloud {
    background: var(--_selected-surface);
  }

  /* Step 2: goal cards */
  .back {
    justify-self: start;
  }
  .level {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .level label {
    font-weight: 600;
  }
  .level select {
    min-block-size: 2.75em;
    inline-size: 100%;
    max-inline-size: 30em;
    padding-inline: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .goals {
    display: grid;
    gap: var(--_space);
  }
  .goal-item {
    position: relative;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface-alt);
  }
  .goal-item.checked {
    border-color: var(--_accent);
    background: var(--_selected-surface);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .goal-card {
    display: grid;
    grid-template-columns: auto auto 1fr;
    grid-template-areas:
      'check icon text'
      'check icon level';
    align-items: center;
    column-gap: calc(var(--_space) * 1.5);
    row-gap: calc(var(--_space) / 2);
    min-block-size: 4em;
    padding: calc(var(--_space) * 1.5);
    cursor: pointer;
  }
  .goal-checkbox {
    grid-area: check;
    inline-size: 1.625em;
    block-size: 1.625em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .goal-card .icon {
    grid-area: icon;
    inline-size: var(--_card-icon);
    block-size: var(--_card-icon);
    color: var(--_accent);
  }
  .goal-text {
    grid-area: text;
    font-size: 1.0625em;
  }
  /* Text in another direction than the UI (Dutch in Arabic) keeps its own direction but
     lines up with the rest of the card. */
  :host(:dir(rtl)) .goal-text[dir='ltr'],
  :host(:dir(rtl)) .goal-texts p[dir='ltr'],
  :host(:dir(ltr)) .goal-text[dir='rtl'],
  :host(:dir(ltr)) .goal-texts p[dir='rtl'] {
    text-align: end;
  }
  .goal-level {
    grid-area: level;
    justify-self: start;
    align-self: center;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The read-aloud button sits in the card's bottom corner, next to the level, so the
     goal text keeps the full width on a phone. */
  .goal-item.speakable .goal-card {
    grid-template-rows: auto minmax(2.75em, auto);
  }
  .goal-item .read-aloud {
    position: absolute;
    inset-block-end: calc(var(--_space) / 2);
    inset-inline-end: calc(var(--_space) / 2);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .actions .button {
    flex: 1 1 14em;
  }
  .summary-button {
    justify-self: start;
  }

  /* Step 3: summary */
  .summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .summary-domain {
    display: grid;
    gap: var(--_space);
  }
  h3 {
    font-size: 1.125em;
  }
  .summary-goals {
    display: grid;
    gap: var(--_space);
  }
  .summary-goal {
    display: grid;
    grid-template-columns: auto 1fr auto;
    grid-template-areas:
      'icon text actions'
      'icon level actions';
    align-items: center;
    column-gap: calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
  }
  .summary-goal > .icon {
    grid-area: icon;
    inline-size: var(--_card-icon);
    block-size: var(--_card-icon);
    color: var(--_accent);
  }
  .goal-texts {
    grid-area: text;
    display: grid;
    gap: calc(var(--_space) / 2);
    font-size: 1.0625em;
  }
  .goal-texts.both .text-nl {
    order: 2;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .summary-goal .goal-level {
    grid-area: level;
  }
  .summary-goal-actions {
    grid-area: actions;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .share {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .share label {
    font-weight: 600;
  }
  .share-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .share-row input {
    flex: 1 1 14em;
    min-inline-size: 0;
    min-block-size: 2.75em;
    padding-inline: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375em;
  }
  .share-status:empty {
    display: none;
  }
  .print-only {
    display: none;
  }

  /* A very narrow column (a 250 px sidebar, 200% zoom on a phone, a large text size): the
     steps stack as a list and the domain tiles take one column, so no label is cut off. */
  @container (max-width: 17.5em) {
    .steps ol,
    .domains {
      grid-template-columns: minmax(0, 1fr);
    }
    .steps .step-button {
      flex-direction: row;
      justify-content: flex-start;
      text-align: start;
    }
    .badge {
      white-space: normal;
    }
  }

  @container (min-width: 34em) {
    .domains {
      grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    }
    .steps .step-button {
      flex-direction: row;
      justify-content: center;
      font-size: 1em;
    }
    .heading {
      font-size: 1.75em;
    }
    .summary-goal-actions {
      flex-direction: row;
    }
  }
  @container (min-width: 48em) {
    :host {
      --_tile-icon: 3.5em;
      --_card-icon: 2.75em;
    }
    .domains {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .goals {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .goal-texts.both {
      grid-template-columns: 1fr 1fr;
    }
    .goal-texts.both .text-nl {
      order: 0;
      font-size: inherit;
      color: inherit;
    }
  }

  @media (forced-colors: active) {
    .domain-tile.has-chosen,
    .goal-item.checked {
      border-color: Highlight;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }

  /* One A4 sheet to take to the intake: no controls, pictures, Dutch next to the
     visitor's language. */
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
      --_surface: #fff;
      --_surface-alt: #fff;
      font-size: 12pt;
      line-height: 1.35;
    }
    .steps,
    .actions,
    .share,
    .level,
    .back,
    .feed-notice,
    .icon-button,
    .summary-goal-actions,
    .summary-button {
      display: none;
    }
    .print-only {
      display: block;
    }
    .step {
      margin: 0;
      gap: 0.4cm;
    }
    .summary {
      gap: 0.35cm;
    }
    .heading {
      font-size: 20pt;
    }
    .print-meta {
      display: flex;
      align-items: baseline;
      gap: 0.3cm;
    }
    .write-line {
      flex: 1;
      border-block-end: 1px solid #000;
    }
    .column-heads {
      display: grid;
      grid-template-columns: 1cm 1fr 1fr;
      column-gap: 0.4cm;
      padding-inline: 0.25cm;
      font-weight: 700;
      border-block-end: 1px solid #000;
    }
    .summary-domain {
      gap: 0.15cm;
      break-inside: avoid;
    }
    h3 {
      font-size: 12pt;
    }
    h3.with-icon .icon {
      inline-size: 0.7cm;
      block-size: 0.7cm;
    }
    .summary-goals {
      gap: 0.15cm;
    }
    .summary-goal {
      grid-template-columns: 1cm 1fr;
      grid-template-areas:
        'icon text'
        'icon level';
      column-gap: 0.4cm;
      padding: 0.15cm 0.25cm;
      border-color: #999;
      break-inside: avoid;
    }
    .summary-goal > .icon {
      inline-size: 0.9cm;
      block-size: 0.9cm;
    }
    .goal-texts {
      font-size: 12pt;
    }
    .summary.bilingual .goal-texts {
      grid-template-columns: 1fr 1fr;
      column-gap: 0.4cm;
    }
    .summary.bilingual .text-nl {
      grid-column: 1;
      order: 0;
      color: #000;
      font-size: inherit;
    }
    .summary.bilingual .text-own {
      grid-column: 2;
    }
    .goal-level {
      font-size: 9pt;
    }
  }
`;
