import { TaalVolunteerForm } from './volunteer-form.js';
import { defineElement } from '../shared/define-element.js';

export const tagName = 'taal-volunteer-form';
defineElement(tagName, TaalVolunteerForm);
export { TaalVolunteerForm };

declare global {
  interface HTMLElementTagNameMap {
    'taal-volunteer-form': TaalVolunteerForm;
  }
}
