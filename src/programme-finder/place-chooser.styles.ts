import { css } from 'lit';

/**
 * A finder over a region: the place question and the bar above the results
 * (`place-chooser.ts`), and the Taalhuis line on cards. Logical properties only.
 */
export const placeChooserStyles = css`
  .place-chooser {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_line);
    border-radius: var(--_card-radius);
    background: var(--_surface);
  }
  .place-chooser h2 {
    margin: 0;
    font-size: 1.375em;
  }
  .place-chooser h2:focus-visible {
    outline-offset: 4px;
  }
  .place-chooser p {
    margin: 0;
  }
  .hint {
    color: var(--_muted);
  }
  .region-name {
    display: block;
    font-weight: 600;
  }
  .place-fields {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) var(--_gap);
  }
  .place-fields .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
  }
  .place-fields .field:first-child {
    flex: 1 1 14em;
  }
  .place-fields label,
  .region-actions label {
    font-weight: 600;
  }
  .place-chooser input,
  .place-chooser select,
  .region-actions select {
    box-sizing: border-box;
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .place-chooser input {
    inline-size: 100%;
  }
  .place-chooser input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .place-chooser input:focus-visible {
    border-color: var(--_accent);
    outline-offset: 1px;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .field-error:empty {
    display: none;
  }
  .place-suggestions ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .place-suggestions .chip {
    min-block-size: 2.75em;
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .near-me-row {
    display: flex;
    flex-direction: column;
    align-items: start;
  }

  .region-bar {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .region-bar p {
    margin: 0;
  }
  .region-from {
    margin: 0;
  }
  #region-from {
    margin-inline-end: 0.4em;
  }
  .region-publishers {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .region-publishers li {
    display: inline;
  }
  .region-publishers .sep {
    margin-inline: 0.4em;
    color: var(--_muted);
  }
  .region-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) var(--_gap);
  }
  .region-actions .field {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  [part='region-failed'] p {
    margin-block: 0 var(--_space);
  }
  .card-publisher {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .card-publisher .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
  }
`;
