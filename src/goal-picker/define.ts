import { TaalGoalPicker } from './goal-picker.js';
import { defineElement } from '../shared/define-element.js';

export const tagName = 'taal-goal-picker';
defineElement(tagName, TaalGoalPicker);
export { TaalGoalPicker };

declare global {
  interface HTMLElementTagNameMap {
    'taal-goal-picker': TaalGoalPicker;
  }
}
