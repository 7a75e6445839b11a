/**
 * The language menu every widget shows on its first screen: each language named
 * in its own script and marked with its `lang`. Choosing one switches every
 * Taalwijzer widget on the page and is remembered (the language code only).
 * A native <select>: it works the same with a keyboard, a screen reader and a
 * phone's own picker.
 */
import { html, css, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { LOCALES } from '../localization/locales.js';
import { availableLocales, switchLocale } from '../localization/localization.js';

let menuCount = 0;

/** A unique id per rendered menu, for its label. */
export function languageMenuId(): string {
  menuCount += 1;
  return `taal-language-${menuCount}`;
}

const globeIcon = svg`<svg class="language-menu-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8"/>
  <path d="M3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3z" fill="none" stroke="currentColor" stroke-width="1.8"/>
</svg>`;

export function renderLanguageMenu(id: string, current: string): TemplateResult {
  const locales = LOCALES.filter((l) => availableLocales.includes(l.code));
  const onChange = (event: Event) => {
    void switchLocale((event.target as HTMLSelectElement).value, { remember: true });
  };
  return html`<div class="language-menu" part="language-menu">
    <label for=${id}>
      ${globeIcon}
      <span
        >${msg('Taal', { id: 'language.label', desc: 'Label of the language menu (Dutch: Taal). Keep it short.' })}</span
      >
    </label>
    <select id=${id} @change=${onChange}>
      ${locales.map(
        (l) =>
          html`<option value=${l.code} lang=${l.code} dir=${l.dir} ?selected=${l.code === current}>
            ${l.name}
          </option>`,
      )}
    </select>
  </div>`;
}

export const languageMenuStyles = css`
  .language-menu {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-end: var(--_space);
  }
  .language-menu label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .language-menu select {
    min-block-size: 2.75em;
    min-inline-size: 10em;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
`;
