import '../support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';
import { generateFeed } from '../../bench/generate-feed.js';
import { $, $$, resultCount, search, textOf, titles } from './helpers.js';
import '../../src/programme-finder/define.js';

describe('taal-programme-finder: a feed of 5,000 programmes', () => {
  let src = '';
  before(async () => {
    const base = await (await fetch('/examples/feeds/aanbod.json')).json();
    const feed = generateFeed(base, 5000);
    src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
  });
  after(() => URL.revokeObjectURL(src));

  it('renders only the first page of cards, and keeps the page painting while it indexes', async function () {
    // Indexing 5,000 programmes may take up to the 15 s the first results are waited for below,
    // on a slow or busy machine: the test's limit must not be shorter than that wait.
    this.timeout(20_000);
    const el = document.createElement('taal-programme-finder') as TaalProgrammeFinder;
    el.now = new Date('2026-11-28T12:00:00+01:00');
    el.src = src;
    // The longest gap between two frames from the feed being read to the first results:
    // the index is built in slices between frames (built at once it takes seconds here).
    // Measured against the whole wait, so a busy machine slows both alike.
    let longest = 0;
    let frames = 0;
    let loadedAt = 0;
    let watching = true;
    el.addEventListener('taal-feed-loaded', () => {
      let last = performance.now();
      loadedAt = last;
      const watch = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        frames += 1;
        if (watching) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    const container = await fixture(html`<div></div>`);
    container.append(el);
    await waitUntil(() => $(el, '[part~="result-card"]'), 'first results', { timeout: 15000 });
    watching = false;
    const total = performance.now() - loadedAt;
    expect($$(el, '[part~="result-card"]')).to.have.length(20);
    expect(resultCount(el)).to.be.greaterThan(4000);
    // Built in slices: several frames were painted, none took most of the wait.
    expect(frames, `${frames} frames in ${total.toFixed(0)} ms`).to.be.at.least(3);
    expect(longest, `longest frame ${longest.toFixed(0)} of ${total.toFixed(0)} ms`).to.be.below(total * 0.6);

    // A visitor reads the first results (a second) before typing. Meanwhile, once the first
    // results are painted (not before: that would hold up the paint), the finder prepares the
    // search text between frames; a keystroke before it is done waits for the rest of it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const started = performance.now();
    await search(el, 'taalcafe zutphen');
    const elapsed = performance.now() - started;
    expect(titles(el).length).to.be.within(1, 20);
    expect(elapsed, `one keystroke took ${elapsed.toFixed(0)} ms`).to.be.below(150);
  });

  it('shows the results of a keystroke at once, and the filter counts a moment later, true to what a click gives', async function () {
    this.timeout(30_000);
    const el = document.createElement('taal-programme-finder') as TaalProgrammeFinder;
    el.now = new Date('2026-11-28T12:00:00+01:00');
    el.src = src;
    const container = await fixture(html`<div></div>`);
    container.append(el);
    await waitUntil(() => $(el, '[part~="result-card"]'), 'first results', { timeout: 15000 });
    const freeOption = () => $<HTMLInputElement>(el, 'input[data-facet="free"]')!;
    // In a feed this big the first results come before the filter counts, which follow a frame later.
    await waitUntil(() => freeOption(), 'the filter counts of the whole feed');
    await el.updateComplete;
    const freeCount = () =>
      Number(textOf(freeOption().closest('li')!.querySelector('.count')).replace(/\D+/g, ''));
    const allFree = freeCount();
    const all = resultCount(el);

    await search(el, 'taalcafe');
    // The results follow the keystroke in the same update.
    const found = resultCount(el);
    expect(found).to.be.within(1, all - 1);
    expect(titles(el).length).to.be.within(1, 20);
    // The counts follow once the results are painted.
    await waitUntil(() => freeCount() !== allFree, 'the filter counts of the search');
    const promised = freeCount();
    expect(promised).to.be.within(1, found);

    freeOption().click();
    await el.updateComplete;
    expect(resultCount(el)).to.equal(promised);
  });
});
