import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { $, $$, mountFinder, openProgramme, search, textOf, titles, toggleFilter } from './helpers.js';

describe('taal-programme-finder: detail view', () => {
  let savedHash = '';
  beforeEach(() => {
    savedHash = location.hash;
  });
  afterEach(() => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${savedHash}`);
  });

  it('shows the full description, all upcoming meetings and moves focus to the title', async () => {
    const el = await mountFinder();
    await openProgramme(el, 'Taalcafé');
    const detail = $(el, '[part="detail"]')!;
    const title = $(el, '#detail-title')!;
    expect(title.tagName).to.equal('H2');
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect(textOf(detail)).to.contain('Koffie, thee en gesprekken in kleine groepjes.');
    expect(textOf(detail.querySelector('.weekly'))).to.equal('Elke donderdag, 14:00 – 16:00');
    const sessions = $$(el, '.session').map(textOf);
    expect(sessions[0]).to.equal('donderdag 14 januari, 14:00–16:00');
    expect(sessions[1]).to.equal('donderdag 21 januari, 14:00–16:00');
  });

  it('marks cancelled meetings in the list of meetings', async () => {
    const el = await mountFinder();
    await openProgramme(el, 'Voor ’t Zelfde');
    const sessions = $$(el, '.session');
    expect(sessions).to.have.length(3);
    expect(sessions[1].classList.contains('cancelled')).to.equal(true);
    expect(textOf(sessions[1])).to.contain('Gaat niet door');
    expect(sessions[1].querySelector('s')).to.exist;
    expect(sessions[0].classList.contains('cancelled')).to.equal(false);
  });

  it('shows the address with an OpenStreetMap link and the accessibility of the place', async () => {
    const el = await mountFinder();
    await openProgramme(el, 'Taalcafé');
    expect(textOf($(el, 'address'))).to.equal('Marktplein 1 7201 AB Testdorp');
    const map = $<HTMLAnchorElement>(el, 'a[href^="https://www.openstreetmap.org/"]')!;
    expect(map.getAttribute('href')).to.equal(
      'https://www.openstreetmap.org/?mlat=52.14&mlon=6.2#map=17/52.14/6.2',
    );
    expect(map.rel).to.contain('noopener');
    expect(textOf($(el, '[part="detail"]'))).to.contain('Ingang zonder drempel en een lift.');
    // No map tiles or other images are loaded.
    expect($$(el, 'img, iframe')).to.have.length(0);
  });

  it('tells how to sign up: a website link, a phone number to call and an address to mail', async () => {
    const el = await mountFinder();
    await openProgramme(el, 'Digisterker');
    const links = $$<HTMLAnchorElement>(el, '.contact a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'https://bieb.example.nl/aanmelden',
      'tel:0575599010',
      'mailto:digi@bieb.example.nl',
    ]);
    expect(textOf($(el, '[part="detail"]'))).to.contain('Je moet je aanmelden.');
  });

  it('offers the meetings as a calendar file (.ics)', async () => {
    const el = await mountFinder();
    await openProgramme(el, 'Taalcafé');
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return original.call(URL, blob);
    };
    let download = '';
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      download = link.download;
      event.preventDefault();
    };
    el.shadowRoot!.addEventListener('click', onClick, true);
    try {
      const button = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === 'Zet in mijn agenda')!;
      button.click();
      expect(download).to.equal('taalcafe.ics');
      expect(created).to.have.length(1);
      const ics = await created[0].text();
      expect(ics).to.contain('BEGIN:VCALENDAR');
      expect(ics).to.contain('RRULE:FREQ=WEEKLY');
    } finally {
      URL.createObjectURL = original;
      el.shadowRoot!.removeEventListener('click', onClick, true);
    }
  });

  it('back to the results restores the list, its scroll position and focus on the card', async () => {
    const el = await mountFinder();
    await toggleFilter(el, 'free', 'free');
    const spacer = document.createElement('div');
    spacer.style.blockSize = '3000px';
    document.body.prepend(spacer);
    try {
      const link = $$(el, '.card-link').find((c) => textOf(c).includes('Vrouwengroep'))!;
      link.scrollIntoView({ block: 'center' });
      const scrolled = window.scrollY;
      expect(scrolled).to.be.greaterThan(1000);
      link.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '[part="detail"]'), 'detail');
      $(el, '[part="back-button"]')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '[part~="result-card"]'), 'list back');
      expect(Math.abs(window.scrollY - scrolled)).to.be.below(2);
      expect(textOf(el.shadowRoot!.activeElement)).to.equal('Vrouwengroep Samen Sterk');
      // The filter is still there.
      expect($$(el, '[part="chip"]').map(textOf)).to.deep.equal(['Alleen gratis']);
    } finally {
      spacer.remove();
    }
  });

  it('shows untrusted feed text as text and never follows an unsafe link', async () => {
    const feed = {
      feedVersion: 1,
      publisher: { name: 'Test' },
      programmes: [
        {
          id: 'x',
          title: '<img src=x onerror="window.hacked=1">Cursus',
          summary: '<b>vet</b>',
          kind: 'course',
          learning: 'formal',
          domains: ['numeracy'],
          format: 'online',
          cost: { free: true },
          registration: { required: true, url: 'javascript:window.hacked=1', email: 'a@b.nl' },
        },
      ],
    };
    const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    const el = await mountFinder({ src });
    expect(titles(el)).to.deep.equal(['<img src=x onerror="window.hacked=1">Cursus']);
    expect($$(el, 'img, b')).to.have.length(0);
    await openProgramme(el, 'Cursus');
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:a@b.nl']);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('is accessible in the detail view', async () => {
    const el = await mountFinder();
    await openProgramme(el, 'Digisterker');
    await expect(el).to.be.accessible();
  });

  it('with url-state, puts the search, filters and open programme in the hash, and the browser back button closes it', async () => {
    const el = await mountFinder({ urlState: true, id: 'zoeker' });
    await search(el, 'bibliotheek');
    await toggleFilter(el, 'day', 'thu');
    await waitUntil(() => location.hash.includes('zoeker.day=thu'), 'filters in the hash');
    await waitUntil(() => location.hash.includes('zoeker.q=bibliotheek'), 'search in the hash', {
      timeout: 2000,
    });
    const listHash = location.hash;

    const link = $<HTMLAnchorElement>(el, 'a.card-link')!;
    expect(link.getAttribute('href')).to.contain('zoeker.open=taalcafe');
    link.click();
    await waitUntil(() => $(el, '[part="detail"]'), 'detail');
    expect(location.hash).to.contain('zoeker.open=taalcafe');

    history.back();
    await waitUntil(() => $(el, '[part~="result-card"]'), 'back in the list', { timeout: 3000 });
    expect(location.hash).to.equal(listHash);
    expect(titles(el)).to.deep.equal(['Taalcafé Centrum']);
  });

  it('shares a link that opens this programme', async () => {
    const el = await mountFinder({ urlState: true });
    await openProgramme(el, 'Digisterker');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
      configurable: true,
    });
    try {
      $$<HTMLButtonElement>(el, 'button')
        .find((b) => textOf(b) === 'Deel deze activiteit')!
        .click();
      await waitUntil(() => $(el, '.share-message'), 'confirmation');
      expect(copied).to.have.length(1);
      expect(new URL(copied[0]).hash).to.equal('#finder.open=digisterker');
      expect(textOf($(el, '.share-message'))).to.contain('De link is gekopieerd');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).share;
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('with url-state, opens the state a shared link holds', async () => {
    history.replaceState(null, '', '#aanbod&finder.domain=digital-skills&finder.open=oefenen-online');
    const el = await mountFinder({ urlState: true, waitFor: '[part="detail"]' });
    expect(textOf($(el, '#detail-title'))).to.equal('Oefenen.nl thuis');
    $(el, '[part="back-button"]')!.click();
    await el.updateComplete;
    await waitUntil(() => $(el, '[part~="result-card"]'), 'list');
    expect(titles(el)).to.deep.equal(['Digisterker: werken met DigiD', 'Oefenen.nl thuis']);
    expect(location.hash).to.equal('#aanbod&finder.domain=digital-skills');
  });
});
