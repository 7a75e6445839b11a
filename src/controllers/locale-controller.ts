import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { getLocale, startLocalization } from '../localization/localization.js';
import { directionOf } from '../localization/locales.js';
import { TaalLocaleChangeEvent } from '../contract/events.js';

type Host = ReactiveControllerHost & HTMLElement & { locale?: string | null };

/**
 * Keeps a widget in the page-wide locale: starts localisation by the contract's
 * precedence, re-renders when the locale changes, keeps `lang` and `dir` on the
 * host (so the widget mirrors inside a Dutch LTR page) and fires
 * `taal-locale-change` on the host when its locale changes after first showing.
 */
export class LocaleController implements ReactiveController {
  private shown?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The active UI locale. */
  get locale(): string {
    return getLocale();
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(getLocale());
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_STATUS_EVENT, this.onStatus);
    void startLocalization(this.host.locale);
    this.apply();
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onStatus);
  }

  /** Applies the host's `locale` attribute after it changed. */
  attributeChanged(): void {
    void startLocalization(this.host.locale);
  }

  private readonly onStatus = (event: Event): void => {
    const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
    if (detail.status !== 'ready') return;
    this.apply();
    this.host.requestUpdate();
  };

  private apply(): void {
    const locale = getLocale();
    if (this.host.getAttribute('lang') !== locale) this.host.setAttribute('lang', locale);
    const dir = directionOf(locale);
    if (this.host.getAttribute('dir') !== dir) this.host.setAttribute('dir', dir);
    const previous = this.shown;
    this.shown = locale;
    if (previous !== undefined && previous !== locale) {
      this.host.dispatchEvent(new TaalLocaleChangeEvent({ locale }));
    }
  }
}
