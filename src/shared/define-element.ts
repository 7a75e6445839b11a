/**
 * Registers a custom element unless that tag is already taken, so a page that
 * loads the script twice (or two versions of it) never throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
