/**
 * The UI languages: their own names (for the language menu) and writing direction.
 * Pure data; which of them have translations built in is in `localization.ts`.
 */
export interface LocaleInfo {
  /** BCP 47 code. */
  code: string;
  /** The language's name in its own language and script. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** Every UI language of the contract, in the order the language menu shows them. */
export const LOCALES: readonly LocaleInfo[] = [
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
];

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'prs', 'ckb']);

/** `rtl` for right-to-left languages (by primary subtag), otherwise `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

/**
 * Matches a requested language (`en-GB`, `NL`, `ar-SY`) to one of `available`:
 * exactly, else by its primary subtag. Returns undefined when none fits.
 */
export function matchLocale(
  requested: string | null | undefined,
  available: readonly string[],
): string | undefined {
  if (!requested) return undefined;
  const wanted = requested.trim().toLowerCase().replace('_', '-');
  if (!wanted) return undefined;
  const exact = available.find((code) => code.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return available.find((code) => code.toLowerCase().split('-')[0] === primary);
}

export interface StartLocaleSources {
  /** The widget's `locale` attribute. */
  attribute?: string | null;
  /** The visitor's earlier choice in a language menu. */
  remembered?: string | null;
  /** The page's `<html lang>`. */
  pageLang?: string | null;
}

/**
 * The starting locale, in the contract's order: the `locale` attribute, the
 * visitor's earlier choice, the page's `<html lang>`, then `nl`.
 */
export function resolveStartLocale(sources: StartLocaleSources, available: readonly string[]): string {
  return (
    matchLocale(sources.attribute, available) ??
    matchLocale(sources.remembered, available) ??
    matchLocale(sources.pageLang, available) ??
    'nl'
  );
}
