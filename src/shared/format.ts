/**
 * Dates, numbers and plurals through Intl, in the UI locale and Europe/Amsterdam
 * time. Formatters are cached: creating them is the slow part.
 */
const TIME_ZONE = 'Europe/Amsterdam';
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Names of weekdays (Monday first) and Gregorian months for UI languages whose date
 * data browsers do not ship (Chromium has none for Tigrinya and Somali and falls
 * back to American English). From CLDR 48 (the same names Firefox and Node.js ship).
 */
const DATE_NAMES: Record<string, { weekdays: string[]; months: string[] }> = {
  ti: {
    weekdays: ['ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም', 'ሰንበት'],
    months: ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ጉንበት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'],
  },
  so: {
    weekdays: ['Isniin', 'Talaado', 'Arbaco', 'Khamiis', 'Jimco', 'Sabti', 'Axad'],
    months: [
      'Jannaayo',
      'Febraayo',
      'Maarso',
      'Abriil',
      'Maayo',
      'Juun',
      'Luulyo',
      'Ogosto',
      'Sebteembar',
      'Oktoobar',
      'Noofeembar',
      'Diseembar',
    ],
  },
};

const intlData = new Map<string, boolean>();

/** True when the browser has date and list data for `locale` itself. */
export function hasIntlData(locale: string): boolean {
  let has = intlData.get(locale);
  if (has === undefined) {
    try {
      has = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    } catch {
      has = false;
    }
    intlData.set(locale, has);
  }
  return has;
}

/**
 * For a language the browser has no date data for: British English patterns
 * (day before month, 24-hour clock) with the weekday and month names of the
 * language. Behaves like the Intl.DateTimeFormat it stands in for.
 */
function namedDateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const names = DATE_NAMES[locale.split('-')[0].toLowerCase()];
  const base = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    calendar: 'gregory',
    hourCycle: 'h23',
    ...options,
  });
  if (!names) return base;
  const zone = base.resolvedOptions().timeZone;
  const weekdayOf = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short' });
  const monthOf = new Intl.DateTimeFormat('en-GB', { timeZone: zone, month: 'numeric' });
  const WEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const rename = (parts: Intl.DateTimeFormatPart[], dates: Date[]) => {
    // Which date a part belongs to matters only in ranges; their parts carry `source`.
    const dateFor = (part: Intl.DateTimeFormatPart) =>
      (part as Intl.DateTimeFormatPart & { source?: string }).source === 'endRange' ? dates[1] : dates[0];
    return parts.map((part) => {
      if (part.type === 'weekday') {
        const index = WEEK.indexOf(weekdayOf.format(dateFor(part)));
        return { ...part, value: names.weekdays[index] ?? part.value };
      }
      if (
        part.type === 'month' &&
        (options.month === 'long' || options.month === 'short' || options.dateStyle)
      ) {
        const index = Number(monthOf.format(dateFor(part))) - 1;
        return { ...part, value: names.months[index] ?? part.value };
      }
      return part;
    });
  };
  const join = (parts: Intl.DateTimeFormatPart[]) => parts.map((part) => part.value).join('');
  const stand = {
    format: (date?: Date | number) => join(stand.formatToParts(date)),
    formatToParts: (date?: Date | number) => {
      const d = new Date(date ?? Date.now());
      return rename(base.formatToParts(d), [d, d]);
    },
    formatRange: (start: Date | number, end: Date | number) => join(stand.formatRangeToParts(start, end)),
    formatRangeToParts: (start: Date | number, end: Date | number) =>
      rename(base.formatRangeToParts(start, end), [new Date(start), new Date(end)]),
    resolvedOptions: () => ({ ...base.resolvedOptions(), locale }),
  };
  return stand as unknown as Intl.DateTimeFormat;
}

/**
 * A cached Intl.DateTimeFormat in `locale`, in Europe/Amsterdam time and the
 * Gregorian calendar (appointments in the Netherlands use it, also for readers of
 * Farsi, whose default is the Persian calendar).
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`dt|${locale}|${JSON.stringify(options)}`, () =>
    hasIntlData(locale)
      ? new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, calendar: 'gregory', ...options })
      : namedDateTimeFormat(locale, options),
  );
}

/**
 * Joins several things as a list ("Arabisch, Tigrinya en Somalisch"). For a
 * language the browser has no list data for, a plain comma list, which reads in
 * any language (better than an English "and").
 */
export function formatList(
  items: string[],
  locale: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  if (!hasIntlData(locale)) return items.join(type === 'disjunction' ? ' / ' : ', ');
  return listFormat(locale, type).format(items);
}

/** A cached Intl.ListFormat (only for a locale with {@link hasIntlData}). */
export function listFormat(locale: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { type }));
}

/**
 * A list of feed texts (place names, organisations) for a sentence, each item wrapped in
 * Unicode isolates (FSI ... PDI), so Dutch names in an Arabic list keep their own order and
 * the list's commas stay where Arabic puts them. Bidi controls inside an item go first.
 */
export function formatIsolatedList(
  items: string[],
  locale: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  // Needed where directions mix: a right-to-left UI, or right-to-left text in the list.
  const mixed = RTL_UI.test(locale) || items.some((item) => RTL_TEXT.test(item));
  return formatList(
    items.map((item) => {
      const clean = item.replace(BIDI_CONTROLS, '');
      return mixed ? `\u2068${clean}\u2069` : clean;
    }),
    locale,
    type,
  );
}

const RTL_UI = /^(ar|fa|he|ur|ps|ckb|prs)(-|_|$)/i;
const RTL_TEXT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** Bidi formatting characters: embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Feed text to put inside a sentence of the interface (a filter name in a tip, an address
 * wrapped in `ltr()`): without bidi formatting characters, so an override in it (U+202E)
 * cannot turn the rest of the sentence around, and a stray U+2069 cannot end the isolate
 * it sits in. Letters, digits and punctuation stay as they are.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
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

/** One way of saying a count, per plural category of the UI language. */
export interface PluralForms {
  one: () => string;
  two?: () => string;
  few?: () => string;
  many?: () => string;
  other: () => string;
}

/**
 * Picks the form for `count` by the language's own plural rules (Intl.PluralRules):
 * Dutch and English need one and other; Polish and Ukrainian also few and many;
 * Arabic also two. A form a message does not have falls back to `other`.
 */
export function plural(count: number, locale: string, forms: PluralForms): string {
  const category = pluralCategory(count, locale);
  const form = category === 'zero' ? undefined : forms[category];
  return (form ?? forms.other)();
}

/** "Maandag" for a label that starts a line; running text keeps "maandag". */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
