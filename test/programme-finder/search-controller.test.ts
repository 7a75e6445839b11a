import '../support/lit-warnings.js';
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { $, mountFinder, resultCount, search, textOf, titles } from './helpers.js';

describe('taal-programme-finder: search', () => {
  it('has a labelled search field of type search', async () => {
    const el = await mountFinder();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    const label = $(el, `label[for="${input.id}"]`);
    expect(textOf(label)).to.equal('Zoek een activiteit');
  });

  it('updates the results while typing, without pressing a button', async () => {
    const el = await mountFinder();
    expect(resultCount(el)).to.equal(7);
    await search(el, 'digid');
    expect(titles(el)).to.deep.equal(['Digisterker: werken met DigiD']);
    expect(resultCount(el)).to.equal(1);
  });

  it('finds "Taalcafé" when typing taalcafe, in any case', async () => {
    const el = await mountFinder();
    await search(el, 'TAALCAFE');
    expect(titles(el)).to.deep.equal(['Taalcafé Centrum']);
  });

  it('treats straight and curly apostrophes alike', async () => {
    const el = await mountFinder();
    await search(el, "voor 't zelfde");
    expect(titles(el)).to.deep.equal(['Voor ’t Zelfde Geld']);
  });

  it('needs every word to match', async () => {
    const el = await mountFinder();
    await search(el, 'bibliotheek donderdag');
    expect(titles(el)).to.deep.equal(['Taalcafé Centrum']);
    await search(el, 'bibliotheek rekenen');
    expect(titles(el)).to.deep.equal([]);
  });

  it('searches location names and the names of domains and kinds in the UI language', async () => {
    const el = await mountFinder();
    await search(el, 'warnsveld');
    expect(titles(el)).to.deep.equal(['Digisterker: werken met DigiD']);
    await search(el, 'rekenen'); // the domain "Rekenen"
    expect(titles(el)).to.deep.equal(['Voor ’t Zelfde Geld']);
    await search(el, 'inloopspreekuur'); // the kind "drop-in"
    expect(titles(el)).to.deep.equal(['Vrouwengroep Samen Sterk']);
  });

  it('announces the number of results politely, once the visitor pauses', async () => {
    const el = await mountFinder();
    const status = $(el, '[role="status"][aria-live="polite"]')!;
    await search(el, 'd');
    await search(el, 'di');
    await search(el, 'dig');
    // Not on every keystroke...
    await aTimeout(200);
    expect(textOf(status)).to.equal('');
    // ...but after a short pause.
    await waitUntil(() => textOf(status) !== '', 'announced', { timeout: 2000 });
    expect(textOf(status)).to.equal('1 activiteit gevonden.');
  });
});
