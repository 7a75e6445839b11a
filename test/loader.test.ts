import './support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { loadWidget } from '../src/index.js';

// src/index.ts (dist/taalwijzer.js) holds no widget: each one's code is imported when its tag
// or a placeholder naming it shows up in the document.
describe('loading widgets on demand', () => {
  it('defines a widget once its tag is on the page, and renders it', async () => {
    expect(customElements.get('taal-goal-picker')).to.equal(undefined);
    const el = await fixture(html`<taal-goal-picker></taal-goal-picker>`);
    await waitUntil(() => customElements.get('taal-goal-picker'), 'goal picker defined', { timeout: 8000 });
    await waitUntil(() => el.shadowRoot?.querySelector('h2, h3'), 'goal picker rendered', { timeout: 8000 });
    // Only what the page uses is loaded.
    expect(customElements.get('taal-volunteer-form')).to.equal(undefined);
  });

  it('loads the widget a data-taal-widget placeholder names, also when added later', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const placeholder = document.createElement('div');
    placeholder.dataset.taalWidget = 'volunteer-form';
    wrapper.append(placeholder);
    await waitUntil(
      () => placeholder.querySelector('taal-volunteer-form')?.shadowRoot?.querySelector('form, h2'),
      'volunteer form upgraded and rendered',
      { timeout: 8000 },
    );
  });

  it("asks for a finder's feed while the finder's code is still on its way, and only once", async () => {
    expect(customElements.get('taal-programme-finder')).to.equal(undefined);
    // The dev server serves hundreds of modules: keep every request's timing.
    performance.setResourceTimingBufferSize(100_000);
    let definedAt = Infinity;
    void customElements.whenDefined('taal-programme-finder').then(() => (definedAt = performance.now()));
    const feed = new URL('/test/fixtures/feeds/valid-small.json?loader-test', location.origin).href;
    const el = await fixture(html`<taal-programme-finder src=${feed}></taal-programme-finder>`);
    await waitUntil(
      () => el.shadowRoot?.querySelector('[part~="result-count"]'),
      'finder shows its results',
      {
        timeout: 8000,
      },
    );
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name === feed);
    expect(requests).to.have.length(1);
    expect(requests[0].startTime).to.be.below(definedAt);
  });

  it('refuses a name that is no widget', async () => {
    let error: unknown;
    await loadWidget('taal-chatbot').catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('taal-chatbot');
  });
});
