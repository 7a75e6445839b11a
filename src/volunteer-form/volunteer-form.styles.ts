import { css } from 'lit';

/**
 * Mobile first (from 320 px), wider layouts by container query, logical properties
 * only, so the form mirrors in Arabic and Farsi. Form patterns after GOV.UK and NL
 * Design System: labels above fields, hints under labels, errors between the hint
 * and the field with a bar on the start side.
 */
export const styles = css`
  /* Derived from the shared tokens only (base.styles.ts holds every --taal-* fallback). */
  :host {
    --_accent-tint: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    /* Text fields get the text colour as border, for contrast (GOV.UK). */
    --_field-border: var(--_text);
    /* Cards, tables and lists: a lighter line; the controls inside carry their own borders. */
    --_card-border: color-mix(in srgb, var(--_border) 55%, var(--_surface));
  }

  .root {
    display: flow-root;
    max-inline-size: 52em;
  }
  p {
    margin-block: 0 calc(var(--_space) * 1.5);
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  .notice {
    margin-block-end: calc(var(--_space) * 3);
  }
  .notice > :last-child,
  .notice p:last-child {
    margin-block-end: 0;
  }
  .notice .actions {
    margin-block: calc(var(--_space) * 1.5) 0;
  }
  .notice-title {
    font-weight: 700;
    margin-block-end: calc(var(--_space) / 2);
  }
  .notice button {
    margin-block-start: var(--_space);
  }

  /* ---- headings and steps ---- */
  .step-label {
    margin-block-end: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .heading {
    margin-block-end: calc(var(--_space) * 2);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .heading.sub {
    margin-block: calc(var(--_space) * 3) var(--_space);
    font-size: 1.1875em;
  }
  .lead {
    max-inline-size: 40em;
    margin-block-end: calc(var(--_space) * 3);
  }

  /* ---- fields ---- */
  .field {
    margin-block: 0 calc(var(--_space) * 4);
  }
  .fieldset {
    min-inline-size: 0;
    margin-inline: 0;
    padding: 0;
    border: 0;
  }
  .legend,
  .label {
    display: block;
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .label.small {
    font-size: 1em;
  }
  .hint {
    max-inline-size: 40em;
    margin-block-end: var(--_space);
    color: var(--_muted);
  }
  .error-message {
    margin-block-end: var(--_space);
    color: var(--_danger);
    font-weight: 700;
  }
  .has-error {
    padding-inline-start: calc(var(--_space) * 1.75);
    border-inline-start: 4px solid var(--_danger);
  }
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 1.25);
    border: 2px solid var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1em;
  }
  .input.short {
    max-inline-size: 9em;
  }
  .input.medium {
    max-inline-size: 20em;
  }
  .input.wide {
    max-inline-size: 30em;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .input:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 1px var(--_field-border);
  }
  .textarea {
    max-inline-size: 40em;
    min-block-size: 8em;
    resize: vertical;
  }
  .checkbox {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 1.25);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .choice label {
    padding-block-start: 0.0625em;
    cursor: pointer;
  }

  /* ---- error summary ---- */
  .error-summary {
    margin-block-end: calc(var(--_space) * 4);
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .error-summary .heading {
    margin-block: 0 var(--_space);
  }
  .error-list {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .error-list li + li {
    margin-block-start: calc(var(--_space) / 2);
  }
  .error-list a {
    color: var(--_danger);
    font-weight: 700;
  }

  /* ---- roles ---- */
  .role-list {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .role-card {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    align-content: start;
    column-gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.75);
    border: 2px solid var(--_card-border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    /* Role texts come from a feed: a word wider than the card breaks. */
    overflow-wrap: anywhere;
  }
  .role-card:hover {
    border-color: var(--_accent);
  }
  .role-card:has(.checkbox:checked) {
    border-color: var(--_accent);
    background: var(--_accent-tint);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .role-card:has(.checkbox:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .role-card .checkbox {
    position: relative;
    z-index: 1;
    margin-block-start: 0.0625em;
  }
  .role-card .checkbox:focus-visible {
    outline: none;
  }
  .role-title {
    font-weight: 700;
    font-size: 1.0625em;
    line-height: 1.35;
    cursor: pointer;
  }
  /* The whole card toggles the checkbox. */
  .role-title::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  .role-details {
    grid-column: 2;
    margin-block-start: calc(var(--_space) / 2);
    font-size: 0.9375em;
  }
  .role-more {
    position: relative;
    z-index: 1;
    margin-block-start: var(--_space);
  }
  .role-more summary {
    inline-size: fit-content;
    min-block-size: 1.5em;
    color: var(--_link);
    font-weight: 600;
    cursor: pointer;
  }
  .role-description {
    margin-block: calc(var(--_space) / 2) 0;
  }
  .facts {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .fact {
    position: relative;
    padding-inline-start: calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .fact::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.2em;
    inset-block-start: 0.55em;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .fact-label {
    font-weight: 600;
  }
  .fact.vog.needed {
    color: var(--_text);
    font-weight: 600;
  }

  /* ---- availability ---- */
  .availability {
    inline-size: 100%;
    max-inline-size: 30em;
    border-collapse: collapse;
  }
  .availability th,
  .availability td {
    padding: 0;
    border-block-end: 1px solid var(--_card-border);
    text-align: center;
  }
  .availability thead th {
    padding-block: var(--_space);
    /* Room between "Ochtend", "Middag" and "Avond", and a long word may break in a narrow
       column (250 px, large text) instead of pushing the table wider than the widget. */
    padding-inline: calc(var(--_space) / 2);
    overflow-wrap: anywhere;
    hyphens: auto;
    font-size: 0.9375em;
    font-weight: 600;
  }
  .availability th.day {
    padding-block: var(--_space);
    padding-inline-end: var(--_space);
    font-weight: 600;
    text-align: start;
  }
  .availability th.day::first-letter {
    text-transform: uppercase;
  }
  .availability tbody tr:hover {
    background: var(--_surface-alt);
  }
  .availability td:has(.checkbox:checked) {
    background: var(--_accent-tint);
  }
  .cell {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75em;
    cursor: pointer;
  }

  /* ---- languages ---- */
  .languages {
    max-inline-size: 44em;
  }
  .language-count {
    min-block-size: 0;
    margin-block: calc(var(--_space) / 2) var(--_space);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .language-count:empty {
    margin-block: 0;
  }
  .chosen {
    margin-block-end: var(--_space);
  }
  .chosen-label {
    font-weight: 600;
  }
  .language-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12.5em, 100%), 1fr));
    gap: calc(var(--_space) / 4) calc(var(--_space) * 2);
    max-block-size: 18em;
    overflow-y: auto;
    margin: 0;
    margin-block-start: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 2px solid var(--_card-border);
    border-radius: var(--_radius);
    list-style: none;
    overscroll-behavior: contain;
  }
  .language {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.5em;
  }
  .language label {
    display: flex;
    flex-wrap: wrap;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    column-gap: var(--_space);
    cursor: pointer;
  }
  .own-name {
    font-weight: 600;
  }
  .ui-name {
    color: var(--_muted);
  }

  /* ---- actions ---- */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    margin-block: calc(var(--_space) * 2);
  }
  .button {
    text-decoration: none;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .button:disabled:hover {
    background: var(--_accent);
  }
  .button.small {
    min-block-size: 2.5em;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 1.75);
  }
  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }
  .button.danger:hover {
    background: color-mix(in srgb, var(--_danger) 85%, var(--_text));
  }

  /* ---- check answers ---- */
  .summary {
    margin: 0 0 calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_card-border);
  }
  .answer {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_card-border);
  }
  .answer dt {
    grid-column: 1;
    grid-row: 1;
    font-weight: 700;
  }
  .answer-value {
    grid-column: 1 / -1;
    grid-row: 2;
    margin: calc(var(--_space) / 2) 0 0;
    overflow-wrap: anywhere;
  }
  .answer-change {
    grid-column: 2;
    grid-row: 1;
    margin: 0;
    text-align: end;
  }
  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .message-answer {
    white-space: pre-wrap;
  }
  .send-explanation {
    max-inline-size: 40em;
  }
  .sending {
    margin: 0;
    color: var(--_muted);
  }
  .sending:empty {
    display: none;
  }
  /* Focused only so screen readers hear it; the button above shows the state. */
  .sending:focus {
    outline: none;
  }
  .failure {
    margin-block: calc(var(--_space) * 2);
  }
  .failure:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .waiting {
    font-weight: 600;
  }

  /* ---- after sending ---- */
  .confirmation {
    padding: calc(var(--_space) * 2.5);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .confirmation.done {
    border-inline-start-color: var(--_success);
  }
  .confirmation > :last-child {
    margin-block-end: 0;
  }
  .next-steps {
    display: grid;
    gap: var(--_space);
    max-inline-size: 40em;
    margin: 0 0 calc(var(--_space) * 2);
    padding-inline-start: calc(var(--_space) * 2.5);
  }

  /* ---- clear form ---- */
  .clear {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 3);
    padding-block-start: calc(var(--_space) * 1.5);
    border-block-start: 1px solid var(--_card-border);
  }
  .clear-hint {
    margin: 0;
    font-size: 0.9375em;
  }
  .clear-confirm {
    margin-block-start: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .clear-confirm:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .clear-confirm .actions {
    margin-block-end: 0;
  }

  /* ---- loading (shared markup) ---- */
  .loading {
    /* As tall as the space kept before the code arrived (pre-definition.ts): the form is
       taller than a screen, so what follows stays below the fold and never jumps. */
    min-block-size: 100vh;
  }
  .skeleton {
    block-size: 3em;
    margin-block-end: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  /* ---- wider containers ---- */
  @container (min-width: 34em) {
    .heading {
      font-size: 1.75em;
    }
    .heading.sub {
      font-size: 1.25em;
    }
    .answer {
      grid-template-columns: minmax(8em, 14em) minmax(0, 1fr) auto;
    }
    .answer-value {
      grid-column: 2;
      grid-row: 1;
      margin: 0;
    }
    .answer-change {
      grid-column: 3;
    }
  }
  @container (min-width: 44em) {
    .role-list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .role-card:has(.checkbox:checked) {
      border-color: Highlight;
    }
    .fact::before {
      background: CanvasText;
    }
    .has-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
