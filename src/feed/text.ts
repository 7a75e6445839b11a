/**
 * Reading feed `Text` values (docs/reference/feed.md): a plain string is
 * Dutch; an object maps BCP 47 language codes to translations.
 *
 * Display falls back: active locale -> same language in another region -> `nl` ->
 * `en` -> the first translation there is. Empty or whitespace-only strings count as
 * missing everywhere. The caller marks text in another language than the UI with
 * the returned `lang`.
 */
import type { Text } from './schema.js';

/** A translation chosen for display, with the language it is written in. */
export interface PickedText {
  /** The text as the feed has it. */
  text: string;
  /** Its language code, as the feed spells it (`nl` for a plain string). */
  lang: string;
}

/** The primary language subtag, lower case: `fa` for `fa-AF`, `sr` for `sr_Latn`. */
function primarySubtag(tag: string): string {
  return tag.trim().split(/[-_]/)[0].toLowerCase();
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The translations of `text` that hold text, in feed order, as `[lang, text]` pairs. */
function entries(text: Text | undefined): [string, string][] {
  if (text === undefined || text === null) return [];
  if (typeof text === 'string') return hasText(text) ? [['nl', text]] : [];
  if (typeof text !== 'object') return [];
  return Object.entries(text).filter((entry): entry is [string, string] => hasText(entry[1]));
}

/**
 * Whether two language tags name the same language, comparing only the primary
 * subtag, case-insensitively: `fa` and `fa-AF` do, `nl-BE` and `NL` do, `nl` and
 * `en` do not. An empty tag matches nothing.
 */
export function sameLanguage(a: string, b: string): boolean {
  const primary = primarySubtag(a);
  return primary !== '' && primary === primarySubtag(b);
}

/**
 * Chooses the translation of `text` to show in `locale`.
 *
 * Order: the exact locale (case-insensitive), then a translation in the same
 * language (`fa` finds `fa-AF` and the other way round), then Dutch, then English
 * (each again exact before same-language), then the first translation that has
 * text. A plain string is Dutch. Returns undefined when there is no text at all.
 */
export function pickText(text: Text | undefined, locale: string): PickedText | undefined {
  const available = entries(text);
  if (available.length === 0) return undefined;

  const find = (wanted: string): [string, string] | undefined =>
    available.find(([lang]) => lang.toLowerCase() === wanted.toLowerCase()) ??
    available.find(([lang]) => sameLanguage(lang, wanted));

  const [lang, picked] =
    (locale.trim() !== '' ? find(locale.trim()) : undefined) ?? find('nl') ?? find('en') ?? available[0];
  return { text: picked, lang };
}

/** The language codes `text` has non-empty text in, in feed order (`['nl']` for a string). */
export function textLanguages(text: Text | undefined): string[] {
  return entries(text).map(([lang]) => lang);
}

/** Every non-empty translation of `text`, in feed order; for search indexing. */
export function allTexts(text: Text | undefined): string[] {
  return entries(text).map(([, value]) => value);
}
