import '../support/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { css } from 'lit';
import { TaalElement } from '../../src/shared/taal-element.js';
import { switchLocale } from '../../src/localization/localization.js';
import { waitUntil } from '../support/wait.js';

class TestWidget extends TaalElement {
  static override styles = [
    TaalElement.styles,
    css`
      .own {
        color: red;
      }
    `,
  ];
  override render() {
    return html`${this.renderLanguageMenu()}
      <p class="own">${this.localeController.locale}</p>`;
  }
}
customElements.define('test-taal-widget', TestWidget);

describe('TaalElement', () => {
  afterEach(() => switchLocale('nl'));

  it('renders the language menu and keeps lang and dir on the host', async () => {
    const el = await fixture<TestWidget>(html`<test-taal-widget locale="nl"></test-taal-widget>`);
    expect(el.shadowRoot!.querySelector('[part="language-menu"] select')).to.exist;
    expect(el.getAttribute('lang')).to.equal('nl');
    expect(el.getAttribute('dir')).to.equal('ltr');
    const changed = oneEvent(el, 'taal-locale-change');
    el.locale = 'ar';
    expect((await changed).detail.locale).to.equal('ar');
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'the host turns right-to-left');
    expect(el.getAttribute('lang')).to.equal('ar');
  });

  it('gives every element the base styles and the language menu styles before its own', async () => {
    const el = await fixture<TestWidget>(html`<test-taal-widget></test-taal-widget>`);
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    const text = sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
    expect(text[0]).to.contain('--_accent');
    const menu = text.findIndex((sheet) => sheet.includes('.language-menu'));
    const own = text.findIndex((sheet) => sheet.includes('.own'));
    expect(menu).to.be.greaterThan(0);
    // The element's own rules win over the shared ones (only the look read from the host
    // page, set at run time, may come after them).
    expect(own).to.be.greaterThan(menu);
  });
});
