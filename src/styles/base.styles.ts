import { css } from 'lit';

/**
 * Shared by every widget: a reset that keeps the host page's CSS out (inherited
 * properties are reset on the host), the `--taal-*` design tokens with their
 * defaults (falling back to NL Design System tokens a page may already define),
 * font stacks that cover Arabic and Ethiopic script with system fonts only.
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    --_accent: var(--taal-color-accent, var(--nl-button-primary-background-color, #0b5f6e));
    --_accent-contrast: var(
      --taal-color-accent-contrast,
      var(--nl-button-primary-color, #ffffff)
    );
    --_text: var(--taal-color-text, var(--nl-paragraph-color, #1b1b1b));
    --_muted: var(--taal-color-muted, #4a4f55);
    --_surface: var(--taal-color-surface, #ffffff);
    --_surface-alt: var(--taal-color-surface-alt, #f3f5f6);
    --_border: var(--taal-color-border, #767676);
    --_danger: var(--taal-color-danger, #b3261e);
    --_warning-surface: var(--taal-color-warning-surface, #fff4ce);
    --_radius: var(--taal-radius, 0.375rem);
    --_space: var(--taal-space, 0.5rem);
    --_focus: var(--taal-focus-ring-color, var(--_accent));
    --_font: var(
      --taal-font-family,
      var(
        --nl-paragraph-font-family,
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        'Noto Sans',
        'Noto Sans Arabic',
        'Segoe UI Arabic',
        Tahoma,
        'Noto Sans Ethiopic',
        'Ebrima',
        'Nyala',
        sans-serif
      )
    );
    font-family: var(--_font);
    font-size: var(--taal-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
  }
  :host([dir='rtl']) {
    direction: rtl;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-block-size: 2.75rem;
    padding-block: calc(var(--_space) * 1.25);
    padding-inline: calc(var(--_space) * 2.5);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .notice {
    padding: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .notice.warning {
    border-inline-start-color: #8a6d00;
    background: var(--_warning-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms;
      animation-iteration-count: 1;
      transition-duration: 0.01ms;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
