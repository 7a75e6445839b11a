import '../support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { adoptMoreStyles, LazyViewController } from '../../src/controllers/lazy-view-controller.js';
import { waitUntil } from '../support/wait.js';

interface View {
  text: string;
}

/** An importer the test controls: each call waits until the test settles it. */
function controlledImporter() {
  const calls: { resolve: (v: View) => void; reject: (e: Error) => void }[] = [];
  const importer = () =>
    new Promise<View>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { importer, calls };
}

class LazyHost extends LitElement {
  source = controlledImporter();
  readonly view = new LazyViewController<View>(this, this.source.importer);
  override render() {
    const view = this.view.get();
    if (view) return html`<p id="view">${view.text}</p>`;
    return html`<p id="state">${this.view.state}</p>`;
  }
}
customElements.define('test-lazy-host', LazyHost);

const shown = (el: LazyHost) => el.shadowRoot!.querySelector('p')!;

describe('LazyViewController', () => {
  let saveData: PropertyDescriptor | undefined;
  afterEach(() => {
    if (saveData) Object.defineProperty(navigator, 'connection', saveData);
    else delete (navigator as { connection?: unknown }).connection;
    saveData = undefined;
  });

  it('loads on first render, shows the progress state, then the view', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    expect(el.source.calls).to.have.length(1);
    expect(shown(el).textContent).to.equal('loading');
    el.source.calls[0].resolve({ text: 'Het detail' });
    await waitUntil(() => el.shadowRoot!.querySelector('#view'), 'the view after its code arrived');
    expect(shown(el).textContent).to.equal('Het detail');
    expect(el.view.state).to.equal('loaded');
  });

  it('a failed load shows as failed and loads again on retry, once at a time', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    el.source.calls[0].reject(new Error('offline'));
    await waitUntil(() => shown(el).textContent === 'failed', 'the failed state');
    // A render while failed does not retry by itself (the visitor chooses to).
    el.requestUpdate();
    await el.updateComplete;
    expect(el.source.calls).to.have.length(1);
    const first = el.view.load();
    const second = el.view.load();
    expect(el.source.calls).to.have.length(2, 'one fetch for two retries at once');
    el.source.calls[1].resolve({ text: 'Toch gelukt' });
    expect(await first).to.deep.equal({ text: 'Toch gelukt' });
    expect(await second).to.deep.equal({ text: 'Toch gelukt' });
    await waitUntil(() => el.shadowRoot!.querySelector('#view'), 'the view after the retry');
  });

  it('prefetch starts the load ahead of need, but not when the visitor saves data', async () => {
    const updates: number[] = [];
    const fakeHost = { addController() {}, requestUpdate: () => updates.push(1) } as unknown as LitElement;
    saveData = Object.getOwnPropertyDescriptor(navigator, 'connection');
    Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true } });
    const saving = controlledImporter();
    const lazy = new LazyViewController<View>(fakeHost, saving.importer);
    lazy.prefetch();
    expect(saving.calls).to.have.length(0, 'nothing fetched ahead with Save-Data');
    Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: false } });
    lazy.prefetch();
    lazy.prefetch();
    expect(saving.calls).to.have.length(1, 'one fetch on intent');
    saving.calls[0].resolve({ text: 'x' });
    await lazy.load();
    expect(updates.length).to.be.greaterThan(0, 'the host updates when the code arrives');
  });

  it('adds a loaded view’s styles after the element’s own', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    const before = el.shadowRoot!.adoptedStyleSheets.length;
    adoptMoreStyles(el.shadowRoot!, [
      css`
        #state {
          color: rgb(1, 2, 3);
        }
      `,
    ]);
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(before + 1);
    expect(getComputedStyle(shown(el)).color).to.equal('rgb(1, 2, 3)');
  });
});
