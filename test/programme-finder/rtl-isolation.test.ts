import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { $, $$, mountFinder, resetLocale, textOf } from './helpers.js';
import { FIXTURE_FEED } from './fixture-feed.js';
import type { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';

/** Every Dutch (or English) text of the fixture feed: names, titles, summaries, notes. */
function feedTexts(): string[] {
  const out = new Set<string>();
  const visit = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (['id', 'kind', 'format', 'learning', 'url', 'email', 'phone'].includes(key)) return;
      if (/[a-z]{4}/i.test(value) && !/^\d{4}-/.test(value) && !/^https?:/.test(value)) out.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value))
        if (k !== 'ar') visit(v, k === 'nl' || k === 'en' ? key : k);
  };
  visit(FIXTURE_FEED);
  return [...out].filter((t) => t.length >= 6);
}

/** Text nodes showing feed text that no ancestor isolates (`<bdi>`, a `dir` attribute, or FSI/LRI...PDI). */
function unisolated(el: TaalProgrammeFinder, texts: string[]): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const hit = texts.find((t) => value.includes(t));
    if (!hit) continue;
    const index = value.indexOf(hit);
    // Inside an isolate of its own: an FSI/LRI/RLI before it that no PDI closed yet.
    const before = value.slice(0, index);
    const opened = (before.match(/[\u2066-\u2068]/g) ?? []).length;
    const closed = (before.match(/\u2069/g) ?? []).length;
    const inIsolates = opened > closed;
    if (inIsolates) continue;
    let isolated = false;
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      if (parent.localName === 'bdi' || parent.hasAttribute('dir')) {
        isolated = true;
        break;
      }
    }
    if (!isolated) found.push(`${hit} in ${JSON.stringify(value)}`);
  }
  return found;
}

describe('taal-programme-finder: feed text in an Arabic page is isolated', function () {
  this.timeout(60_000);
  afterEach(async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    await resetLocale();
  });

  it('on every card, in every detail view, on every take-along card and in the filters', async () => {
    const texts = feedTexts();
    expect(texts.length).to.be.greaterThan(10);
    const el = await mountFinder({ locale: 'ar' });
    // Every filter group open, every long list in full.
    for (const group of $$<HTMLDetailsElement>(el, 'details')) group.open = true;
    await el.updateComplete;
    expect(unisolated(el, texts), 'results').to.deep.equal([]);
    const count = $$(el, '.card-link').length;
    for (let i = 0; i < count; i++) {
      const link = $$(el, '.card-link')[i];
      const title = textOf(link);
      link.click();
      await waitUntil(() => $(el, '[part="detail"]'), 'detail');
      expect(unisolated(el, texts), `detail of ${title}`).to.deep.equal([]);
      $(el, '[part="take-along"]')!.click();
      await waitUntil(() => $(el, '[part="take-along-card"]'), 'take-along');
      expect(unisolated(el, texts), `take-along of ${title}`).to.deep.equal([]);
      $<HTMLButtonElement>(el, '.take-along .back')!.click();
      await waitUntil(() => $(el, '[part="detail"]'), 'detail again');
      $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
      await waitUntil(() => $(el, '[part="result-card"]'), 'results again');
    }
  });

  it('keeps each Dutch place name of a list its own isolate (Intl.ListFormat parts)', async () => {
    const el = await mountFinder({ locale: 'ar' });
    const multi = $$(el, '[part="result-card"]').find(
      (card) => card.querySelectorAll('.facts bdi').length > 1,
    );
    if (multi) {
      for (const bdi of multi.querySelectorAll('.facts bdi'))
        expect(bdi.getAttribute('dir')).to.be.oneOf(['ltr', 'rtl']);
    }
    const { isolatedList } = await import('../../src/shared/isolate.js');
    const { render, html } = await import('lit');
    const host = document.createElement('p');
    host.dir = 'rtl';
    render(
      html`${isolatedList(
        [
          { text: 'Bibliotheek Centrum', lang: 'nl' },
          { text: 'Buurthuis De Wiek', lang: 'nl' },
        ],
        'ar',
      )}`,
      host,
    );
    const items = [...host.querySelectorAll('bdi')];
    expect(items.map((b) => [b.textContent, b.lang, b.dir])).to.deep.equal([
      ['Bibliotheek Centrum', 'nl', 'ltr'],
      ['Buurthuis De Wiek', 'nl', 'ltr'],
    ]);
    expect(host.textContent).to.contain(' و');
  });
});
