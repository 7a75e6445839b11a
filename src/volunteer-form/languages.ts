/**
 * The languages a volunteer can say they speak (besides Dutch), each shown by its
 * own name ("العربية", "ትግርኛ") and by its name in the UI language, and searched
 * by either, by its Dutch or English name, or by its code.
 *
 * Own names come from a table here first and `Intl.DisplayNames` second: browsers
 * ship a reduced set of locale data, and Chromium, for one, names Tigrinya,
 * Somali, Pashto and Kurdish in English when asked for their own names, which are
 * exactly the languages that matter for matching volunteers with newcomers.
 */

/** The languages of newcomers first, in this order (DOMAIN.md), then the others. */
export const NEWCOMER_LANGUAGES = [
  'ar',
  'ti',
  'tr',
  'uk',
  'pl',
  'fa',
  'so',
  'prs',
  'ps',
  'ku',
  'ru',
  'en',
  'fr',
  'es',
  'de',
  'zh',
] as const;

/** The other languages offered, shown after the newcomer languages in alphabetical order. */
export const OTHER_LANGUAGES = [
  'am',
  'bg',
  'bn',
  'bs',
  'ckb',
  'cs',
  'da',
  'el',
  'fi',
  'fy',
  'ha',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'id',
  'ig',
  'it',
  'ja',
  'ka',
  'ko',
  'ln',
  'lt',
  'lv',
  'mk',
  'ne',
  'om',
  'pa',
  'pap',
  'pt',
  'ro',
  'rw',
  'sk',
  'sq',
  'sr',
  'srn',
  'sv',
  'sw',
  'ta',
  'th',
  'ur',
  'uz',
  'vi',
  'yo',
] as const;

/** Each language's name in its own language and script (CLDR spelling, capitalised). */
export const OWN_NAMES: Readonly<Record<string, string>> = {
  am: 'አማርኛ',
  ar: 'العربية',
  bg: 'Български',
  bn: 'বাংলা',
  bs: 'Bosanski',
  ckb: 'کوردیی ناوەندی',
  cs: 'Čeština',
  da: 'Dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'Español',
  fa: 'فارسی',
  fi: 'Suomi',
  fr: 'Français',
  fy: 'Frysk',
  ha: 'Hausa',
  he: 'עברית',
  hi: 'हिन्दी',
  hr: 'Hrvatski',
  hu: 'Magyar',
  hy: 'Հայերեն',
  id: 'Bahasa Indonesia',
  ig: 'Igbo',
  it: 'Italiano',
  ja: '日本語',
  ka: 'ქართული',
  ko: '한국어',
  ku: 'Kurdî',
  ln: 'Lingála',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  mk: 'Македонски',
  ne: 'नेपाली',
  om: 'Oromoo',
  pa: 'ਪੰਜਾਬੀ',
  pap: 'Papiamentu',
  pl: 'Polski',
  prs: 'دری',
  ps: 'پښتو',
  pt: 'Português',
  ro: 'Română',
  ru: 'Русский',
  rw: 'Ikinyarwanda',
  sk: 'Slovenčina',
  so: 'Soomaali',
  sq: 'Shqip',
  sr: 'Српски',
  srn: 'Sranantongo',
  sv: 'Svenska',
  sw: 'Kiswahili',
  ta: 'தமிழ்',
  th: 'ไทย',
  ti: 'ትግርኛ',
  tr: 'Türkçe',
  uk: 'Українська',
  ur: 'اردو',
  uz: 'Oʻzbekcha',
  vi: 'Tiếng Việt',
  yo: 'Èdè Yorùbá',
  zh: '中文',
};

/** Dutch names for the languages browsers do not name in Dutch. */
const DUTCH_FALLBACK: Readonly<Record<string, string>> = {
  pap: 'Papiaments',
  srn: 'Sranantongo',
};

export interface LanguageOption {
  /** BCP 47 code. */
  code: string;
  /** The language's name in its own language. */
  ownName: string;
  /** Its name in the UI language, when that differs from `ownName`. */
  uiName?: string;
  /** Lower-case, accent-free text to search in. */
  searchText: string;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(locale: string): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale) ?? null;
}

function intlName(code: string, locale: string): string | undefined {
  try {
    const name = namesIn(locale)?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The name of `code` in its own language. */
export function ownName(code: string): string {
  return OWN_NAMES[code] ?? (intlName(code, code) ? capitalise(intlName(code, code)!, code) : code);
}

/** The name of `code` in `locale` (falling back to Dutch names we know, then its own name). */
export function languageName(code: string, locale: string): string {
  const name = intlName(code, locale) ?? (locale.split('-')[0] === 'nl' ? DUTCH_FALLBACK[code] : undefined);
  return name ? capitalise(name, locale) : ownName(code);
}

/** Lower case, without accents, for matching "turks" to "Türkçe" and "francais" to "Français". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').trim();
}

const optionsCache = new Map<string, readonly LanguageOption[]>();

/** Every language offered, newcomer languages first, the rest by their name in `locale`. */
export function languageOptions(locale: string): readonly LanguageOption[] {
  const cached = optionsCache.get(locale);
  if (cached) return cached;
  const make = (code: string): LanguageOption => {
    const own = ownName(code);
    const ui = languageName(code, locale);
    const names = [own, ui, languageName(code, 'nl'), languageName(code, 'en'), code];
    return {
      code,
      ownName: own,
      ...(foldForSearch(ui) !== foldForSearch(own) ? { uiName: ui } : {}),
      searchText: foldForSearch(names.join(' \u0000 ')),
    };
  };
  const collator = new Intl.Collator(locale);
  const others = OTHER_LANGUAGES.map(make).sort((a, b) =>
    collator.compare(a.uiName ?? a.ownName, b.uiName ?? b.ownName),
  );
  const options = [...NEWCOMER_LANGUAGES.map(make), ...others];
  optionsCache.set(locale, options);
  return options;
}

/**
 * The options matching `query` (every word must occur in one of the names or the
 * code); chosen languages always stay in the list, so a filter never hides a choice.
 */
export function filterLanguages(
  options: readonly LanguageOption[],
  query: string,
  chosen: readonly string[] = [],
): LanguageOption[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter(
    (option) => chosen.includes(option.code) || words.every((word) => option.searchText.includes(word)),
  );
}
