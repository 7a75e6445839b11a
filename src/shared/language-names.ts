/**
 * Names of languages: in their own language and script (`العربية`, `ትግርኛ`), and in
 * the UI language through Intl.DisplayNames. Browsers lack names for some UI
 * languages (Chromium has none in Tigrinya or Somali and would answer in English):
 * there the language's own name is shown instead.
 */
import { capitalise, hasIntlData } from './format.js';

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

/** Language names worked out before, by code and locale (Intl.DisplayNames is slow to ask). */
const names = new Map<string, string>();

/** The name of `code` in its own language. */
export function ownName(code: string): string {
  if (Object.hasOwn(OWN_NAMES, code)) return OWN_NAMES[code];
  const key = `${code}\n`;
  let result = names.get(key);
  if (result === undefined) {
    const name = intlName(code, code);
    result = name ? capitalise(name, code) : code;
    names.set(key, result);
  }
  return result;
}

/** The name of `code` in `locale` (falling back to Dutch names we know, then its own name). */
export function languageName(code: string, locale: string): string {
  const key = `${code}\n${locale}`;
  let result = names.get(key);
  if (result === undefined) {
    const name = hasIntlData(locale)
      ? (intlName(code, locale) ?? (locale.split('-')[0] === 'nl' ? DUTCH_FALLBACK[code] : undefined))
      : undefined;
    result = name ? capitalise(name, locale) : ownName(code);
    names.set(key, result);
  }
  return result;
}
