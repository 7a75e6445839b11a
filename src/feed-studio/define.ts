import { TaalFeedStudio } from './feed-studio.js';
import { defineElement } from '../shared/define-element.js';
import { upgradeDataWidgets } from '../shared/upgrade-data-widgets.js';

export const tagName = 'taal-feed-studio';
defineElement(tagName, TaalFeedStudio);
// Editors that strip custom elements: <div data-taal-widget="..."> becomes the widget.
upgradeDataWidgets(globalThis.document, [tagName]);
export { TaalFeedStudio };

declare global {
  interface HTMLElementTagNameMap {
    'taal-feed-studio': TaalFeedStudio;
  }
}
