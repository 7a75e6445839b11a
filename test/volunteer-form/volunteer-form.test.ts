import '../support/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/volunteer-form/define.js';
import type { TaalVolunteerForm } from '../../src/volunteer-form/volunteer-form.js';
import { clearFeedCache } from '../../src/feed/load.js';

describe('taal-volunteer-form (foundation)', () => {
  beforeEach(() => clearFeedCache());

  it('lists the volunteer roles of the feed, in the feed text language', async () => {
    const el = document.createElement('taal-volunteer-form') as TaalVolunteerForm;
    el.src = '/test/fixtures/feeds/valid-small.json';
    const loaded = oneEvent(el, 'taal-feed-loaded');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    const roles = [...el.shadowRoot!.querySelectorAll('[part="roles"] li')];
    expect(roles.length).to.be.greaterThan(0);
    expect(roles.every((li) => li.getAttribute('lang') === 'nl')).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a loading state first', async () => {
    const el = await fixture<TaalVolunteerForm>(
      html`<taal-volunteer-form src="/test/fixtures/feeds/valid-small.json?loading"></taal-volunteer-form>`,
    );
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
