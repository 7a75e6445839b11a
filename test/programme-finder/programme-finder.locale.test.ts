import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { $, $$, mountFinder, openProgramme, resetLocale, textOf } from './helpers.js';

const card = (el: HTMLElement, title: string) =>
  $$(el, '[part~="result-card"]').find((c) =>
    textOf(c.querySelector('[part="result-card-title"]')).includes(title),
  )!;

describe('taal-programme-finder: languages and direction', () => {
  afterEach(resetLocale);

  it('shows feed text in the UI language where the feed has it, marked with its lang', async () => {
    const el = await mountFinder({ locale: 'en' });
    const title = card(el, 'Language café').querySelector('[part="result-card-title"] [lang]')!;
    expect(title.getAttribute('lang')).to.equal('en');
    expect(textOf(card(el, 'Language café').querySelector('.card-summary'))).to.equal(
      'Talk with others every Thursday. Just walk in.',
    );
  });

  it('marks Dutch-only text with lang="nl" and a small "in Dutch" hint in a non-Dutch UI', async () => {
    const el = await mountFinder({ locale: 'en' });
    const dutch = card(el, 'NT2 B1-route');
    expect(dutch.querySelector('[part="result-card-title"] [lang]')!.getAttribute('lang')).to.equal('nl');
    expect(dutch.querySelector('.card-summary')!.getAttribute('lang')).to.equal('nl');
    expect(dutch.querySelector('[part="dutch-hint"]')).to.exist;
    // Translated programmes get no hint.
    expect(card(el, 'Language café').querySelector('[part="dutch-hint"]')).to.equal(null);
  });

  it('shows no "in Dutch" hint in the Dutch UI', async () => {
    const el = await mountFinder();
    expect($(el, '[part="dutch-hint"]')).to.equal(null);
  });

  it('gives text in a right-to-left language its direction inside a Dutch UI', async () => {
    const el = await mountFinder();
    const summary = card(el, 'Vrouwengroep').querySelector('.card-summary')!;
    expect(summary.getAttribute('lang')).to.equal('ar');
    expect(summary.getAttribute('dir')).to.equal('rtl');
  });

  it('suggests help in the UI language and filters on it with one click', async () => {
    const el = await mountFinder({ locale: 'ar' });
    const suggestion = $(el, '[part="suggestion"] button')!;
    expect(textOf(suggestion.querySelector('.count'))).to.equal('3');
    suggestion.click();
    await el.updateComplete;
    expect($$(el, '[part~="result-card"]')).to.have.length(3);
    expect($$(el, '[part="chip"]')).to.have.length(1);
    expect($(el, '[part="suggestion"]')).to.equal(null);
  });

  it('lists the UI language first among the languages of help', async () => {
    const el = await mountFinder({ locale: 'uk' });
    expect(
      $$<HTMLInputElement>(el, 'input[data-facet="language"]').map((box) => box.dataset.value)[0],
    ).to.equal('uk');
  });

  it('mirrors in Arabic: dir="rtl" on the host and the cost badge on the left of the title', async () => {
    const el = await mountFinder({ locale: 'ar' });
    expect(el.getAttribute('dir')).to.equal('rtl');
    const first = $(el, '[part~="result-card"]')!;
    const badge = first.querySelector('.card-head [part="badge"]')!.getBoundingClientRect();
    const title = first.querySelector('[part="result-card-title"]')!.getBoundingClientRect();
    expect(badge.right).to.be.at.most(title.left);
    // The search icon sits at the inline start: on the right.
    const field = $(el, '.search-field')!.getBoundingClientRect();
    const icon = $(el, '.icon-search')!.getBoundingClientRect();
    expect(icon.left - field.left).to.be.greaterThan(field.right - icon.right);
  });

  it('mirrors the back arrow in Arabic, and is accessible in results and detail', async () => {
    const el = await mountFinder({ locale: 'ar' });
    await expect(el).to.be.accessible();
    await openProgramme(el, 'مقهى اللغة');
    expect(getComputedStyle($(el, '.icon-back')!).transform).to.match(/^matrix\(-1/);
    await expect(el).to.be.accessible();
  });
});
