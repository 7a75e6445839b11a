/**
 * Shared by the finder's tests: the fixture feed with a pinned "now", mounting a
 * finder, and reading and operating it the way a visitor would.
 */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { nothing } from 'lit';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { switchLocale } from '../../src/localization/localization.js';
import type { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';
import '../../src/programme-finder/define.js';
import { FIXTURE_FEED } from './fixture-feed.js';

/** Monday 11 January 2027, 12:00 in Amsterdam: every schedule in the fixture is relative to it. */
export const NOW = new Date('2027-01-11T12:00:00+01:00');
/** The fixture feed, served to the finder from memory. */
export const FEED_URL = URL.createObjectURL(
  new Blob([JSON.stringify(FIXTURE_FEED)], { type: 'application/json' }),
);

export async function loadFixtureFeed(): Promise<Feed> {
  const result = parseFeed(structuredClone(FIXTURE_FEED));
  if (!result.ok) throw new Error(result.message);
  return result.feed;
}

export interface MountOptions {
  src?: string;
  locale?: string;
  urlState?: boolean;
  id?: string;
  now?: Date;
  /** What to wait for before the test goes on; default the first result card or the empty state. */
  waitFor?: string;
}

/** A finder on the fixture feed, once its first results (or its empty state) show. */
export async function mountFinder(options: MountOptions = {}): Promise<TaalProgrammeFinder> {
  const el = await fixture<TaalProgrammeFinder>(
    html`<taal-programme-finder
      id=${options.id ?? nothing}
      locale=${options.locale ?? nothing}
      ?url-state=${options.urlState ?? false}
      .now=${options.now ?? NOW}
      src=${options.src ?? FEED_URL}
    ></taal-programme-finder>`,
  );
  if (options.locale) await waitUntil(() => el.getAttribute('lang') === options.locale, 'locale applied');
  const ready = options.waitFor ?? '[part~="result-card"], [part="empty"]';
  await waitUntil(() => $(el, ready), 'results shown', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** Back to Dutch after a test that changed the page-wide locale. */
export async function resetLocale(): Promise<void> {
  await switchLocale('nl');
}

export function $<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export const textOf = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The titles of the result cards, in order. */
export function titles(el: HTMLElement): string[] {
  return $$(el, '[part="result-card-title"]').map(textOf);
}

/** The number in the results heading ("3 activiteiten" -> 3). */
export function resultCount(el: HTMLElement): number {
  return Number(textOf($(el, '[part="result-count"]')).replace(/\D+/g, ''));
}

/** Types into the search field as a visitor does (one input event). */
export async function search(el: TaalProgrammeFinder, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The checkbox of a filter value (its group opened first, as a visitor would). */
export function option(el: HTMLElement, facet: string, value: string): HTMLInputElement | null {
  return $<HTMLInputElement>(el, `input[data-facet="${facet}"][data-value="${value}"]`);
}

/** Ticks or unticks a filter value by clicking its label. */
export async function toggleFilter(el: TaalProgrammeFinder, facet: string, value: string): Promise<void> {
  const box = option(el, facet, value);
  if (!box) throw new Error(`no option ${facet}=${value}`);
  const details = box.closest('details');
  if (details && !details.open) {
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open, 'group opened');
  }
  el.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${box.id}"]`)!.click();
  await el.updateComplete;
}

/** The values a filter group offers, with their counts: `{ mon: 1, wed: 2 }`. */
export function offered(el: HTMLElement, facet: string): Record<string, number> {
  return Object.fromEntries(
    $$<HTMLInputElement>(el, `input[data-facet="${facet}"]`).map((box) => {
      const count = textOf(box.parentElement!.querySelector('.count'));
      return [box.dataset.value!, Number(count)];
    }),
  );
}

/** Opens a programme by clicking its card title. */
export async function openProgramme(el: TaalProgrammeFinder, title: string): Promise<void> {
  const link = $$(el, '.card-link').find((control) => textOf(control).includes(title));
  if (!link) throw new Error(`no card titled ${title}`);
  link.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '[part="detail"]'), 'detail shown');
}
