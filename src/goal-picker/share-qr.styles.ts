import { css } from 'lit';

/** The share link's QR code in the summary (`summary.ts`), on screen and on paper. Sizes in `em`. */
export const shareQrStyles = css`
  .share-qr {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .share-qr .qr-code {
    /* Black on white in every colour scheme, forced colours too: phones must read it. */
    forced-color-adjust: none;
    flex: none;
    inline-size: 7.5em;
    block-size: 7.5em;
  }
  .share-qr figcaption {
    max-inline-size: 20em;
  }
  @media print {
    .share-qr .qr-code {
      inline-size: 3cm;
      block-size: 3cm;
    }
  }
`;
