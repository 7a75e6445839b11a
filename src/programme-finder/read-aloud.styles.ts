import { css } from 'lit';

/**
 * The read-aloud control (`read-aloud.ts`) and the tool rows it sits in, on the cards and in
 * the detail view. Loaded with the finder itself: the cards show it before any detail view.
 */
export const readAloudStyles = css`
  /* Read aloud ---------------------------------------------------------------- */
  .read-aloud {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.75em;
    padding-block: 0;
    padding-inline: 0.75em;
    border: 1px solid var(--_accent-line, var(--_border));
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .read-aloud:hover {
    background: var(--_accent-soft, var(--_surface-alt));
  }
  .read-aloud.speaking {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .read-aloud .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  /* Above the card link's stretched click area (.card-link::after), so it can be pressed and its focus ring seen. */
  .card-tools {
    position: relative;
    z-index: 1;
  }
  .card-tools,
  .detail-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .no-voice {
    margin: 0;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
