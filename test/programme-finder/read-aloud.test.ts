import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { installSpeech, restoreSpeech, voice } from '../support/fake-speech.js';
import { $, $$, mountFinder, openProgramme, resetLocale, textOf } from './helpers.js';
import type { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';

function cardOf(el: TaalProgrammeFinder, title: string): HTMLElement {
  const card = $$(el, '[part="result-card"]').find((c) => textOf(c).includes(title));
  if (!card) throw new Error(`no card ${title}`);
  return card;
}
const readButton = (root: Element) => root.querySelector<HTMLButtonElement>('[part="read-aloud"]');

describe('taal-programme-finder: read aloud', function () {
  // axe over a whole list of cards takes a while on a busy machine.
  this.timeout(30_000);
  afterEach(async () => {
    restoreSpeech();
    await resetLocale();
  });

  it('reads a card as it shows it, in Dutch, and a second press stops', async () => {
    const speech = installSpeech([voice('en-US'), voice('nl-NL')]);
    const el = await mountFinder();
    const cards = $$(el, '[part="result-card"]');
    expect(cards.map((c) => readButton(c))).to.not.include(null);
    const card = cardOf(el, 'Taalcafé Centrum');
    const button = readButton(card)!;
    expect(textOf(button)).to.equal('Lees voor: Taalcafé Centrum');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(speech.spoken.length).to.be.greaterThan(0);
    const said = speech.said.map((s) => s.text).join(' ');
    expect(said).to.match(/^Taalcafé Centrum\. /);
    expect(said).to.contain('Elke donderdag praten met anderen');
    expect(said).to.contain(textOf(card.querySelector('.facts li')));
    expect(said).to.contain('Gratis');
    expect(said).to.contain('Waar: Bibliotheek Centrum');
    expect(speech.said.every((s) => s.lang === 'nl-NL')).to.equal(true);
    expect(readButton(cardOf(el, 'Taalcafé Centrum'))!.getAttribute('aria-pressed')).to.equal('true');
    expect(readButton(cardOf(el, 'Taalcafé Centrum'))!.classList.contains('speaking')).to.equal(true);

    const cancelsBefore = speech.cancelled;
    readButton(cardOf(el, 'Taalcafé Centrum'))!.click();
    await el.updateComplete;
    expect(speech.cancelled).to.equal(cancelsBefore + 1);
    expect(readButton(cardOf(el, 'Taalcafé Centrum'))!.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows it stopped speaking when the last sentence ends', async () => {
    const speech = installSpeech([voice('nl-NL')]);
    const el = await mountFinder();
    readButton(cardOf(el, 'Taalcafé Centrum'))!.click();
    await el.updateComplete;
    speech.spoken.at(-1)!.dispatchEvent(new Event('end'));
    await el.updateComplete;
    expect(readButton(cardOf(el, 'Taalcafé Centrum'))!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('reads Dutch names and fallback text with a Dutch voice inside Arabic', async () => {
    const speech = installSpeech([voice('ar-SA'), voice('nl-NL')]);
    const el = await mountFinder({ locale: 'ar' });
    readButton(cardOf(el, 'Voor ’t Zelfde Geld'))!.click();
    await el.updateComplete;
    const said = speech.said;
    expect(said[0]).to.deep.equal({ text: 'Voor ’t Zelfde Geld', lang: 'nl-NL' });
    expect(said.some((s) => s.lang === 'ar-SA')).to.equal(true);
    // Arabic sentences are read by the Arabic voice, Dutch text by the Dutch one, never mixed.
    for (const part of said) {
      if (/[\u0600-\u06ff]/.test(part.text)) expect(part.lang, part.text).to.equal('ar-SA');
      else if (/[a-z]{4}/i.test(part.text)) expect(part.lang, part.text).to.equal('nl-NL');
    }
    // The Arabic title of the taalcafé is read in Arabic.
    readButton(cardOf(el, 'مقهى اللغة'))!.click();
    await el.updateComplete;
    expect(speech.said.find((s) => s.text.startsWith('مقهى اللغة'))?.lang).to.equal('ar-SA');
    await expect(el).to.be.accessible();
  });

  it('reads the detail view: when, cost, where with the address, and how to sign up', async () => {
    const speech = installSpeech([voice('nl-NL')]);
    const el = await mountFinder();
    await openProgramme(el, 'Taalcafé');
    readButton($(el, '[part="detail"]')!)!.click();
    await el.updateComplete;
    const said = speech.said.map((s) => s.text).join(' ');
    expect(said).to.contain('Taalcafé Centrum');
    expect(said).to.contain('Elke donderdag, 14:00 – 16:00');
    expect(said).to.contain('Gratis');
    expect(said).to.contain('Waar: Bibliotheek Centrum. Marktplein 1, 7201 AB Testdorp');
    expect(said).to.contain('Je hoeft je niet aan te melden. Je kunt gewoon komen.');
  });

  it('hides the control without a voice for the UI language and says so once (Tigrinya)', async () => {
    installSpeech([voice('nl-NL'), voice('en-GB')]);
    const el = await mountFinder({ locale: 'ti' });
    expect($$(el, '[part="read-aloud"]')).to.have.length(0);
    const notices = $$(el, '[part="no-voice"]');
    expect(notices).to.have.length(1);
    expect(textOf(notices[0])).to.not.equal('');
    await openProgramme(el, 'Digisterker');
    expect($$(el, '[part="read-aloud"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says nothing about voices while the browser has told none (no speech at all)', async () => {
    installSpeech([]);
    const el = await mountFinder({ locale: 'so' });
    expect($$(el, '[part="read-aloud"]')).to.have.length(0);
    expect($$(el, '[part="no-voice"]')).to.have.length(0);
  });

  it('lets only one thing speak on the page: another widget starting stops the first', async () => {
    const speech = installSpeech([voice('nl-NL')]);
    const first = await mountFinder();
    const second = await mountFinder();
    readButton(cardOf(first, 'Taalcafé Centrum'))!.click();
    await first.updateComplete;
    expect(readButton(cardOf(first, 'Taalcafé Centrum'))!.getAttribute('aria-pressed')).to.equal('true');
    const cancels = speech.cancelled;
    readButton(cardOf(second, 'VoorleesExpress'))!.click();
    await waitUntil(
      () => readButton(cardOf(first, 'Taalcafé Centrum'))!.getAttribute('aria-pressed') === 'false',
      'first finder stopped',
    );
    expect(speech.cancelled).to.be.greaterThan(cancels);
    expect(readButton(cardOf(second, 'VoorleesExpress'))!.getAttribute('aria-pressed')).to.equal('true');
  });
});
