/**
 * Dates, numbers and plurals through Intl, in the UI locale and Europe/Amsterdam
 * time. Formatters are cached: creating them is the slow part.
 */
const TIME_ZONE = 'Europe/Amsterdam';
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    `dt|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options }),
  );
}

/** "28 november 2026 om 16:05" style, in the locale. */
export function formatDateTime(date: Date, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  ).format(value);
}

/** The plural category of `count` in `locale` (`one`, `few`, `many`, `other`...). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}
