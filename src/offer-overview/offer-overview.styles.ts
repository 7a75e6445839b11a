import { css } from 'lit';

/**
 * Mobile first (tables scroll sideways inside their own region on a phone, the page does
 * not), logical properties only, so it mirrors in Arabic and Farsi. The route x domain
 * table is the heat map: shaded cells with a legend, and the number always in the cell, so
 * colour never carries the meaning alone. The `@media print` block fits a typical Taalhuis
 * on two A4 pages (the page size itself is set on the document, see offer-overview.ts).
 */
export const styles = css`
  :host {
    --_heat-1: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    --_heat-2: color-mix(in srgb, var(--_accent) 28%, var(--_surface));
    --_heat-3: color-mix(in srgb, var(--_accent) 50%, var(--_surface));
    --_heat-4: var(--_accent);
    --_heat-4-text: var(--_accent-contrast);
    --_line: color-mix(in srgb, var(--_border) 60%, var(--_surface));
  }

  h2,
  h3,
  p,
  figure {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .overview {
    display: grid;
    gap: calc(var(--_space) * 3);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    justify-content: space-between;
    align-items: flex-start;
    padding-block-end: calc(var(--_space) * 2);
    border-block-end: 2px solid var(--_accent);
  }
  .heading-block {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    justify-items: start;
  }
  .title {
    font-size: 1.6em;
    line-height: 1.2;
  }
  .subtitle {
    font-size: 1.2em;
    font-weight: 600;
  }
  .meta {
    color: var(--_muted);
  }

  .qr {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.5);
    max-inline-size: 12em;
    text-align: center;
    font-size: 0.85em;
  }
  .qr-code {
    inline-size: 8em;
    block-size: 8em;
  }
  .qr-pending {
    background: var(--_surface-alt);
  }
  .qr-light {
    fill: #fff;
  }
  .qr-dark {
    fill: #000;
  }
  .url {
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  /* One fact a line on a phone (a long fact in a flex row overflowed at 320 px in Arabic). */
  .summary {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: 0;
    list-style: none;
  }
  @container (min-width: 40em) {
    .summary {
      display: flex;
      flex-wrap: wrap;
      column-gap: calc(var(--_space) * 3);
    }
  }

  .section {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  .section h3 {
    font-size: 1.15em;
  }
  .gaps {
    padding: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .gaps li + li {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    caption-side: top;
    text-align: start;
    color: var(--_muted);
    padding-block-end: calc(var(--_space) * 0.5);
  }
  th,
  td {
    padding-block: calc(var(--_space) * 0.4);
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_line);
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
    font-weight: 600;
    vertical-align: bottom;
    text-align: center;
    hyphens: auto;
  }
  thead th:first-child,
  tbody th,
  tfoot th {
    text-align: start;
  }
  tbody th,
  tfoot th {
    font-weight: 400;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-block-start: 2px solid var(--_border);
  }
  td.count {
    text-align: center;
    min-inline-size: 3em;
  }
  td.zero {
    color: var(--_muted);
  }
  .heat-table td.zero.heat {
    background: repeating-linear-gradient(
      45deg,
      var(--_surface),
      var(--_surface) 4px,
      var(--_surface-alt) 4px,
      var(--_surface-alt) 8px
    );
  }
  .heat-1 {
    background: var(--_heat-1);
  }
  .heat-2 {
    background: var(--_heat-2);
  }
  .heat-3 {
    background: var(--_heat-3);
  }
  .heat-4 {
    background: var(--_heat-4);
    color: var(--_heat-4-text);
  }
  td.heat a {
    color: inherit;
  }
  td.count a {
    display: inline-block;
    min-inline-size: 1.75em;
    font-weight: 600;
  }

  .legend {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .swatches {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    margin-inline-end: var(--_space);
    color: var(--_text);
  }
  .swatch {
    display: inline-block;
    inline-size: 1.2em;
    block-size: 1em;
    border: 1px solid var(--_line);
  }

  .days th,
  .days td {
    text-align: center;
  }
  abbr {
    text-decoration: none;
  }
  .organisations td:last-child {
    min-inline-size: 12em;
  }

  .inline-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
  }

  .columns {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  @container (min-width: 48em) {
    .columns {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .heat-table td.heat,
    .swatch {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
    }
    .heat-table td.heat-3,
    .heat-table td.heat-4 {
      font-weight: 700;
      text-decoration: underline;
    }
  }

  @media print {
    /* On paper the language is chosen already. */
    .language-menu {
      display: none;
    }
    :host {
      --_text: #000;
      --_muted: #333;
      --_line: #888;
      /* The host's font-size is !important in base.styles.ts: set it through its variable. */
      --_font-size: 9pt;
      line-height: 1.25;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
      container-type: normal;
    }
    .print-button,
    .qr-pending {
      display: none;
    }
    /* Two columns of tables on the sheet; the top, the gaps and the lists span both. */
    .overview {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 0.3cm 0.4cm;
      align-items: start;
    }
    .overview {
      grid-auto-flow: row dense;
    }
    .header,
    .summary,
    .gaps,
    .wide,
    .columns {
      grid-column: 1 / -1;
    }
    .section {
      break-inside: avoid;
    }
    .legend {
      font-size: 7.5pt;
    }
    .header {
      padding-block-end: 0.2cm;
    }
    .title {
      font-size: 15pt;
    }
    .subtitle {
      font-size: 11pt;
    }
    .qr-code {
      inline-size: 2.4cm;
      block-size: 2.4cm;
    }
    .section {
      gap: 0.1cm;
    }
    .section h3 {
      font-size: 10pt;
      break-after: avoid;
    }
    .gaps {
      padding: 0.2cm 0.3cm;
    }
    .gaps li + li {
      margin-block-start: 0;
    }
    .table-wrap {
      overflow: visible;
    }
    table,
    tr,
    .legend {
      break-inside: avoid;
    }
    th,
    td {
      padding-block: 0.04cm;
      padding-inline: 0.07cm;
    }
    td.count {
      min-inline-size: 0;
    }
    td.count a {
      color: inherit;
      text-decoration: none;
      font-weight: 400;
      min-inline-size: 0;
    }
    .organisations td:last-child {
      min-inline-size: 0;
    }
    .columns {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.4cm;
    }
    table {
      font-size: 8.5pt;
    }
    thead th {
      font-size: 7.5pt;
    }
  }
`;
