import { TaalProgrammeFinder } from './programme-finder.js';
import { defineElement } from '../shared/define-element.js';
import { upgradeDataWidgets } from '../shared/upgrade-data-widgets.js';

export const tagName = 'taal-programme-finder';
defineElement(tagName, TaalProgrammeFinder);
// Editors that strip custom elements: <div data-taal-widget="..."> becomes the widget.
upgradeDataWidgets(globalThis.document, [tagName]);
export { TaalProgrammeFinder };

declare global {
  interface HTMLElementTagNameMap {
    'taal-programme-finder': TaalProgrammeFinder;
  }
}
