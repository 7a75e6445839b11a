import { TaalProgrammeFinder } from './programme-finder.js';
import { defineElement } from '../shared/define-element.js';

export const tagName = 'taal-programme-finder';
defineElement(tagName, TaalProgrammeFinder);
export { TaalProgrammeFinder };

declare global {
  interface HTMLElementTagNameMap {
    'taal-programme-finder': TaalProgrammeFinder;
  }
}
