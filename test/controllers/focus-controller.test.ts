import '../support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { FocusController } from '../../src/controllers/focus-controller.js';

class FocusHost extends LitElement {
  readonly focusController = new FocusController(this);
  @state() show = false;
  override render() {
    return html`<h2 id="heading" tabindex="-1">Kop</h2>
      <button id="one">Een</button>
      ${this.show ? html`<button id="late">Later</button>` : nothing}`;
  }
}
customElements.define('test-focus-host', FocusHost);

const focused = (el: FocusHost) => el.shadowRoot!.activeElement?.id;

describe('FocusController', () => {
  it('focuses the element a selector names after the next render', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    el.focusController.focusAfterRender('#one');
    expect(focused(el)).to.equal(undefined, 'not before the render');
    await el.updateComplete;
    expect(focused(el)).to.equal('one');
  });

  it('falls back to a second selector when the first is not there', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    el.focusController.focusAfterRender('#gone', { fallback: '#heading' });
    await el.updateComplete;
    expect(focused(el)).to.equal('heading');
  });

  it('waits for a render that shows the element, and a later request replaces an earlier one', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    el.focusController.focusAfterRender('#late');
    await el.updateComplete;
    expect(focused(el)).to.equal(undefined);
    el.show = true;
    await el.updateComplete;
    expect(focused(el)).to.equal('late');

    el.focusController.focusAfterRender('#gone');
    el.focusController.focusAfterRender('#one');
    await el.updateComplete;
    expect(focused(el)).to.equal('one');
  });

  it('runs other work once after the next render', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    const seen: boolean[] = [];
    el.focusController.afterRender(() => seen.push(Boolean(el.shadowRoot!.querySelector('#late'))));
    el.show = true;
    await el.updateComplete;
    el.show = false;
    await el.updateComplete;
    expect(seen).to.deep.equal([true]);
  });
});
