/**
 * "Terug naar de resultaten": the detail view's first control, also shown while the detail
 * view's code loads or when it could not be fetched, so the way back is always there.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { FinderViewContext } from './view-context.js';
import { backIcon } from './icons.js';
import { useMessages } from '../localization/localization.js';

useMessages('finder');

export function renderBackButton(ctx: FinderViewContext) {
  return html`<button class="back" part="back-button" type="button" @click=${ctx.on.back}>
    ${backIcon()}
    ${msg('Terug naar de resultaten', { id: 'finder.detail.back', desc: 'Button in the detail view: back to the list.' })}
  </button>`;
}
