import '../support/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { REMEMBERED_LOCALE_KEY } from '../../src/localization/localization.js';

// The page starts in English because the visitor chose it before; this runs
// before any widget connects (each test file gets its own page).
localStorage.setItem(REMEMBERED_LOCALE_KEY, 'en');
document.documentElement.lang = 'nl';

const { getLocale, switchLocale } = await import('../../src/localization/localization.js');
// dist/taalwijzer.js loads widgets when their tags appear; these tests use them at once.
await (await import('../../src/index.js')).defineAll();

describe('page-wide localisation', () => {
  it("starts in the visitor's earlier choice over the page language", async () => {
    const el = await fixture(html`<taal-goal-picker></taal-goal-picker>`);
    await waitUntil(() => getLocale() === 'en', 'English loaded');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(el.shadowRoot!.textContent).to.contain('Work and education');
  });

  it('switches every widget on the page and fires taal-locale-change on each', async () => {
    const page = await fixture(
      html`<div>
        <taal-goal-picker></taal-goal-picker>
        <taal-volunteer-form></taal-volunteer-form>
      </div>`,
    );
    const [picker, form] = [...page.children] as HTMLElement[];
    await waitUntil(() => picker.getAttribute('lang') === 'en');
    const changed = Promise.all([
      oneEvent(picker, 'taal-locale-change'),
      oneEvent(form, 'taal-locale-change'),
    ]);
    await switchLocale('nl', { remember: true });
    const [a, b] = await changed;
    expect(a.detail.locale).to.equal('nl');
    expect(b.detail.locale).to.equal('nl');
    expect(picker.getAttribute('lang')).to.equal('nl');
    expect(form.getAttribute('lang')).to.equal('nl');
    expect(picker.shadowRoot!.textContent).to.contain('Werk en opleiding');
    // Only the language code is remembered.
    expect(localStorage.getItem(REMEMBERED_LOCALE_KEY)).to.equal('nl');
  });

  it('a locale attribute wins and applies page-wide', async () => {
    const page = await fixture(
      html`<div>
        <taal-goal-picker></taal-goal-picker>
        <taal-goal-picker locale="en-GB"></taal-goal-picker>
      </div>`,
    );
    const [plain, withAttr] = [...page.children] as HTMLElement[];
    await waitUntil(() => getLocale() === 'en' && plain.getAttribute('lang') === 'en', 'switched to English');
    expect(withAttr.getAttribute('lang')).to.equal('en');
  });

  it('ignores a language it has no translation for', async () => {
    await switchLocale('nl');
    await switchLocale('de');
    expect(getLocale()).to.equal('nl');
  });
});
