import { css } from 'lit';

/**
 * A working page for a coordinator at a desk or on a tablet: numbered steps, one column,
 * wide enough for the preview. Logical properties only (it mirrors in Arabic and Farsi);
 * tables scroll inside their own region on a narrow screen.
 */
export const styles = css`
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  :host {
    max-inline-size: 72rem;
  }
  .top {
    display: flex;
    justify-content: flex-end;
  }
  .intro,
  .step {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 4);
  }
  .title {
    font-size: 1.6em;
    line-height: 1.2;
  }
  h3 {
    font-size: 1.3em;
    padding-block-end: calc(var(--_space) * 0.5);
    border-block-end: 2px solid var(--_accent);
  }
  h4 {
    font-size: 1.1em;
  }
  .privacy {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .field-label,
  .field label,
  legend {
    font-weight: 600;
  }
  .drop {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 3);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .drop.dragging {
    border-color: var(--_accent);
    border-style: solid;
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    min-block-size: 2.75em;
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  input[type='file'] {
    background: var(--_surface);
    inline-size: 100%;
    min-inline-size: 0;
  }
  /* One column that may shrink below its content's natural width (a 320 px phone). */
  .intro,
  .step,
  .drop,
  .field,
  .url-form,
  .empty {
    grid-template-columns: minmax(0, 1fr);
  }
  .inline input {
    min-inline-size: 0;
  }
  input[type='color'] {
    inline-size: 4em;
    padding: 0.2em;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-block-size: auto;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  textarea {
    inline-size: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  :is(input, select, textarea, summary, .table-wrap):focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .url-form,
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .inline input {
    flex: 1 1 18em;
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    padding-block-start: var(--_space);
  }
  .empty {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .actions,
  .downloads,
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .downloads > div {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  a.button {
    text-decoration: none;
  }
  .step > .button {
    justify-self: start;
  }
  details > summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: calc(var(--_space) * 0.5);
  }
  .reading {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    list-style: none;
    padding: 0;
    margin: var(--_space) 0 0;
  }
  .group {
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-block-end: var(--_space);
  }
  .group.errors {
    border-inline-start-color: var(--_danger);
  }
  .group.warnings {
    border-inline-start-color: var(--_warning);
  }
  .group.advice {
    border-inline-start-color: var(--_accent);
  }
  .group ul {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .where {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .message {
    display: block;
    text-align: start;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    min-inline-size: min(100%, 28em);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: calc(var(--_space) * 0.5);
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  tbody th {
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .coverage .missing td:last-child {
    color: var(--_danger);
    font-weight: 600;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: end;
  }
  .segmented {
    border: 0;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .segmented legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .segmented label,
  .check {
    display: inline-flex;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    min-block-size: 2.75em;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .segmented label:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .frame-wrap {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    padding: var(--_space);
    overflow: auto;
  }
  .frame-wrap.phone iframe {
    inline-size: 360px;
    margin-inline: auto;
  }
  iframe {
    display: block;
    inline-size: 100%;
    border: 1px solid var(--_border);
    background: #fff;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
