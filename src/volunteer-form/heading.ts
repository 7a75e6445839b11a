import { html, nothing } from 'lit';

/**
 * A heading at the form's level (`heading-level`) or below; focusable by script,
 * so focus can move to it when a step opens.
 */
export function heading(level: number, id: string, text: string, extraLevel = 0, focusable = true) {
  return html`<div
    class="heading ${extraLevel ? 'sub' : ''}"
    role="heading"
    aria-level=${level + extraLevel}
    id=${id}
    tabindex=${focusable ? '-1' : nothing}
  >
    ${text}
  </div>`;
}
