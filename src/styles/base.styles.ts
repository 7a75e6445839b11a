import { css } from 'lit';

/**
 * Shared by every widget: the `--taal-*` design tokens with their defaults, a reset that
 * keeps the host page's CSS out, and the forced-colours and reduced-motion rules.
 *
 * Tokens. Each public token falls back to the tokens an NL Design System theme defines (the
 * common `--nl-*` component tokens, Utrecht's document tokens, the `--basis-*` tokens), then to
 * a default; a municipality site with its theme gets matching widgets without extra work.
 * Widget styles use only the private `--_*` variables below (never a `--taal-*` directly), so
 * every fallback lives here. Documented for webmasters in docs/webmasters.md and in the
 * `@cssprop` lines of each element.
 *
 * Keeping the page out. Inside the shadow root no page rule applies; only the host element
 * itself is reachable by the page's selectors (`* { ... }`, `div { ... }`). Rules from the page
 * beat `:host` rules, except `!important` ones, where the shadow tree wins. So the inherited
 * text properties are set on the host with `!important`: a page's `* { color: ...;
 * line-height: ... }` cannot reach the widget's text, and theming goes through the tokens
 * (the page's font family is taken on purpose, through `--_host-font`). Layout of the host box (margins, `display: none`) stays the page's to decide.
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;

    /* Colours. */
    --_accent: var(
      --taal-color-accent,
      var(
        --nl-button-primary-background-color,
        var(--utrecht-button-primary-action-background-color, var(--_host-accent, #0b5f6e))
      )
    );
    --_accent-contrast: var(
      --taal-color-accent-contrast,
      var(--nl-button-primary-color, var(--utrecht-button-primary-action-color, #ffffff))
    );
    --_link: var(
      --taal-color-link,
      var(
        --taal-color-accent,
        var(--nl-link-color, var(--utrecht-link-color, var(--_host-link, var(--_accent))))
      )
    );
    --_text: var(
      --taal-color-text,
      var(
        --nl-paragraph-color,
        var(--utrecht-document-color, var(--basis-color-default-color-document, #1b1b1b))
      )
    );
    --_muted: var(--taal-color-muted, var(--basis-color-default-color-subtle, #4a4f55));
    --_surface: var(
      --taal-color-surface,
      var(
        --utrecht-document-background-color,
        var(--basis-color-default-bg-document, var(--_host-surface, #ffffff))
      )
    );
    --_surface-alt: var(--taal-color-surface-alt, var(--basis-color-default-bg-subtle, #f3f5f6));
    --_border: var(
      --taal-color-border,
      var(--utrecht-form-control-border-color, var(--basis-color-default-border-default, #767676))
    );
    --_danger: var(--taal-color-danger, #b3261e);
    --_success: var(--taal-color-success, #1e7b34);
    --_warning: var(--taal-color-warning, #8a6d00);
    --_warning-surface: var(--taal-color-warning-surface, #fff4ce);

    /* Focus ring: never thinner than 2px, whatever a theme says. */
    --_focus: var(
      --taal-focus-ring-color,
      var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, var(--_accent)))
    );
    --_focus-width: max(
      2px,
      var(--taal-focus-ring-width, var(--utrecht-focus-outline-width, var(--basis-focus-outline-width, 3px)))
    );

    /* Shape and type. */
    --_radius: var(--taal-radius, var(--basis-border-radius-md, 0.375em));
    --_space: var(--taal-space, 0.5em);
    --_font: var(
      --taal-font-family,
      var(
        --nl-paragraph-font-family,
        var(
          --utrecht-document-font-family,
          var(
            --basis-text-font-family-default,
            var(--_host-font),
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
        )
      )
    );
    /* The text size around the widget (1em on the host is its parent's size), so the widget
       reads like the page; never under 14px, so a theme with html { font-size: 62.5% } and no
       size on its body does not shrink it. Every inner size is in em from this one base. */
    --_font-size: var(--taal-font-size, var(--utrecht-document-font-size, max(1em, 14px)));

    color-scheme: var(--taal-color-scheme, light);
    background-color: var(--_surface) !important;
    color: var(--_text) !important;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    /* A long Dutch word ("kennismakingsgesprek") breaks rather than sticking out of a narrow
       column at a large text size. */
    overflow-wrap: break-word !important;
    scroll-behavior: auto;
  }
  /* A dark page (HostLookController: the page's dark class or attribute, its colour scheme,
     its background) or color-scheme="dark". The page's NL Design System tokens are usually
     light-theme values, so a dark look skips them; a --taal-* token still wins. Every pair
     keeps 4.5:1 (text) and 3:1 (borders, focus ring). */
  :host(:state(dark)) {
    --_accent: var(--taal-color-accent, var(--_host-accent, #6fcbdc));
    --_accent-contrast: var(--taal-color-accent-contrast, #0b1d21);
    --_link: var(--taal-color-link, var(--taal-color-accent, var(--_host-link, #8fd8e6)));
    --_text: var(--taal-color-text, #eceff1);
    --_muted: var(--taal-color-muted, #b9c1c8);
    --_surface: var(--taal-color-surface, var(--_host-surface, #16191d));
    --_surface-alt: var(--taal-color-surface-alt, #262b31);
    --_border: var(--taal-color-border, #8d969f);
    --_danger: var(--taal-color-danger, #ff9d95);
    --_success: var(--taal-color-success, #80d99b);
    --_warning: var(--taal-color-warning, #e3bd5b);
    --_warning-surface: var(--taal-color-warning-surface, #3a3113);
    --_focus: var(--taal-focus-ring-color, var(--_accent));
    color-scheme: var(--taal-color-scheme, dark);
  }
  /* A card of its own on a tinted or patterned page: the widget's own surface, padded, with
     an edge, instead of the page's background. */
  :host([appearance='card']) {
    padding: calc(var(--_space) * 2);
    border: 1px solid color-mix(in srgb, var(--_border) 50%, var(--_surface));
    border-radius: calc(var(--_radius) * 2);
    box-shadow: 0 1px 3px rgb(0 0 0 / 12%);
  }
  :host([dir='rtl']) {
    direction: rtl !important;
  }
  :host([dir='ltr']) {
    direction: ltr !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Text from a feed carries its language (lang). Isolated, so bidi controls in it (a
     right-to-left override, U+202E) or a right-to-left name cannot reorder the interface
     text next to it; and a word longer than a line (a long link, a name without spaces)
     breaks instead of making the widget wider than a phone. */
  [lang] {
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* A heading that takes the focus when its step opens (tabindex="-1"): the ring for the
     keyboard only, none when a click or a script moved the focus there. */
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
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
    min-block-size: 2.75em;
    padding-block: calc(var(--_space) * 1.25);
    padding-inline: calc(var(--_space) * 2.5);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .button.secondary:hover {
    background: var(--_surface-alt);
  }
  /* A status region that waits, empty, for what it will say (a screen reader reads only a
     region that was on the page before its text changed): out of the layout until then, so
     it adds no gap in a grid or flex container, yet it stays in the accessibility tree. */
  .live-slot {
    position: absolute;
  }
  /* A button that looks like a link (clear, show more, start again); each widget adds its spacing. */
  .link-button {
    min-block-size: 2.75em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 2px;
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
  .notice.success {
    border-inline-start-color: var(--_success);
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms;
      animation-iteration-count: 1;
      transition-duration: 0.01ms;
      scroll-behavior: auto;
    }
  }
  /* Windows high contrast and other forced colours: the system's own colours, and state shown
     by more than a background colour (which the system replaces). */
  @media (forced-colors: active) {
    :host {
      --_focus: Highlight;
      --_border: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
    .notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
    [aria-pressed='true'],
    [aria-selected='true'],
    [aria-checked='true'],
    [aria-current]:not([aria-current='false']) {
      outline: 2px solid Highlight;
      background-color: Highlight;
      color: HighlightText;
    }
  }
`;
