// The interface texts a visitor sees, read from the translations (xliff/*.xlf), so the
// tests can find controls by their visible name in any language without copying the
// wording. Only messages without placeholders.
import { readFileSync } from 'node:fs';

const XLIFF = new URL('../../../xliff/', import.meta.url);
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);

/**
 * `t(id)` gives the text of message `id` in `locale`: the Dutch source for `nl`, else
 * the translation. Throws for an unknown id or a message with placeholders.
 */
export function messages(locale) {
  const file = new URL(`${locale === 'nl' ? 'en' : locale}.xlf`, XLIFF);
  const xml = readFileSync(file, 'utf8');
  const texts = new Map();
  const unit =
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target[^>]*>([\s\S]*?)<\/target>)?/g;
  for (const [, id, source, target] of xml.matchAll(unit)) {
    texts.set(id, locale === 'nl' ? source : (target ?? source));
  }
  return (id) => {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`no message ${id} in ${locale}`);
    if (/<(x|ph)\b/.test(text)) throw new Error(`message ${id} has placeholders`);
    return decode(text).replace(/\s+/g, ' ').trim();
  };
}

/** Arabic-Indic and Persian digits as 0-9, so counts and times compare in any language. */
export function latinDigits(text) {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

/** The number in a text such as "41 activiteiten" or "٤١ نشاطًا". */
export function numberIn(text) {
  const digits = latinDigits(text).replace(/\D+/g, '');
  if (!digits) throw new Error(`no number in "${text}"`);
  return Number(digits);
}

/** Feed text in a language as the widgets pick it: that language, else Dutch, English, the first. */
export function pickFeedText(text, locale) {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[locale] ?? text.nl ?? text.en ?? Object.values(text)[0];
}
