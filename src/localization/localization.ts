/**
 * The one place that configures @lit/localize (it throws when configured twice).
 * Localisation is page-wide: the active locale is shared by every taal widget on
 * the page, and also by a second copy of the library, which has its own
 * @lit/localize: the copies follow each other through the `lit-localize-status`
 * event that every copy fires on `window`.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { resolveStartLocale, matchLocale } from './locales.js';

type LocaleModule = Parameters<Parameters<typeof configureLocalization>[0]['loadLocale']>[0];

/**
 * Translations, each its own lazily loaded chunk next to the bundle. A static map,
 * not a template-literal import, so bundlers and the test server can see each file.
 */
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
  tr: () => import('../generated/locales/tr.js'),
  pl: () => import('../generated/locales/pl.js'),
  uk: () => import('../generated/locales/uk.js'),
  ti: () => import('../generated/locales/ti.js'),
  fa: () => import('../generated/locales/fa.js'),
  so: () => import('../generated/locales/so.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale: LocaleModule) =>
    loaders[locale as keyof typeof loaders]() as ReturnType<
      Parameters<typeof configureLocalization>[0]['loadLocale']
    >,
});

export { getLocale };

/** The locales this build has translations for. */
export const availableLocales: readonly string[] = allLocales;

/** Where a visitor's choice in a language menu is kept: the language code only. */
export const REMEMBERED_LOCALE_KEY = 'taalwijzer.locale';

function readRemembered(): string | null {
  try {
    return globalThis.localStorage?.getItem(REMEMBERED_LOCALE_KEY) ?? null;
  } catch {
    return null;
  }
}

let started = false;

/**
 * Called by each widget as it connects. The first call picks the starting locale
 * by the contract's precedence; a widget with its own `locale` attribute always
 * applies it (the last one set wins, as localisation is page-wide).
 */
export function startLocalization(attribute?: string | null): Promise<void> {
  const fromAttribute = matchLocale(attribute, availableLocales);
  if (fromAttribute) {
    started = true;
    return setLocale(fromAttribute);
  }
  if (started) return Promise.resolve();
  started = true;
  const locale = resolveStartLocale(
    {
      remembered: readRemembered(),
      pageLang: typeof document !== 'undefined' ? document.documentElement.lang : null,
    },
    availableLocales,
  );
  return setLocale(locale);
}

/**
 * Switches every widget on the page to `locale` (ignored when not available).
 * With `remember`, the code is kept in localStorage as the visitor's choice.
 */
export function switchLocale(locale: string, { remember = false } = {}): Promise<void> {
  const match = matchLocale(locale, availableLocales);
  if (!match) return Promise.resolve();
  started = true;
  if (remember) {
    try {
      globalThis.localStorage?.setItem(REMEMBERED_LOCALE_KEY, match);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
  }
  return setLocale(match);
}

// Follow a locale switch made by another copy of the library on the same page.
if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
    if (detail.status !== 'ready') return;
    const match = matchLocale(detail.readyLocale, availableLocales);
    if (match && match !== getLocale()) void setLocale(match);
  });
}
