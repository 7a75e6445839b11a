/**
 * Feed text inside a right-to-left interface: each piece of it gets its own `lang` and
 * direction, so a Dutch name inside Arabic keeps its order and its full stop, and screen
 * readers pronounce it as Dutch. Lists of feed text (`Intl.ListFormat`) are formatted with
 * `formatToParts` and each item wrapped, so the list's own commas stay in the UI's order.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PickedText } from '../feed/text.js';
import { directionOf } from '../localization/locales.js';
import { hasIntlData, listFormat } from './format.js';

/** `<bdi>` with the text's `lang` and its direction (`dir="auto"` guesses when unsure). */
export function isolated(text: PickedText): TemplateResult {
  return html`<bdi lang=${text.lang} dir=${directionOf(text.lang)}>${text.text}</bdi>`;
}

/** A list of feed texts joined per `locale`, each item isolated in its own language. */
export function isolatedList(
  items: readonly PickedText[],
  locale: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): unknown {
  if (!items.length) return nothing;
  const parts: { type: string; value: string }[] = hasIntlData(locale)
    ? listFormat(locale, type).formatToParts(items.map((i) => i.text))
    : items.flatMap((item, i) => [
        ...(i ? [{ type: 'literal', value: type === 'disjunction' ? ' / ' : ', ' }] : []),
        { type: 'element', value: item.text },
      ]);
  let index = 0;
  return parts.map((part) => (part.type === 'element' ? isolated(items[index++]) : part.value));
}
