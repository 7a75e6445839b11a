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
import { OWN_NAMES, languageName, ownName } from '../shared/language-names.js';

export { OWN_NAMES, languageName, ownName };

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
