import { TaalGoalPicker } from './goal-picker.js';
import { defineElement } from '../shared/define-element.js';
import { upgradeDataWidgets } from '../shared/upgrade-data-widgets.js';

export const tagName = 'taal-goal-picker';
defineElement(tagName, TaalGoalPicker);
// Editors that strip custom elements: <div data-taal-widget="..."> becomes the widget.
upgradeDataWidgets(globalThis.document, [tagName]);
export { TaalGoalPicker };

declare global {
  interface HTMLElementTagNameMap {
    'taal-goal-picker': TaalGoalPicker;
  }
}
