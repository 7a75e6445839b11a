import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import {
  buildSearchIndex,
  normalise,
  prepareScheduleFacts,
  queryWords,
  type SearchIndex,
} from '../../src/programme-finder/search-index.js';
import { NOW, loadFixtureFeed } from './helpers.js';

const byId = (index: SearchIndex, id: string) => index.items.find((item) => item.programme.id === id)!;

describe('search index (pure)', () => {
  let index: SearchIndex;
  before(async () => {
    index = buildSearchIndex(await loadFixtureFeed(), { locale: 'nl', now: NOW });
  });

  it('normalises case, accents, apostrophes and punctuation', () => {
    expect(normalise('Taalcafé')).to.equal('taalcafe');
    expect(normalise('Voor ’t Zelfde Geld')).to.equal(normalise("voor 't zelfde geld"));
    expect(normalise('  Klik & Tik:  e-overheid ')).to.equal('klik tik e overheid');
    expect(normalise('Çalışma Öğrenci')).to.equal('calisma ogrenci');
    // Arabic: vowel marks and letter variants a searcher may type either way
    expect(normalise('مَقْهَى')).to.equal(normalise('مقهي'));
  });

  it('turns a query into words, dropping duplicates and words inside longer ones', () => {
    expect(queryWords('  Taal  taalcafé, TAAL ')).to.deep.equal(['taalcafe']);
    expect(queryWords('gratis digid')).to.deep.equal(['gratis', 'digid']);
    expect(queryWords(' ')).to.deep.equal([]);
  });

  it('works out the next meeting, the next cancelled one and the weekdays from the schedule', () => {
    const geld = byId(index, 'voor-t-zelfde-geld');
    expect(geld.next?.start.toISOString()).to.equal('2027-01-12T09:00:00.000Z');
    expect(geld.nextCancelled?.start.toISOString()).to.equal('2027-01-19T09:00:00.000Z');
    expect(geld.facets.day).to.deep.equal(['tue']);
    expect(byId(index, 'nt2-b1').facets.day).to.have.members(['mon', 'wed']);
    expect(byId(index, 'nt2-b1').facets.part).to.deep.equal(['morning']);
    expect(byId(index, 'digisterker').facets.part).to.deep.equal(['evening']);
  });

  it('marks ended programmes and leaves programmes without dates open-ended', () => {
    expect(byId(index, 'zomerschool-2026').ended).to.equal(true);
    expect(byId(index, 'oefenen-online').ended).to.equal(false);
    expect(byId(index, 'oefenen-online').nextTime).to.equal(Infinity);
  });

  it('knows a hybrid programme is both in person and online, and the publisher runs one without organisation', () => {
    expect(byId(index, 'nt2-b1').facets.format).to.have.members(['in-person', 'online']);
    expect(byId(index, 'oefenen-online').facets.organisation).to.deep.equal(['@publisher']);
  });

  it('puts the titles in every language, location names and the UI names of domains and kinds in the search text', () => {
    const cafe = byId(index, 'taalcafe').text;
    expect(cafe).to.contain('taalcafe centrum');
    expect(cafe).to.contain('language cafe');
    expect(cafe).to.contain('bibliotheek centrum');
    expect(cafe).to.contain('vrije tijd en mensen ontmoeten');
  });

  it('orders titles alphabetically in the UI language', async () => {
    const english = buildSearchIndex(await loadFixtureFeed(), { locale: 'en', now: NOW });
    expect(english.byTitle.slice(0, 3).map((item) => item.title.text)).to.deep.equal([
      'Digisterker: using DigiD',
      'Language café',
      'NT2 B1-route',
    ]);
    expect(index.byTitle.slice(0, 3).map((item) => item.title.text)).to.deep.equal([
      'Digisterker: werken met DigiD',
      'NT2 B1-route',
      'Oefenen.nl thuis',
    ]);
  });

  it('uses meetings worked out a moment earlier (as a shard arrived), unless the next one has begun (here: ended) since', async () => {
    const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
    const base = await loadFixtureFeed();
    const programme = {
      ...base.programmes[0]!,
      id: 'soon',
      schedule: {
        sessions: [
          { start: at(20_000), end: at(25_000) },
          { start: at(7 * 86_400_000), end: at(7 * 86_400_000 + 3_600_000) },
        ],
      },
    };
    const feed = { ...base, programmes: [programme] };
    prepareScheduleFacts(feed.programmes, NOW);
    const ahead = buildSearchIndex(feed, { locale: 'nl', now: NOW }).items[0]!;
    const later = buildSearchIndex(feed, { locale: 'nl', now: new Date(NOW.getTime() + 10_000) }).items[0]!;
    expect(later.next, 'the same meeting, not worked out again').to.equal(ahead.next);
    // 30 seconds later the first (very short) meeting is over: the next one is the week after.
    const begun = buildSearchIndex(feed, { locale: 'nl', now: new Date(NOW.getTime() + 30_000) }).items[0]!;
    expect(begun.next?.start.toISOString()).to.equal(at(7 * 86_400_000));
  });

  it('orders by the next meeting: dated first, then without dates, ended last', () => {
    expect(index.byNext.map((item) => item.programme.id)).to.deep.equal([
      'voor-t-zelfde-geld',
      'nt2-b1',
      'digisterker',
      'taalcafe',
      'vrouwengroep',
      'oefenen-online',
      'voorlezen',
      'zomerschool-2026',
    ]);
  });
});
