import { css } from 'lit';

/** The chosen languages as removable chips, and "more languages" (`questions.ts`). Sizes in `em`. */
export const languageChipStyles = css`
  .chosen {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em;
  }
  .language-chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .language-chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.75em;
    padding-block: 0;
    padding-inline: 0.75em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .language-chip:hover {
    background: var(--_surface-alt);
  }
  .chip-x::before {
    content: '×';
  }
  .chip-x {
    font-size: 1.25em;
    line-height: 1;
    color: var(--_accent);
  }
  .more-languages {
    margin-block-start: 0.5em;
  }
  .more-languages summary {
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    color: var(--_link, var(--_accent));
    font-weight: 600;
    cursor: pointer;
  }
`;
