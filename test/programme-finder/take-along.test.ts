import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import 'jsqr/dist/jsQR.js';
import type jsQRType from 'jsqr';
import { waitUntil } from '../support/wait.js';
import { $, mountFinder, openProgramme, resetLocale, textOf } from './helpers.js';
import type { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';

// jsQR is a UMD bundle: imported for its side effect, it sets `window.jsQR`.
const jsQR = (window as unknown as { jsQR: typeof jsQRType }).jsQR;

/** Draws the QR code's SVG on a canvas, as a phone camera would see it, and decodes it. */
async function decodeQr(svgElement: SVGSVGElement): Promise<string | undefined> {
  const markup = new XMLSerializer().serializeToString(svgElement);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image(400, 400);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 400, 400);
    context.drawImage(image, 0, 0, 400, 400);
    const { data } = context.getImageData(0, 0, 400, 400);
    return jsQR(data, 400, 400)?.data;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function openTakeAlong(el: TaalProgrammeFinder, title: string): Promise<HTMLElement> {
  await openProgramme(el, title);
  $(el, '[part="take-along"]')!.click();
  await waitUntil(() => $(el, '[part="take-along-card"]'), 'take-along card shown');
  await waitUntil(() => $(el, '[part="qr"]'), 'QR code made', { timeout: 8000 });
  return $<HTMLElement>(el, '[part="take-along-card"]')!;
}

describe('taal-programme-finder: take-along card', () => {
  let savedHash = '';
  beforeEach(() => {
    savedHash = location.hash;
  });
  afterEach(async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${savedHash}`);
    await resetLocale();
  });

  it('shows when, where, cost, sign-up and the publisher, and a QR code of the sign-up page', async () => {
    const el = await mountFinder();
    const card = await openTakeAlong(el, 'Digisterker');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#take-along-title'));
    const text = textOf(card);
    expect(textOf($(el, '#take-along-title'))).to.equal('Digisterker: werken met DigiD');
    expect(text).to.contain('Wanneer');
    expect(text).to.contain('Waar');
    expect(text).to.contain('Kosten');
    expect(text).to.contain('Je moet je aanmelden.');
    expect(text).to.contain('https://bieb.example.nl/aanmelden');
    expect(text).to.contain('Taalhuis Testdorp');
    // In a Dutch UI the title is not repeated "in Dutch".
    expect(card.querySelector('.ta-dutch')).to.equal(null);
    const qr = $<SVGSVGElement>(el, '[part="qr"]')!;
    expect(qr.tagName.toLowerCase()).to.equal('svg');
    expect(await decodeQr(qr)).to.equal('https://bieb.example.nl/aanmelden');
    await expect(el).to.be.accessible();
  });

  it('encodes the deep link to the programme when the page keeps the finder in its URL', async () => {
    const el = await mountFinder({ urlState: true });
    await openTakeAlong(el, 'Taalcafé');
    const decoded = await decodeQr($<SVGSVGElement>(el, '[part="qr"]')!);
    expect(decoded).to.be.a('string');
    expect(decoded!.startsWith(location.href.split('#')[0])).to.equal(true);
    expect(decoded).to.contain('#');
    expect(decoded).to.contain('taalcafe');
  });

  it('falls back to the page address when there is no deep link and no sign-up page', async () => {
    const el = await mountFinder();
    await openTakeAlong(el, 'Taalcafé');
    expect(await decodeQr($<SVGSVGElement>(el, '[part="qr"]')!)).to.equal(location.href);
  });

  it('gives the title in the UI language and in Dutch, isolated, in Arabic', async () => {
    const el = await mountFinder({ locale: 'ar' });
    const card = await openTakeAlong(el, 'مقهى اللغة');
    expect(textOf($(el, '#take-along-title'))).to.equal('مقهى اللغة');
    const dutch = card.querySelector('.ta-dutch bdi')!;
    expect(dutch.getAttribute('lang')).to.equal('nl');
    expect(dutch.getAttribute('dir')).to.equal('ltr');
    expect(textOf(dutch)).to.equal('Taalcafé Centrum');
    const address = card.querySelector('.ta-address')!;
    expect(address.getAttribute('dir')).to.equal('ltr');
    expect(textOf(address)).to.contain('Marktplein 1');
    await expect(el).to.be.accessible();
  });

  it('is accessible in Tigrinya, and Escape goes back to the details with focus on the button', async () => {
    const el = await mountFinder({ locale: 'ti' });
    const card = await openTakeAlong(el, 'Digisterker');
    await expect(el).to.be.accessible();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => $(el, '[part="detail"]'), 'details back');
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="take-along"]'), 'focus back');
  });
});
