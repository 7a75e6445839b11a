import { TaalOfferOverview } from './offer-overview.js';
import { defineElement } from '../shared/define-element.js';
import { upgradeDataWidgets } from '../shared/upgrade-data-widgets.js';

export const tagName = 'taal-offer-overview';
defineElement(tagName, TaalOfferOverview);
// Editors that strip custom elements: <div data-taal-widget="..."> becomes the widget.
upgradeDataWidgets(globalThis.document, [tagName]);
export { TaalOfferOverview };

declare global {
  interface HTMLElementTagNameMap {
    'taal-offer-overview': TaalOfferOverview;
  }
}
