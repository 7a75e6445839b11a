import { css } from 'lit';

/**
 * The take-along card (`take-along.ts`), loaded with the detail view (`detail-chunk.ts`).
 * Sizes in `em` (they follow the widget's font size). On screen the card is phone-sized,
 * to show at the desk; printed, it is an A6 card (105 x 148 mm) at the top of an A4 sheet,
 * with a dashed line to cut along (the `@page` rule comes from `shared/print.ts`).
 */
export const takeAlongStyles = css`
  /* Take along ---------------------------------------------------------------- */
  .take-along {
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  .take-along-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: space-between;
    align-items: center;
  }
  .take-along-hint {
    margin: 0;
  }
  .ta-card {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 24em;
    margin-inline: auto;
    padding: 1.25em;
    border: 2px solid var(--_text);
    border-radius: var(--_card-radius, 0.75em);
    background: #fff;
    color: #111;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    overflow-wrap: anywhere;
  }
  .ta-title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
  .ta-dutch,
  .ta-org {
    margin: 0;
  }
  .ta-label {
    color: #444;
    font-size: 0.875em;
  }
  .ta-facts {
    margin: 0;
    display: grid;
    gap: 0.625em;
  }
  .ta-fact dt {
    font-weight: 700;
  }
  .ta-fact dd {
    margin: 0;
  }
  .ta-fact p {
    margin: 0;
  }
  .ta-address {
    display: block;
  }
  .ta-url {
    word-break: break-all;
    font-size: 0.875em;
  }
  .ta-qr {
    margin: 0;
    display: grid;
    justify-items: center;
    gap: 0.5em;
    text-align: center;
  }
  .ta-qr figcaption {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  .qr-code {
    /* Black on white in every colour scheme, forced colours too: phones must read it. */
    forced-color-adjust: none;
    inline-size: 11em;
    block-size: 11em;
  }
  .qr-pending,
  .qr-failed {
    display: grid;
    place-items: center;
    min-block-size: 11em;
    color: #444;
  }

  @media print {
    .take-along-bar,
    .take-along-hint,
    .top,
    .notice {
      display: none;
    }
    .take-along {
      display: block;
    }
    /* A6 is the aim; a programme with much to say grows longer rather than losing its QR code. */
    .ta-card {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 30mm;
      align-content: start;
      column-gap: 3mm;
      row-gap: 2mm;
      inline-size: 105mm;
      min-block-size: 148mm;
      max-inline-size: none;
      margin: 0;
      padding: 5mm;
      border: 1px dashed #000;
      border-radius: 0;
      font-size: 8pt;
      break-inside: avoid;
    }
    .ta-card > * {
      grid-column: 1;
    }
    /* The QR code beside the title and facts, so the card stays one A6. */
    .ta-card > .ta-qr {
      grid-column: 2;
      grid-row: 1 / span 4;
      align-self: start;
    }
    .ta-qr figcaption {
      font-size: 6.5pt;
    }
    .ta-fact p {
      overflow-wrap: anywhere;
    }
    .ta-title {
      font-size: 14pt;
    }
    .qr-code {
      inline-size: 28mm;
      block-size: 28mm;
    }
  }
`;
