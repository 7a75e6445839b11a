/**
 * The one place that configures @lit/localize (it throws when configured twice).
 * Localisation is page-wide: the active locale is shared by every taal widget on
 * the page, and also by a second copy of the library, which has its own
 * @lit/localize: the copies follow each other through the `lit-localize-status`
 * event that every copy fires on `window`.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { localeParts, type MessageGroup } from '../generated/locale-parts.js';
import { resolveStartLocale, matchLocale } from './locales.js';

type LoadLocale = Parameters<typeof configureLocalization>[0]['loadLocale'];
type LocaleModule = Awaited<ReturnType<LoadLocale>>;

/**
 * Translations come in lazily loaded chunks next to the bundle, one per locale and message
 * group (scripts/split-locales.mjs): the shared words (`common`) always, and the words of each
 * widget that is on the page. A widget's module registers its group with `useMessages()` as it
 * is first imported, before any of its elements can render.
 */
const groups = new Set<MessageGroup>(['common']);

/** The locale whose messages were loaded last, the object lit-localize reads them from, and which groups it holds. */
let current: { locale: string; templates: Record<string, unknown>; loaded: Set<MessageGroup> } | undefined;

async function loadGroups(
  locale: string,
  into: Record<string, unknown>,
  loaded: Set<MessageGroup>,
): Promise<void> {
  // A widget whose code arrives while a locale is loading registers its group meanwhile: loop until none is missing.
  for (;;) {
    const missing = [...groups].filter((group) => !loaded.has(group));
    if (!missing.length) return;
    for (const group of missing) loaded.add(group);
    const parts = await Promise.all(missing.map((group) => localeParts[locale][group]()));
    for (const part of parts) Object.assign(into, part.templates);
  }
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const templates: Record<string, unknown> = {};
    const loaded = new Set<MessageGroup>();
    await loadGroups(locale, templates, loaded);
    current = { locale, templates, loaded };
    return { templates } as unknown as LocaleModule;
  },
});

/**
 * Registers the messages of one widget (`finder`, `goals`, `volunteer`). When a translated
 * locale is already showing, that widget's part is fetched and merged, and every widget
 * re-renders (through lit-localize's own `ready` status event, for the same locale).
 */
export function useMessages(group: MessageGroup): void {
  if (groups.has(group)) return;
  groups.add(group);
  const loadedNow = current;
  if (!loadedNow || loadedNow.loaded.has(group)) return;
  loadGroups(loadedNow.locale, loadedNow.templates, loadedNow.loaded).then(
    () => {
      if (current !== loadedNow || typeof window === 'undefined') return;
      window.dispatchEvent(
        new CustomEvent<LocaleStatusEventDetail>(LOCALE_STATUS_EVENT, {
          detail: { status: 'ready', readyLocale: loadedNow.locale },
        }),
      );
    },
    (error: unknown) => console.warn('Taalwijzer: could not load translations', error),
  );
}

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
