import { TaalVolunteerForm } from './volunteer-form.js';
import { defineElement } from '../shared/define-element.js';
import { upgradeDataWidgets } from '../shared/upgrade-data-widgets.js';

export const tagName = 'taal-volunteer-form';
defineElement(tagName, TaalVolunteerForm);
// Editors that strip custom elements: <div data-taal-widget="..."> becomes the widget.
upgradeDataWidgets(globalThis.document, [tagName]);
export { TaalVolunteerForm };

declare global {
  interface HTMLElementTagNameMap {
    'taal-volunteer-form': TaalVolunteerForm;
  }
}
