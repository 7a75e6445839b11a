import '../support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';
import {
  $,
  $$,
  FEED_URL,
  NOW,
  mountFinder,
  resetLocale,
  resultCount,
  search,
  textOf,
  titles,
} from './helpers.js';

/** The card whose title contains `title`. */
const card = (el: HTMLElement, title: string) =>
  $$(el, '[part~="result-card"]').find((c) =>
    textOf(c.querySelector('[part="result-card-title"]')).includes(title),
  )!;

describe('taal-programme-finder: results', () => {
  it('sorts by the next meeting by default; programmes without dates come after', async () => {
    const el = await mountFinder();
    expect(titles(el)).to.deep.equal([
      'Voor ’t Zelfde Geld',
      'NT2 B1-route',
      'Digisterker: werken met DigiD',
      'Taalcafé Centrum',
      'Vrouwengroep Samen Sterk',
      'Oefenen.nl thuis',
      'VoorleesExpress',
    ]);
  });

  it('sorts A to Z on request', async () => {
    const el = await mountFinder();
    const select = $<HTMLSelectElement>(el, '[part="sort"] select')!;
    select.value = 'title';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Digisterker: werken met DigiD',
      'NT2 B1-route',
      'Oefenen.nl thuis',
      'Taalcafé Centrum',
      'Voor ’t Zelfde Geld',
      'VoorleesExpress',
      'Vrouwengroep Samen Sterk',
    ]);
  });

  it('offers "nearest first" only when the feed has coordinates, and sorts by distance once location is allowed', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    geolocation.getCurrentPosition = (success: PositionCallback) =>
      success({ coords: { latitude: 52.138, longitude: 6.231 } } as GeolocationPosition);
    try {
      const el = await mountFinder();
      const select = $<HTMLSelectElement>(el, '[part="sort"] select')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['next', 'title', 'distance']);
      select.value = 'distance';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el).slice(0, 3)).to.deep.equal([
        'Digisterker: werken met DigiD',
        'Taalcafé Centrum',
        'NT2 B1-route',
      ]);
      expect(textOf(card(el, 'Taalcafé').querySelector('.distance'))).to.match(/^2,\d km$/);
    } finally {
      geolocation.getCurrentPosition = original;
    }
  });

  it('keeps the order and says so when the visitor does not share their location', async () => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition;
    geolocation.getCurrentPosition = (_success: PositionCallback, error?: PositionErrorCallback | null) =>
      error?.({ code: 1, message: 'denied' } as GeolocationPositionError);
    try {
      const el = await mountFinder();
      const select = $<HTMLSelectElement>(el, '[part="sort"] select')!;
      select.value = 'distance';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(select.value).to.equal('next');
      expect(textOf($(el, '.geo-message'))).to.contain('We weten niet waar je bent');
      expect(titles(el)[0]).to.equal('Voor ’t Zelfde Geld');
    } finally {
      geolocation.getCurrentPosition = original;
    }
  });

  it('shows title, organisation, summary, next meeting, place and cost on a card', async () => {
    const el = await mountFinder();
    const cafe = card(el, 'Taalcafé');
    expect(textOf(cafe.querySelector('.card-org'))).to.equal('Bibliotheek Testdorp · Taalcafé');
    expect(textOf(cafe.querySelector('.card-summary'))).to.equal(
      'Elke donderdag praten met anderen. Gewoon binnenlopen.',
    );
    expect(textOf(cafe)).to.contain('Volgende keer: donderdag 14 januari, 14:00–16:00');
    expect(textOf(cafe)).to.contain('Bibliotheek Centrum');
    expect(textOf(cafe.querySelector('.badge.free'))).to.equal('Gratis');
    expect(textOf(card(el, 'Voor ’t Zelfde').querySelector('.badge.cost'))).to.match(/^€\s?25$/);
  });

  it('gives each card title a heading', async () => {
    const el = await mountFinder();
    const heading = card(el, 'Taalcafé').querySelector('h3')!;
    expect(heading.getAttribute('part')).to.equal('result-card-title');
    expect(heading.querySelector('button, a')).to.exist;
  });

  it('shows the next meeting in Amsterdam time, in the UI language', async () => {
    const el = await mountFinder({ locale: 'en' });
    try {
      expect(textOf(card(el, 'Digisterker'))).to.match(/Wednesday(,)? (13 January|January 13)/);
      expect(textOf(card(el, 'Digisterker'))).to.match(/19:00|7:00/);
    } finally {
      await resetLocale();
    }
  });

  it('says "now" for a meeting that is running', async () => {
    const el = await mountFinder({ now: new Date('2027-01-14T15:00:00+01:00') });
    expect(textOf(card(el, 'Taalcafé'))).to.contain('Nu bezig, tot 16:00');
  });

  it('marks a cancelled meeting on the card', async () => {
    const el = await mountFinder();
    const cancelled = card(el, 'Voor ’t Zelfde').querySelector('.cancelled')!;
    expect(textOf(cancelled)).to.equal('Gaat niet door: dinsdag 19 januari, 10:00–12:00');
  });

  it('shows places left, full with a waiting list, and languages of help as badges', async () => {
    const el = await mountFinder();
    expect(textOf(card(el, 'Digisterker').querySelector('.badge.capacity'))).to.equal('Nog 3 plekken vrij');
    expect(textOf(card(el, 'NT2').querySelector('.badge.capacity'))).to.equal('Nog 1 plek vrij');
    expect(textOf(card(el, 'Voor ’t Zelfde').querySelector('.badge.capacity'))).to.equal(
      'Vol, wel een wachtlijst',
    );
    expect(textOf(card(el, 'Taalcafé').querySelector('.badge.languages'))).to.equal(
      'Hulp in: Arabisch en Tigrinya',
    );
  });

  it('hides ended programmes, and shows them on request', async () => {
    const el = await mountFinder();
    expect(titles(el)).not.to.include('Zomertaalschool 2026');
    const toggle = $<HTMLInputElement>(el, '#show-ended')!;
    expect(textOf(toggle.parentElement)).to.contain('1');
    toggle.click();
    await el.updateComplete;
    expect(titles(el).at(-1)).to.equal('Zomertaalschool 2026');
    expect(textOf(card(el, 'Zomertaalschool').querySelector('.ended-badge'))).to.equal('Afgelopen');
  });

  it('shows twenty cards at a time and moves focus to the first new one on "show more"', async () => {
    const el = await fixture<TaalProgrammeFinder>(
      html`<taal-programme-finder
        src="/examples/feeds/aanbod.json?results-more"
        .now=${new Date('2026-11-28T12:00:00+01:00')}
      ></taal-programme-finder>`,
    );
    await waitUntil(() => $(el, '[part~="result-card"]'), 'results', { timeout: 8000 });
    expect($$(el, '[part~="result-card"]')).to.have.length(20);
    expect(textOf($(el, '.more-count'))).to.equal(`20 van ${resultCount(el)} getoond`);
    $(el, '[part="show-more"]')!.click();
    await el.updateComplete;
    expect($$(el, '[part~="result-card"]')).to.have.length(40);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-position="20"] .card-link'));
  });

  it("ranks programmes that match the goal picker's goals first, with a badge, and filters its domains", async () => {
    const el = await mountFinder();
    el.goalSteering = { domains: ['digital-skills', 'leisure-social'], goals: ['leisure-small-talk'] };
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Taalcafé Centrum',
      'Digisterker: werken met DigiD',
      'Vrouwengroep Samen Sterk',
      'Oefenen.nl thuis',
    ]);
    expect(textOf(card(el, 'Taalcafé').querySelector('.badge.goal'))).to.equal('Past bij je leerdoelen');
    expect(card(el, 'Digisterker').querySelector('.badge.goal')).to.equal(null);
    // The domains show as chips the visitor can remove.
    expect($$(el, '[part="chip"]').map(textOf)).to.deep.equal([
      'Computer en telefoon',
      'Vrije tijd en mensen ontmoeten',
    ]);
    $$(el, '[part="chip"]')[0].click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Taalcafé Centrum', 'Vrouwengroep Samen Sterk']);
  });

  it('applies a goalSteering set before the finder is on the page', async () => {
    const early = document.createElement('div');
    early.innerHTML = '<taal-programme-finder></taal-programme-finder>';
    const el = early.firstElementChild as TaalProgrammeFinder;
    expect(el.goalSteering).to.equal(null);
    el.goalSteering = { domains: ['parenting'], goals: [] };
    el.now = NOW;
    el.src = FEED_URL;
    document.body.append(early);
    try {
      await waitUntil(() => $(el, '[part~="result-card"]'), 'results', { timeout: 8000 });
      expect(titles(el)).to.deep.equal(['VoorleesExpress']);
    } finally {
      early.remove();
    }
  });

  it('is accessible with results', async () => {
    const el = await mountFinder();
    await search(el, 'bibliotheek');
    await expect(el).to.be.accessible();
  });
});
