import '../support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { waitUntil } from '../support/wait.js';
import '../../src/offer-overview/define.js';
import type { TaalOfferOverview } from '../../src/offer-overview/offer-overview.js';
import { switchLocale } from '../../src/localization/localization.js';
import { NOW, ONLINE_FEED, SMALL_FEED } from './fixture-feeds.js';
import { REGION_URL } from '../programme-finder/region-fixture.js';

const blobUrl = (data: unknown) =>
  URL.createObjectURL(
    new Blob([typeof data === 'string' ? data : JSON.stringify(data)], { type: 'application/json' }),
  );
const SMALL_URL = blobUrl(SMALL_FEED);

async function mount(
  options: { src?: string; locale?: string; finder?: string; waitFor?: string } = {},
): Promise<TaalOfferOverview> {
  const el = await fixture<TaalOfferOverview>(
    html`<taal-offer-overview
      locale=${options.locale ?? nothing}
      finder=${options.finder ?? nothing}
      .now=${NOW}
      src=${options.src ?? SMALL_URL}
    ></taal-offer-overview>`,
  );
  if (options.locale) await waitUntil(() => el.getAttribute('lang') === options.locale, 'locale applied');
  await waitUntil(() => el.shadowRoot!.querySelector(options.waitFor ?? 'table, [part="error"]'), 'shown', {
    timeout: 8000,
  });
  await el.updateComplete;
  return el;
}

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The count in the cell of the row headed `row` and the column headed `column` of `table`. */
function cell(table: HTMLTableElement, row: string, column: string): string {
  const headers = [...table.tHead!.rows[0].cells].map((c) => text(c));
  const col = headers.indexOf(column);
  expect(col, `column ${column} in ${headers.join(' | ')}`).to.be.above(0);
  const rows = [...table.querySelectorAll('tbody tr, tfoot tr')] as HTMLTableRowElement[];
  const found = rows.find((r) => text(r.cells[0]) === row);
  expect(found, `row ${row}`).to.exist;
  return text(found!.cells[col]);
}

describe('<taal-offer-overview>', () => {
  afterEach(async () => {
    await switchLocale('nl');
  });

  it('counts route x domain in a table whose headers name route and domain (nl)', async () => {
    const el = await mount();
    const table = $$(el, 'table')[0] as HTMLTableElement;
    expect(cell(table, 'Computer en telefoon', 'B1-route')).to.equal('1');
    expect(cell(table, 'Computer en telefoon', 'Z-route')).to.equal('1');
    expect(cell(table, 'Rekenen', 'Onderwijsroute')).to.equal('1');
    expect(cell(table, 'Opvoeding', 'Z-route')).to.equal('0');
    expect(cell(table, "Alle programma's", 'Totaal')).to.equal('4');
    expect(table.querySelectorAll('th[scope="row"]').length).to.equal(9);
    expect(text($(el, '[part="summary"]'))).to.contain('1 beëindigd programma niet meegeteld');
    expect(text($(el, '[part="summary"]'))).to.contain('Ongeldig in de feed en overgeslagen: 1');
    await expect(el).to.be.accessible();
  });

  it('states the gaps plainly', async () => {
    const el = await mount();
    const gaps = $$(el, '[part="gap"]').map(text);
    expect(gaps).to.include(
      'Geen aanbod voor de Onderwijsroute in: Werk en opleiding, Inburgering en naturalisatie, Vrije tijd en mensen ontmoeten en Computer en telefoon.',
    );
    expect(gaps).to.include('Niets op vrijdag, zaterdag en zondag.');
    expect(gaps).to.include('Niets in de middag.');
    expect(gaps.some((g) => g.startsWith('Geen hulp in het ') && g.includes('Turks'))).to.equal(true);
  });

  it('links each count to the finder filtered that way when a finder is named', async () => {
    const el = await mount({ finder: 'aanbod' });
    const links = $$(el, 'a[part="count-link"]').map((a) => a.getAttribute('href'));
    expect(links).to.include('#aanbod.route=z&aanbod.domain=digital-skills');
    expect(links).to.include('#aanbod.learning=formal&aanbod.domain=work-education');
    const none = await mount();
    expect($$(none, 'a[part="count-link"]')).to.have.length(0);
  });

  it('draws a QR code to the finder page as an SVG image with a text alternative', async () => {
    const el = await mount({ finder: 'https://bieb.example/zoeken#aanbod' });
    await waitUntil(() => $(el, '[part="qr"] svg path'), 'QR code drawn');
    const qr = $(el, '[part="qr"] svg')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.contain('https://bieb.example/zoeken#aanbod');
  });

  it('is accessible in Arabic, right to left, with translated headers', async () => {
    const el = await mount({ locale: 'ar', waitFor: 'table' });
    await waitUntil(() => text($(el, 'thead th')) === 'المجال', 'Arabic headers');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('says so when nothing names a route or theme and all is online', async () => {
    const el = await mount({ src: blobUrl(ONLINE_FEED) });
    const gaps = $$(el, '[part="gap"]').map(text);
    expect(gaps.some((g) => g.startsWith('Geen enkel programma noemt een leerroute'))).to.equal(true);
    expect(gaps.some((g) => g.startsWith('Alles is online'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry button for a feed that is not JSON', async () => {
    const el = await mount({ src: blobUrl('{ not json') });
    expect($(el, '[part="error"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('counts a whole region: every shard that loads, under the region name', async () => {
    const el = await mount({ src: REGION_URL });
    expect(text($(el, '.title'))).to.equal('Regio Stedendriehoek (test)');
    // Testdorp's fixture, Deventer and Apeldoorn load; Lochem's shard is gone.
    const organisations = text($(el, '.section.wide'));
    expect(organisations).to.contain('Bibliotheek Deventer');
    expect(organisations).to.contain('CODA Apeldoorn');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the counts of an inline feed (the offline file) the same way', async () => {
    const el = await fixture<TaalOfferOverview>(
      html`<taal-offer-overview .now=${NOW} .feedText=${JSON.stringify(SMALL_FEED)}></taal-offer-overview>`,
    );
    await el.updateComplete;
    const table = $$(el, 'table')[0] as HTMLTableElement;
    expect(cell(table, "Alle programma's", 'Totaal')).to.equal('4');
  });

  it('in print, shows no print button and no table cut off sideways', async () => {
    const el = await mount();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '[part="print-button"]')!).display).to.equal('none');
      for (const wrap of $$(el, '.table-wrap')) {
        expect(wrap.scrollWidth, 'table fits its box').to.be.at.most(wrap.clientWidth + 1);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
