import '../support/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/programme-finder/define.js';
import { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';
import { defineElement } from '../../src/shared/define-element.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { switchLocale } from '../../src/localization/localization.js';

const feedUrl = (name: string) => `/examples/feeds/aanbod.json?test=${name}`;
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('taal-programme-finder (foundation)', () => {
  beforeEach(() => {
    localStorage.clear();
    clearFeedCache();
  });

  it('is registered once, and a second define (another copy of the script) does not throw', () => {
    const registered = customElements.get('taal-programme-finder');
    expect(registered).to.equal(TaalProgrammeFinder);
    expect(() => defineElement('taal-programme-finder', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('taal-programme-finder')).to.equal(registered);
  });

  it('shows a loading state, then the programmes of the feed, and fires taal-feed-loaded', async () => {
    const el = document.createElement('taal-programme-finder') as TaalProgrammeFinder;
    el.src = feedUrl('loaded');
    const loaded = oneEvent(el, 'taal-feed-loaded');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    const event = await loaded;
    expect(event.detail.programmes).to.be.greaterThan(39);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    // The first page of cards; the heading counts every programme that has not ended.
    const cards = el.shadowRoot!.querySelectorAll('[part~="result-card"]');
    expect(cards.length).to.equal(20);
    const shown = Number(
      el.shadowRoot!.querySelector('[part="result-count"]')!.textContent!.replace(/\D+/g, ''),
    );
    expect(shown).to.be.within(20, event.detail.programmes);
    expect(text(el)).to.contain('Taalcafé');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a plain error with a retry button when the feed is missing, and fires taal-feed-error', async () => {
    const el = document.createElement('taal-programme-finder') as TaalProgrammeFinder;
    el.src = '/examples/feeds/bestaat-niet.json';
    const failed = oneEvent(el, 'taal-feed-error');
    document.body.append(el);
    const event = await failed;
    expect(event.detail.kind).to.equal('http');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('De server kan het overzicht nu niet geven');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    expect(retry.textContent!.trim()).to.equal('Opnieuw proberen');
    await expect(el).to.be.accessible();

    // Retrying after the webmaster fixed the address loads the feed.
    el.src = feedUrl('after-retry');
    await oneEvent(el, 'taal-feed-loaded');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    el.remove();
  });

  it('retry loads the same address again', async () => {
    let calls = 0;
    const realFetch = window.fetch;
    window.fetch = (async (...args: Parameters<typeof fetch>) => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return realFetch(...args);
    }) as typeof fetch;
    try {
      const el = await fixture<TaalProgrammeFinder>(
        html`<taal-programme-finder src=${feedUrl('retry')}></taal-programme-finder>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part="retry-button"]'), 'error shown');
      expect(text(el)).to.contain('Kijk of je internet hebt');
      const loaded = oneEvent(el, 'taal-feed-loaded');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await loaded;
      expect(calls).to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows an accessible loading skeleton while the feed is on its way', async () => {
    const realFetch = window.fetch;
    let release: () => void = () => {};
    window.fetch = ((...args: Parameters<typeof fetch>) =>
      new Promise<void>((resolve) => {
        release = resolve;
      }).then(() => realFetch(...args))) as typeof fetch;
    try {
      const el = await fixture<TaalProgrammeFinder>(
        html`<taal-programme-finder src=${feedUrl('slow')}></taal-programme-finder>`,
      );
      const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.textContent).to.contain('Bezig met laden');
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="result-card"]'), 'loaded');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('tells the webmaster when src is missing', async () => {
    const el = await fixture<TaalProgrammeFinder>(html`<taal-programme-finder></taal-programme-finder>`);
    await el.updateComplete;
    expect(text(el)).to.contain('attribuut src');
    await expect(el).to.be.accessible();
  });

  it('shows the last good copy, marked as possibly out of date, when the network fails', async () => {
    const src = feedUrl('stale');
    const first = await fixture<TaalProgrammeFinder>(
      html`<taal-programme-finder src=${src}></taal-programme-finder>`,
    );
    await oneEvent(first, 'taal-feed-loaded');
    // The copy is written a moment after the results show.
    await waitUntil(() => Object.keys(localStorage).some((key) => key.includes(src)), 'the copy is written');
    first.remove();
    clearFeedCache();

    const realFetch = window.fetch;
    window.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    try {
      const el = document.createElement('taal-programme-finder') as TaalProgrammeFinder;
      el.src = src;
      const loaded = oneEvent(el, 'taal-feed-loaded');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      const notice = el.shadowRoot!.querySelector('[part="stale-notice"]')!;
      expect(notice.textContent).to.contain('misschien niet actueel');
      expect(el.shadowRoot!.querySelectorAll('[part~="result-card"]').length).to.equal(20);
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('two finders with the same src fetch the feed once', async () => {
    let calls = 0;
    const realFetch = window.fetch;
    window.fetch = ((...args: Parameters<typeof fetch>) => {
      calls += 1;
      return realFetch(...args);
    }) as typeof fetch;
    try {
      const src = feedUrl('shared');
      const wrapper = await fixture(
        html`<div>
          <taal-programme-finder src=${src}></taal-programme-finder>
          <taal-programme-finder src=${src}></taal-programme-finder>
        </div>`,
      );
      const finders = [...wrapper.querySelectorAll('taal-programme-finder')];
      await waitUntil(
        () => finders.every((f) => f.shadowRoot!.querySelector('[part="results"]')),
        'both loaded',
      );
      expect(calls).to.equal(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('two Taalhuizen on one page: each search landmark is named after its publisher, and axe finds no duplicate', async () => {
    const feed = await (await fetch('/examples/feeds/aanbod.json')).json();
    const other = { ...feed, publisher: { ...feed.publisher, name: 'Bibliotheek Deventer' } };
    const otherUrl = URL.createObjectURL(new Blob([JSON.stringify(other)], { type: 'application/json' }));
    const wrapper = await fixture(
      html`<main>
        <taal-programme-finder src=${feedUrl('landmarks')}></taal-programme-finder>
        <taal-programme-finder src=${otherUrl}></taal-programme-finder>
      </main>`,
    );
    const finders = [...wrapper.querySelectorAll('taal-programme-finder')];
    await waitUntil(
      () => finders.every((f) => f.shadowRoot!.querySelector('[role="search"]')),
      'both loaded',
      { timeout: 8000 },
    );
    const names = finders.map((f) =>
      f.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label'),
    );
    expect(names[0]).to.equal('Zoeken in het aanbod van Taalhuis Zutphen');
    expect(names[1]).to.contain('Bibliotheek Deventer');
    await expect(wrapper).to.be.accessible();
  });

  it('marks feed text in another language than the UI with its lang', async () => {
    const el = await fixture<TaalProgrammeFinder>(
      html`<taal-programme-finder src=${feedUrl('lang')} locale="en"></taal-programme-finder>`,
    );
    // Titles with an English translation are shown in English; Dutch-only ones are marked nl.
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="result-card-title"] [lang="en"]'),
      'English titles shown',
    );
    const titles = [...el.shadowRoot!.querySelectorAll('[part="result-card-title"] [lang]')];
    expect(titles.every((title) => ['en', 'nl'].includes(title.getAttribute('lang')!))).to.equal(true);
    await switchLocale('nl');
  });
});
