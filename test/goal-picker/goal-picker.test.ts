import '../support/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/goal-picker/define.js';
import type { TaalGoalPicker } from '../../src/goal-picker/goal-picker.js';
import { clearFeedCache } from '../../src/feed/load.js';

describe('taal-goal-picker (foundation)', () => {
  beforeEach(() => clearFeedCache());

  it('shows the eight domains at once, without a feed', async () => {
    const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
    const domains = [...el.shadowRoot!.querySelectorAll('[part="domains"] li')].map((li) => li.textContent!.trim());
    expect(domains).to.have.length(8);
    expect(domains).to.include('Gezondheid en bewegen');
    expect(el.getAttribute('lang')).to.equal('nl');
    await expect(el).to.be.accessible();
  });

  it('keeps the domains when its optional feed fails, with a retry', async () => {
    const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker src="/nergens.json"></taal-goal-picker>`);
    await oneEvent(el, 'taal-feed-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('[part="domains"] li')).to.have.length(8);
    await expect(el).to.be.accessible();
  });
});
