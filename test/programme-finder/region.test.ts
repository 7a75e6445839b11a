/**
 * The finder over a region (src is a region manifest) and over several feeds: the
 * place question, shards near the place, radius, a failing shard, cross-shard
 * search, which Taalhuis offers what, deep links, session memory, "near me", in nl
 * and ar, axe clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { waitUntil } from '../support/wait.js';
import type { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';
import '../../src/programme-finder/define.js';
import { $, $$, FEED_URL, NOW, resetLocale, search, textOf, titles } from './helpers.js';
import { APELDOORN_URL, DEVENTER_URL, REGION_URL } from './region-fixture.js';

async function mountRegion(
  options: { place?: string; locale?: string; urlState?: boolean; src?: string } = {},
) {
  const el = await fixture<TaalProgrammeFinder>(
    html`<taal-programme-finder
      id="regio"
      src=${options.src ?? REGION_URL}
      place=${options.place ?? nothing}
      locale=${options.locale ?? nothing}
      ?url-state=${options.urlState ?? false}
      .now=${NOW}
    ></taal-programme-finder>`,
  );
  if (options.locale) await waitUntil(() => el.getAttribute('lang') === options.locale, 'locale applied');
  return el;
}

const cardsShown = (el: HTMLElement) =>
  waitUntil(() => $(el, '[part~="result-card"], [part="empty"]'), 'results shown', { timeout: 8000 });

async function choosePlace(el: TaalProgrammeFinder, typed: string): Promise<void> {
  await waitUntil(() => $(el, '#place-input'), 'place question shown', { timeout: 8000 });
  const input = $<HTMLInputElement>(el, '#place-input')!;
  input.value = typed;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part="place-button"]')!.click();
  await el.updateComplete;
}

function publisherOf(el: HTMLElement, title: string): string {
  const card = $$(el, '[part~="result-card"]').find(
    (c) => textOf(c.querySelector('[part="result-card-title"]')) === title,
  );
  return textOf(card?.querySelector('[part="publisher"]') ?? card?.querySelector('.card-org'));
}

describe('finder over a region', () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });
  afterEach(resetLocale);

  it('asks where the visitor wants to learn before loading any shard, and is accessible', async () => {
    const el = await mountRegion();
    await waitUntil(() => $(el, '[part="place-chooser"]'), 'place question', { timeout: 8000 });
    expect(textOf($(el, '#place-heading'))).to.equal('Waar wil je leren?');
    expect($$(el, '[part~="result-card"]')).to.have.length(0);
    const options = $$<HTMLOptionElement>(el, '#place-list option').map((o) => o.value);
    expect(options).to.deep.equal(['Apeldoorn', 'Deventer', 'Lochem', 'Testdorp', 'Zutphen']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the programmes of the Taalhuizen near the place, each saying which Taalhuis offers it', async () => {
    const loaded: CustomEvent[] = [];
    const el = await mountRegion();
    el.addEventListener('taal-feed-loaded', (e) => loaded.push(e as CustomEvent));
    await choosePlace(el, 'zutphen');
    await cardsShown(el);
    const shown = titles(el);
    expect(shown).to.include('Taalcafé Deventer');
    expect(shown).to.include('Voor ’t Zelfde Geld');
    // Apeldoorn is about 18 km away: not within the default 15 km.
    expect(shown).not.to.include('Taalcafé Apeldoorn');
    expect(publisherOf(el, 'Taalcafé Deventer')).to.contain('Bibliotheek Deventer');
    expect(textOf($(el, '[part="region-bar"]'))).to.contain('Aanbod binnen 15 km van');
    expect(textOf($(el, '[part="region-bar"]'))).to.contain('Zutphen');
    // Lochem's shard is gone: named, and the rest shows.
    expect(textOf($(el, '[part="region-failed"]'))).to.contain('Bibliotheek Lochem');
    await waitUntil(() => loaded.length > 0, 'taal-feed-loaded');
    expect(loaded.at(-1)!.detail.feeds).to.equal(2);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('widens the radius on request and searches across shards', async () => {
    const el = await mountRegion({ place: 'Zutphen' });
    await cardsShown(el);
    expect(titles(el)).not.to.include('Taalcafé Apeldoorn');
    const select = $<HTMLSelectElement>(el, '#bar-radius')!;
    select.value = '25';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => titles(el).includes('Taalcafé Apeldoorn'), 'Apeldoorn within 25 km', {
      timeout: 8000,
    });
    await search(el, 'taalcafé');
    await waitUntil(
      () => ['Taalcafé Deventer', 'Taalcafé Apeldoorn'].every((t) => titles(el).includes(t)),
      'taalcafés of several Taalhuizen',
    );
    expect(titles(el)).not.to.include('NT2 B1-route');
  });

  it('says plainly when a typed place is not in the region, and suggests places as typed', async () => {
    const el = await mountRegion();
    await choosePlace(el, 'Groningen');
    expect(textOf($(el, '#place-message'))).to.contain('Groningen');
    expect($(el, '#place-input')!.getAttribute('aria-invalid')).to.equal('true');
    const input = $<HTMLInputElement>(el, '#place-input')!;
    input.value = 'dev';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const suggestion = $$<HTMLButtonElement>(el, '.place-suggestions button');
    expect(suggestion.map(textOf)).to.deep.equal(['Deventer']);
    suggestion[0]!.click();
    await cardsShown(el);
    expect(textOf($(el, '[part="region-bar"]'))).to.contain('Deventer');
  });

  it('keeps the place in the deep link and for the session', async () => {
    const el = await mountRegion({ urlState: true });
    await choosePlace(el, 'Zutphen');
    await cardsShown(el);
    await waitUntil(() => location.hash.includes('regio.place=Zutphen'), 'place in the hash');
    el.remove();

    // The link opens the same place; a programme of another shard opens from it too.
    history.replaceState(
      null,
      '',
      `${location.pathname}#regio.place=Zutphen&regio.radius=25&regio.open=apd%3Ataalcafe`,
    );
    const linked = await mountRegion({ urlState: true });
    await waitUntil(
      () => textOf($(linked, '#detail-title')) === 'Taalcafé Apeldoorn',
      'detail from the link',
      {
        timeout: 8000,
      },
    );
    linked.remove();

    // Same session, no link: the place chosen before.
    history.replaceState(null, '', location.pathname);
    const again = await mountRegion();
    await cardsShown(again);
    expect(textOf($(again, '[part="region-bar"]'))).to.contain('Zutphen');
    $<HTMLButtonElement>(again, '[part="change-place"]')!.click();
    await waitUntil(() => $(again, '[part="place-chooser"]'), 'place question again');
    expect(sessionStorage.length).to.equal(0);
  });

  it('"near me" asks for the position only when pressed and writes no position anywhere', async () => {
    const geolocation = navigator.geolocation;
    let asked = 0;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback) => {
          asked += 1;
          ok({ coords: { latitude: 52.25, longitude: 6.16 } } as GeolocationPosition);
        },
      },
    });
    try {
      const el = await mountRegion({ urlState: true });
      await waitUntil(() => $(el, '[part="near-me"]'), 'near me button');
      expect(asked).to.equal(0);
      $<HTMLButtonElement>(el, '[part="near-me"]')!.click();
      await cardsShown(el);
      expect(asked).to.equal(1);
      expect(titles(el)).to.include('Taalcafé Deventer');
      expect(textOf($(el, '[part="region-bar"]'))).to.contain('waar je nu bent');
      await el.updateComplete;
      expect(location.hash).not.to.contain('52.25');
      expect(location.hash).not.to.contain('place=');
      expect(JSON.stringify({ ...sessionStorage })).not.to.contain('52.25');
    } finally {
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
    }
  });

  it('speaks Arabic, right to left, with Dutch place names isolated', async () => {
    const el = await mountRegion({ locale: 'ar' });
    await waitUntil(() => $(el, '[part="place-chooser"]'), 'place question', { timeout: 8000 });
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(textOf($(el, '#place-heading'))).not.to.equal('Waar wil je leren?');
    await choosePlace(el, 'Zutphen');
    await cardsShown(el);
    const where = textOf($(el, '.region-where'));
    expect(where).to.contain('\u2068Zutphen\u2069');
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('finder over several feeds in src', () => {
  it('shows them together, says which Taalhuis offers what, and counts the feeds', async () => {
    const events: CustomEvent[] = [];
    const el = await fixture<TaalProgrammeFinder>(
      html`<taal-programme-finder
        src=${`${FEED_URL} ${DEVENTER_URL}\n${APELDOORN_URL}`}
        .now=${NOW}
        @taal-feed-loaded=${(e: CustomEvent) => events.push(e)}
      ></taal-programme-finder>`,
    );
    await cardsShown(el);
    expect($(el, '[part="place-chooser"]')).to.equal(null);
    await search(el, 'taalcafé');
    await waitUntil(
      () => ['Taalcafé Deventer', 'Taalcafé Apeldoorn'].every((t) => titles(el).includes(t)),
      'taalcafés of three feeds',
    );
    expect(publisherOf(el, 'Taalcafé Apeldoorn')).to.contain('CODA Apeldoorn');
    expect(events.at(-1)!.detail.feeds).to.equal(3);
  });
});
