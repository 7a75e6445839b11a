import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import {
  $,
  $$,
  mountFinder,
  offered,
  option,
  resultCount,
  search,
  textOf,
  titles,
  toggleFilter,
} from './helpers.js';

describe('taal-programme-finder: filters', () => {
  it('groups the filters as fieldsets with a legend', async () => {
    const el = await mountFinder();
    const legends = $$(el, 'fieldset[part="filter-group"] > legend').map(textOf);
    expect(legends).to.include.members([
      'Onderwerp',
      'Dag',
      'Niveau Nederlands',
      'Hulp in je eigen taal',
      'Thema',
    ]);
  });

  it('offers only the domains in the feed, each with an icon and its count', async () => {
    const el = await mountFinder();
    expect(offered(el, 'domain')).to.deep.equal({
      'work-education': 1,
      'integration-naturalisation': 1,
      parenting: 1,
      'health-exercise': 1,
      'arranging-matters': 2,
      'leisure-social': 2,
      'digital-skills': 2,
      numeracy: 1,
    });
    expect(option(el, 'domain', 'numeracy')!.parentElement!.querySelector('svg.domain-icon')).to.exist;
  });

  it('filters on a domain', async () => {
    const el = await mountFinder();
    await toggleFilter(el, 'domain', 'digital-skills');
    expect(titles(el)).to.deep.equal(['Digisterker: werken met DigiD', 'Oefenen.nl thuis']);
  });

  it('offers the themes of social guidance present, with counts', async () => {
    const el = await mountFinder();
    expect(offered(el, 'theme')).to.deep.equal({
      integration: 1,
      'finance-administration': 1,
      family: 1,
      'social-network': 2,
      participation: 1,
    });
    await toggleFilter(el, 'theme', 'family');
    expect(titles(el)).to.deep.equal(['VoorleesExpress']);
  });

  it('filters on the kind of programme', async () => {
    const el = await mountFinder();
    expect(offered(el, 'kind')).to.deep.equal({
      course: 3,
      'language-cafe': 1,
      'drop-in': 1,
      'reading-at-home': 1,
      'self-study': 1,
    });
    await toggleFilter(el, 'kind', 'language-cafe');
    expect(titles(el)).to.deep.equal(['Taalcafé Centrum']);
  });

  it('filters in person or online, a hybrid programme counting as both', async () => {
    const el = await mountFinder();
    expect(offered(el, 'format')).to.deep.equal({ 'in-person': 6, online: 2 });
    await toggleFilter(el, 'format', 'online');
    expect(titles(el)).to.deep.equal(['NT2 B1-route', 'Oefenen.nl thuis']);
  });

  it('shows only free programmes when asked', async () => {
    const el = await mountFinder();
    expect(offered(el, 'free')).to.deep.equal({ free: 5 });
    await toggleFilter(el, 'free', 'free');
    expect(resultCount(el)).to.equal(5);
    expect(titles(el)).not.to.include('Voor ’t Zelfde Geld');
  });

  it('filters on the day of the week and the part of the day', async () => {
    const el = await mountFinder();
    expect(offered(el, 'day')).to.deep.equal({ mon: 1, tue: 1, wed: 2, thu: 1, fri: 1 });
    expect(offered(el, 'part')).to.deep.equal({ morning: 3, afternoon: 1, evening: 1 });
    await toggleFilter(el, 'day', 'wed');
    expect(titles(el)).to.deep.equal(['NT2 B1-route', 'Digisterker: werken met DigiD']);
    await toggleFilter(el, 'part', 'evening');
    expect(titles(el)).to.deep.equal(['Digisterker: werken met DigiD']);
    // The counts follow: with Wednesday chosen, only its parts of the day are left.
    expect(offered(el, 'part')).to.deep.equal({ morning: 1, afternoon: 0, evening: 1 });
  });

  it('filters on location and on organisation', async () => {
    const el = await mountFinder();
    expect(offered(el, 'location')).to.deep.equal({
      buurthuis: 2,
      centrum: 1,
      warnsveld: 1,
      'school-oost': 1,
    });
    expect(offered(el, 'organisation')).to.deep.equal({ bieb: 2, '@publisher': 1, school: 1, welzijn: 3 });
    await toggleFilter(el, 'location', 'buurthuis');
    expect(titles(el)).to.deep.equal(['Voor ’t Zelfde Geld', 'Vrouwengroep Samen Sterk']);
    await toggleFilter(el, 'location', 'buurthuis');
    await toggleFilter(el, 'organisation', '@publisher');
    expect(titles(el)).to.deep.equal(['Oefenen.nl thuis']);
  });

  it('explains each CEFR level in plain words', async () => {
    const el = await mountFinder();
    const a0 = option(el, 'level', 'A0')!;
    const hint = $(el, `#${a0.getAttribute('aria-describedby')}`);
    expect(textOf(hint)).to.equal('Je leert de letters en je eerste woorden.');
    // Only the levels the feed's programmes cover are offered (none goes up to C1).
    expect(Object.keys(offered(el, 'level'))).to.deep.equal(['A0', 'A1', 'A2', 'B1', 'B2']);
    await toggleFilter(el, 'level', 'A0');
    // Two programmes start at A0; the one without a level is open to every level.
    expect(titles(el)).to.deep.equal(['Vrouwengroep Samen Sterk', 'Oefenen.nl thuis', 'VoorleesExpress']);
  });

  it('explains the integration routes plainly and filters on them', async () => {
    const el = await mountFinder();
    expect(offered(el, 'route')).to.deep.equal({ b1: 2, education: 1, z: 1 });
    const z = option(el, 'route', 'z')!;
    expect(textOf($(el, `#${z.getAttribute('aria-describedby')}`))).to.contain('Zonder examen');
    await toggleFilter(el, 'route', 'z');
    expect(titles(el)).to.deep.equal(['Voor ’t Zelfde Geld']);
  });

  it('filters on the language someone helps in, naming each language also in itself', async () => {
    const el = await mountFinder();
    expect(offered(el, 'language')).to.deep.equal({ ar: 3, so: 1, ti: 1, uk: 1 });
    const arabic = option(el, 'language', 'ar')!.parentElement!;
    expect(textOf(arabic.querySelector('label'))).to.contain('Arabisch');
    expect(arabic.querySelector('[lang="ar"]')!.textContent).to.equal('العربية');
    await toggleFilter(el, 'language', 'so');
    expect(titles(el)).to.deep.equal(['VoorleesExpress']);
  });

  it('filters on the way of learning, with a plain explanation', async () => {
    const el = await mountFinder();
    expect(offered(el, 'learning')).to.deep.equal({ informal: 3, 'non-formal': 3, formal: 1 });
    const formal = option(el, 'learning', 'formal')!;
    expect(textOf($(el, `#${formal.getAttribute('aria-describedby')}`))).to.contain('examen');
    await toggleFilter(el, 'learning', 'formal');
    expect(titles(el)).to.deep.equal(['NT2 B1-route']);
  });

  it('shows chosen filters as chips; a chip removes its filter and focus moves to the next chip', async () => {
    const el = await mountFinder();
    await toggleFilter(el, 'day', 'wed');
    await toggleFilter(el, 'free', 'free');
    const chips = $$(el, '[part="chip"]');
    expect(chips.map(textOf)).to.deep.equal(['Alleen gratis', 'Woensdag']);
    expect(chips[0].getAttribute('aria-label')).to.equal('Filter weghalen: Alleen gratis');
    chips[0].click();
    await el.updateComplete;
    expect($$(el, '[part="chip"]').map(textOf)).to.deep.equal(['Woensdag']);
    expect(option(el, 'free', 'free')!.checked).to.equal(false);
    expect(resultCount(el)).to.equal(2);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="chip"]'));
  });

  it('clears every filter and the search with one button', async () => {
    const el = await mountFinder();
    await search(el, 'bibliotheek');
    await toggleFilter(el, 'day', 'thu');
    expect(resultCount(el)).to.equal(1);
    $(el, '[part="clear-all"]')!.click();
    await el.updateComplete;
    expect(resultCount(el)).to.equal(7);
    expect($(el, '[part="chip"]')).to.equal(null);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
  });

  it('when nothing matches, names the filter to remove and removes it on request', async () => {
    const el = await mountFinder();
    await toggleFilter(el, 'day', 'fri');
    await toggleFilter(el, 'kind', 'course');
    const empty = $(el, '[part="empty"]')!;
    expect(textOf(empty)).to.contain('Geen activiteiten gevonden.');
    expect(textOf(empty)).to.contain('Tip: haal het filter “Vrijdag” weg. Dan vind je 3 activiteiten.');
    await expect(el).to.be.accessible();
    empty.querySelector<HTMLButtonElement>('button.button')!.click();
    await el.updateComplete;
    expect(resultCount(el)).to.equal(3);
    expect($$(el, '[part="chip"]').map(textOf)).to.deep.equal(['Cursus']);
  });

  it('on a narrow container the filters fold into a panel behind a disclosure button', async () => {
    const el = await mountFinder();
    el.style.inlineSize = '360px';
    await el.updateComplete;
    const toggle = $<HTMLButtonElement>(el, '[part="filter-toggle"]')!;
    const panel = $(el, '[part="filters"]')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(panel).display).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).not.to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('on a wide container the filters stand beside the results, without the toggle', async () => {
    const el = await mountFinder();
    el.style.inlineSize = '1100px';
    await el.updateComplete;
    expect(getComputedStyle($(el, '[part="filter-toggle"]')!).display).to.equal('none');
    const panel = $(el, '[part="filters"]')!.getBoundingClientRect();
    const results = $(el, '[part="results"]')!.getBoundingClientRect();
    expect(panel.right).to.be.at.most(results.left);
  });
});
