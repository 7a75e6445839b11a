import '../support/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { defineAll } from '../../src/index.js';
import { REMEMBERED_LOCALE_KEY } from '../../src/localization/localization.js';
import { LOCALES } from '../../src/localization/locales.js';

// dist/taalwijzer.js loads widgets when their tags appear; these tests use them at once.
await defineAll();

const menuOf = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLSelectElement>('[part="language-menu"] select')!;

describe('language menu', () => {
  it('is on the first screen of every widget, each language named in its own script with its lang', async () => {
    const page = await fixture(
      html`<div>
        <taal-goal-picker></taal-goal-picker>
        <taal-volunteer-form></taal-volunteer-form>
        <taal-programme-finder src="/examples/feeds/aanbod.json?menu"></taal-programme-finder>
      </div>`,
    );
    for (const widget of page.children) {
      await waitUntil(
        () => widget.shadowRoot?.querySelector('[part="language-menu"] select'),
        `${widget.localName} has a menu`,
      );
      const select = menuOf(widget);
      const options = [...select.options].map((o) => [o.value, o.lang, o.textContent!.trim()]);
      expect(options).to.deep.equal([
        ['nl', 'nl', 'Nederlands'],
        ['en', 'en', 'English'],
        ['ar', 'ar', 'العربية'],
        ['tr', 'tr', 'Türkçe'],
        ['pl', 'pl', 'Polski'],
        ['uk', 'uk', 'Українська'],
        ['ti', 'ti', 'ትግርኛ'],
        ['fa', 'fa', 'فارسی'],
        ['so', 'so', 'Soomaali'],
      ]);
      expect(select.value).to.equal('nl');
      // A visible label, so screen readers announce what the menu is for.
      expect(select.labels?.[0]?.textContent?.trim()).to.equal('Taal');
    }
    await expect(page.children[0]).to.be.accessible();
  });

  it('switches every widget on the page, mirrors for Arabic and remembers only the code', async () => {
    const page = await fixture(
      html`<div>
        <taal-goal-picker></taal-goal-picker>
        <taal-volunteer-form></taal-volunteer-form>
      </div>`,
    );
    const [picker, form] = [...page.children] as HTMLElement[];
    await waitUntil(() => menuOf(picker));
    const changed = oneEvent(form, 'taal-locale-change');
    const select = menuOf(picker);
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    expect((await changed).detail.locale).to.equal('ar');
    await waitUntil(
      () => picker.getAttribute('dir') === 'rtl' && form.getAttribute('dir') === 'rtl',
      'both mirrored',
    );
    expect(picker.getAttribute('lang')).to.equal('ar');
    expect(form.getAttribute('lang')).to.equal('ar');
    await waitUntil(() => menuOf(form).value === 'ar', 'the other menu follows');
    expect(localStorage.getItem(REMEMBERED_LOCALE_KEY)).to.equal('ar');
    await expect(picker).to.be.accessible();
  });
});

describe('every language on a live page', () => {
  it('switches all three widgets to each of the nine languages, translated, mirrored for Arabic and Farsi', async () => {
    const page = await fixture(
      html`<div>
        <taal-programme-finder src="/examples/feeds/aanbod.json?every-language"></taal-programme-finder>
        <taal-goal-picker></taal-goal-picker>
        <taal-volunteer-form></taal-volunteer-form>
      </div>`,
    );
    const widgets = [...page.children] as HTMLElement[];
    for (const widget of widgets) await waitUntil(() => menuOf(widget), `${widget.localName} has a menu`);
    const labels = new Set<string>();
    for (const { code, dir } of LOCALES) {
      const select = menuOf(widgets[0]);
      select.value = code;
      select.dispatchEvent(new Event('change'));
      await waitUntil(
        () => widgets.every((w) => w.getAttribute('lang') === code && menuOf(w)?.value === code),
        `all widgets in ${code}`,
      );
      for (const widget of widgets) {
        await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(widget.getAttribute('dir'), `${widget.localName} ${code}`).to.equal(dir);
        const label = widget.shadowRoot!.querySelector('[part="language-menu"] label')!;
        const menu = menuOf(widget);
        // The label reads before the menu: to its left in LTR, to its right in RTL.
        const labelBox = label.getBoundingClientRect();
        const menuBox = menu.getBoundingClientRect();
        if (labelBox.top === menuBox.top || Math.abs(labelBox.top - menuBox.top) < labelBox.height) {
          if (dir === 'rtl')
            expect(labelBox.left, `${widget.localName} ${code}`).to.be.greaterThan(menuBox.left);
          else expect(labelBox.left, `${widget.localName} ${code}`).to.be.lessThan(menuBox.left);
        }
      }
      labels.add(menuOf(widgets[0]).labels![0].textContent!.trim());
    }
    // Nine languages, nine different words for "language".
    expect(labels.size).to.equal(9);
  });
});
