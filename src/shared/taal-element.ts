import { LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../styles/base.styles.js';
import { languageMenuId, languageMenuStyles, renderLanguageMenu } from './language-menu.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { HostLookController } from '../controllers/host-look-controller.js';

/**
 * What every Taalwijzer element shares, in one place: the base styles and the language
 * menu's styles, the `locale` attribute kept in the page-wide locale (`LocaleController`),
 * the language menu, and focus moved after a render (`FocusController`). The theming tokens
 * are documented here once; the manifest lists them for every element that extends this.
 *
 * An element adopts it like this:
 *
 * ```ts
 * export class TaalProgrammeFinder extends TaalElement {
 *   static override styles = [TaalElement.styles, styles];
 *   // remove: its own `locale` property, `LocaleController`, `languageMenuId()`, the
 *   // `locale` branch of `willUpdate` (call `super.willUpdate(changed)` instead) and
 *   // the `@cssprop` lines (inherited).
 *   override willUpdate(changed: PropertyValues<this>): void {
 *     super.willUpdate(changed);
 *     // ...
 *   }
 *   override render() {
 *     const locale = this.localeController.locale;
 *     return html`<div class="top">${this.renderLanguageMenu()}</div> ...`;
 *   }
 *   private handleX(): void {
 *     this.focusController.focusAfterRender('#results-heading'); // was: afterRender.push(...focus())
 *     this.focusController.afterRender(() => this.writeUrl('replace')); // other work after a render
 *   }
 * }
 * ```
 *
 * @csspart language-menu - The language menu (a native select) at the top.
 * @fires taal-locale-change - The active locale changed.
 *
 * @cssprop [--taal-color-accent=#0b5f6e] - Buttons, links, focus ring and selected states. Falls back to `--nl-button-primary-background-color`, `--utrecht-button-primary-action-background-color`.
 * @cssprop [--taal-color-accent-contrast=#ffffff] - Text and icons on the accent. Falls back to `--nl-button-primary-color`, `--utrecht-button-primary-action-color`.
 * @cssprop --taal-color-link - Links. Default: the accent; without `--taal-color-accent`, falls back to `--nl-link-color`, `--utrecht-link-color`.
 * @cssprop [--taal-color-text=#1b1b1b] - Body text. Falls back to `--nl-paragraph-color`, `--utrecht-document-color`, `--basis-color-default-color-document`.
 * @cssprop [--taal-color-muted=#4a4f55] - Secondary text (hints, meta data). Falls back to `--basis-color-default-color-subtle`.
 * @cssprop [--taal-color-surface=#ffffff] - Background. Falls back to `--utrecht-document-background-color`, `--basis-color-default-bg-document`.
 * @cssprop [--taal-color-surface-alt=#f3f5f6] - Cards, tiles and notices. Falls back to `--basis-color-default-bg-subtle`.
 * @cssprop [--taal-color-border=#767676] - Borders of fields and cards. Falls back to `--utrecht-form-control-border-color`, `--basis-color-default-border-default`.
 * @cssprop [--taal-color-danger=#b3261e] - Errors.
 * @cssprop [--taal-color-success=#1e7b34] - Confirmations.
 * @cssprop [--taal-color-warning=#8a6d00] - The edge of a warning (an outdated copy of the feed).
 * @cssprop [--taal-color-warning-surface=#fff4ce] - The background of a warning.
 * @cssprop --taal-focus-ring-color - Keyboard focus ring. Default: the accent; falls back to `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. Forced colours: `Highlight`.
 * @cssprop [--taal-focus-ring-width=3px] - Width of the focus ring, never under 2px. Falls back to `--utrecht-focus-outline-width`, `--basis-focus-outline-width`.
 * @cssprop --taal-font-family - Font stack. Default: the font around the widget, else the system font with Arabic and Ethiopic fallbacks; falls back to `--nl-paragraph-font-family`, `--utrecht-document-font-family`, `--basis-text-font-family-default`.
 * @cssprop --taal-font-size - Base text size; every inner size is in em from it. Default: the text size around the widget, at least 14px. Falls back to `--utrecht-document-font-size`.
 * @cssprop [--taal-radius=0.375em] - Corner radius. Falls back to `--basis-border-radius-md`.
 * @cssprop [--taal-space=0.5em] - Base spacing unit.
 * @cssprop --taal-color-scheme - `light` or `dark`: the look of native controls, and `dark` turns on the dark palette. Default: follows the page (see HostLookController).
 */
export abstract class TaalElement extends LitElement {
  /** The shared styles; an element adds its own: `[TaalElement.styles, styles]`. */
  static override styles: CSSResultGroup = [baseStyles, languageMenuStyles];

  protected readonly localeController = new LocaleController(this);
  /** Focus and other work after a render. */
  protected readonly focusController = new FocusController(this);

  private readonly languageMenuId = languageMenuId();

  /** UI language; page-wide. */
  @property({ attribute: 'locale' }) locale: string | null = null;

  /** `auto` follows the page (its dark class or attribute, background, colour scheme); `light` or `dark` fixes it. */
  @property({ attribute: 'color-scheme' }) colorScheme: 'auto' | 'light' | 'dark' = 'auto';

  /** `card`: a padded card with its own background and edge, for a tinted page; default: the page's background. */
  @property({ attribute: 'appearance', reflect: true }) appearance?: 'card';

  /** Dark or light, the page's font, link colour and background (see HostLookController). */
  protected readonly hostLook = new HostLookController(this, this.internalsForStates());

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && changed.get('locale') !== undefined)
      this.localeController.attributeChanged();
  }

  private internalsForStates(): ElementInternals | undefined {
    try {
      return this.attachInternals();
    } catch {
      return undefined; // a browser without ElementInternals: always the light look
    }
  }

  /** The language menu, in the active locale. */
  protected renderLanguageMenu(): TemplateResult {
    return renderLanguageMenu(this.languageMenuId, this.localeController.locale);
  }
}
