import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { distanceKm } from '../../src/feed/geo.js';
import { buildSearchIndex, type SearchIndex } from '../../src/programme-finder/search-index.js';
import {
  EMPTY_QUERY,
  countValues,
  filterProgrammes,
  findProgrammes,
  suggestRelaxations,
  type FinderQuery,
  toggled,
  withDomains,
  withValue,
  withoutValues,
} from '../../src/programme-finder/filter-programmes.js';
import { generateFeed } from '../../bench/generate-feed.js';
import { NOW, loadFixtureFeed } from './helpers.js';

const ids = (index: SearchIndex, query: Partial<FinderQuery>, options = {}) =>
  filterProgrammes(index, { ...EMPTY_QUERY, ...query }, options).items.map((item) => item.programme.id);

describe('filterProgrammes (pure)', () => {
  let index: SearchIndex;
  before(async () => {
    index = buildSearchIndex(await loadFixtureFeed(), { locale: 'nl', now: NOW });
  });

  it('finds "taalcafe" in "Taalcafé", case and accents ignored', () => {
    expect(ids(index, { query: 'TAALCAFE' })).to.deep.equal(['taalcafe']);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(ids(index, { query: "voor 't zelfde" })).to.deep.equal(['voor-t-zelfde-geld']);
    expect(ids(index, { query: 'voor ‘t zelfde' })).to.deep.equal(['voor-t-zelfde-geld']);
  });

  it('requires every word of the search', () => {
    expect(ids(index, { query: 'digid overheid' })).to.deep.equal(['digisterker']);
    expect(ids(index, { query: 'digid taalcafe' })).to.deep.equal([]);
  });

  it('matches parts of words, as Dutch compounds need', () => {
    expect(ids(index, { query: 'cafe' })).to.deep.equal(['taalcafe']);
  });

  it('narrows as letters are added and widens again when they are removed', () => {
    const wide = ids(index, { query: 'bi' });
    expect(wide).to.include.members(['taalcafe', 'digisterker']);
    expect(ids(index, { query: 'bibliotheek' })).to.have.members(['taalcafe', 'digisterker']);
    expect(ids(index, { query: 'bibliotheek warn' })).to.deep.equal(['digisterker']);
    expect(ids(index, { query: 'bi' })).to.deep.equal(wide);
  });

  it('hides ended programmes unless asked, and counts them apart', () => {
    const hidden = filterProgrammes(index, { ...EMPTY_QUERY, query: 'zomer' });
    expect(hidden.items).to.have.length(0);
    expect(hidden.endedHidden).to.equal(1);
    expect(ids(index, { query: 'zomer', showEnded: true })).to.deep.equal(['zomerschool-2026']);
  });

  it('ORs values within a filter and ANDs the filters', () => {
    expect(ids(index, { filters: { day: ['tue', 'thu'] } })).to.deep.equal([
      'voor-t-zelfde-geld',
      'taalcafe',
    ]);
    expect(ids(index, { filters: { day: ['tue', 'thu'], free: ['free'] } })).to.deep.equal(['taalcafe']);
  });

  it('counts each value as the result of choosing it too (other filters applied, its own not)', () => {
    const result = filterProgrammes(index, { ...EMPTY_QUERY, filters: { day: ['wed'] } });
    // Wednesday: NT2 and Digisterker; Monday would add nothing new but NT2 also meets then.
    expect(result.items.map((i) => i.programme.id)).to.deep.equal(['nt2-b1', 'digisterker']);
    expect(Object.fromEntries(result.counts.day)).to.deep.equal({ mon: 1, tue: 1, wed: 2, thu: 1, fri: 1 });
    expect(result.counts.free.get('free')).to.equal(1);
  });

  it('offers only values the visible programmes have, with 0 where nothing matches now', () => {
    const result = filterProgrammes(index, { ...EMPTY_QUERY, query: 'digid' });
    expect([...result.counts.kind.keys()].sort()).to.deep.equal(
      ['course', 'drop-in', 'language-cafe', 'reading-at-home', 'self-study'].sort(),
    );
    expect(result.counts.kind.get('course')).to.equal(1);
    expect(result.counts.kind.get('language-cafe')).to.equal(0);
    expect(result.counts.day.has('sat')).to.equal(false);
  });

  it('treats a programme without a level as open to every level', () => {
    expect(ids(index, { filters: { level: ['B2'] } })).to.have.members(['taalcafe', 'oefenen-online']);
    expect(ids(index, { filters: { level: ['C1'] } })).to.deep.equal(['oefenen-online']);
  });

  it('counts a hybrid programme for in person and for online', () => {
    const result = filterProgrammes(index, EMPTY_QUERY);
    expect(result.counts.format.get('online')).to.equal(2);
    expect(ids(index, { filters: { format: ['online'] } })).to.deep.equal(['nt2-b1', 'oefenen-online']);
  });

  it('sorts A to Z with the UI language collation', () => {
    expect(ids(index, {}, { sort: 'title' }).slice(0, 3)).to.deep.equal([
      'digisterker',
      'nt2-b1',
      'oefenen-online',
    ]);
  });

  it('sorts nearest first from the visitor, programmes without coordinates last', () => {
    const warnsveld = { lat: 52.138, lon: 6.231 };
    const order = ids(index, {}, { sort: 'distance', origin: warnsveld });
    expect(order.slice(0, 3)).to.deep.equal(['digisterker', 'taalcafe', 'nt2-b1']);
    // Without coordinates (a place without geo, online, at home): last, in the default order.
    expect(order.slice(3)).to.deep.equal([
      'voor-t-zelfde-geld',
      'vrouwengroep',
      'oefenen-online',
      'voorlezen',
    ]);
    expect(distanceKm(warnsveld, { lat: 52.14, lon: 6.2 })).to.be.closeTo(2.1, 0.2);
  });

  it('ranks programmes that work on a steering goal first, keeping the chosen order in each group', () => {
    const result = filterProgrammes(index, EMPTY_QUERY, {
      goals: ['digital-digid-login', 'leisure-small-talk'],
    });
    expect(result.items.slice(0, 2).map((i) => i.programme.id)).to.deep.equal(['digisterker', 'taalcafe']);
    expect(result.items[2].programme.id).to.equal('voor-t-zelfde-geld');
    expect(result.goalMatches.size).to.equal(2);
  });

  it('suggests the removal that finds the most when nothing matches', () => {
    const query = { ...EMPTY_QUERY, filters: { day: ['fri'], kind: ['course'] } };
    expect(filterProgrammes(index, query).items).to.have.length(0);
    const suggestions = suggestRelaxations(index, query);
    // Without the day: three courses; without the kind: one Friday programme.
    expect(suggestions.map((s) => [s.facet, s.count])).to.deep.equal([
      ['day', 3],
      ['kind', 1],
    ]);
    const [onlyQuery] = suggestRelaxations(index, { ...EMPTY_QUERY, query: 'xyz', filters: {} });
    expect(onlyQuery).to.deep.include({ facet: 'query', count: 7 });
  });

  it('suggests removing a filter before the search words, even when the words find more', () => {
    // "zelfde geld" finds one programme, which is not free; without the words, 5 are free.
    const query = { ...EMPTY_QUERY, query: 'zelfde geld', filters: { free: ['free'] } };
    expect(suggestRelaxations(index, query).map((s) => [s.facet, s.count])).to.deep.equal([
      ['free', 1],
      ['query', 5],
    ]);
  });

  it('counts for every value of a filter that is off exactly what choosing it finds, whatever the sort', () => {
    const query: FinderQuery = { ...EMPTY_QUERY, query: 'taal', filters: { free: ['free'] } };
    const counts = countValues(index, query);
    let checked = 0;
    for (const [facet, values] of Object.entries(counts)) {
      if (facet === 'free') continue;
      for (const [value, count] of values) {
        const found = findProgrammes(index, withValue(query, facet as never, value)).items.length;
        expect(count, `${facet}=${value}`).to.equal(found);
        checked += 1;
      }
    }
    expect(checked).to.be.greaterThan(10);
    expect(filterProgrammes(index, query, { sort: 'title' }).counts).to.deep.equal(counts);
    expect(findProgrammes(index, query, { sort: 'title' }).items.map((i) => i.programme.id)).to.deep.equal(
      filterProgrammes(index, query, { sort: 'title' }).items.map((i) => i.programme.id),
    );
  });

  it('filters 5,000 programmes in under 50 ms', async () => {
    const base = await (await fetch('/examples/feeds/aanbod.json')).json();
    const parsed = parseFeed(generateFeed(base, 5000));
    if (!parsed.ok) throw new Error(parsed.message);
    const big = buildSearchIndex(parsed.feed, { locale: 'nl', now: new Date('2026-11-28T12:00:00+01:00') });
    expect(big.items).to.have.length(5000);
    const queries: FinderQuery[] = [
      { ...EMPTY_QUERY, query: 't' },
      { ...EMPTY_QUERY, query: 'taalcafe zutphen' },
      { ...EMPTY_QUERY, filters: { domain: ['digital-skills'], day: ['tue', 'wed'], free: ['free'] } },
      { ...EMPTY_QUERY, query: 'dig', filters: { language: ['ar'] } },
    ];
    filterProgrammes(big, queries[0]); // warm up
    for (const query of queries) {
      // The best of three runs: the time the work takes, not a busy machine's pauses.
      let best = Infinity;
      let found = 0;
      for (let run = 0; run < 3; run++) {
        // Another search first, so this one cannot reuse the last search's matches.
        filterProgrammes(big, { ...EMPTY_QUERY, query: 'qqq' });
        const started = performance.now();
        found = filterProgrammes(big, query, { sort: 'title' }).items.length;
        best = Math.min(best, performance.now() - started);
      }
      expect(best, `${JSON.stringify(query)} took ${best.toFixed(1)} ms`).to.be.below(50);
      expect(found).to.be.greaterThan(0);
    }
  });
});

describe('query changes a filter panel makes', () => {
  const query = { ...EMPTY_QUERY, filters: { day: ['tue'] } };

  it('ticks and unticks an option, leaving the rest of the query alone', () => {
    const ticked = withValue(query, 'day', 'thu');
    expect(ticked.filters).to.deep.equal({ day: ['tue', 'thu'] });
    expect(withValue(ticked, 'day', 'thu')).to.equal(ticked);
    expect(withValue(query, 'free', 'free').filters).to.deep.equal({ day: ['tue'], free: ['free'] });
    expect(withoutValues(ticked, 'day', ['tue', 'thu']).filters).to.deep.equal({});
    expect(query.filters).to.deep.equal({ day: ['tue'] });
  });

  it('sets the domain filter to the known domains a goal picker steers to', () => {
    expect(withDomains(query, ['numeracy', 'numeracy', 'astrology']).filters).to.deep.equal({
      day: ['tue'],
      domain: ['numeracy'],
    });
    expect(withDomains({ ...query, filters: { domain: ['parenting'] } }, []).filters).to.deep.equal({});
  });

  it('toggles a group open or closed without changing the set it was given', () => {
    const open = new Set(['domain'] as const);
    expect([...toggled(open, 'domain')]).to.deep.equal([]);
    expect([...toggled<string>(open, 'day')]).to.deep.equal(['domain', 'day']);
    expect([...toggled(open, 'domain', true)]).to.deep.equal(['domain']);
    expect([...open]).to.deep.equal(['domain']);
  });
});
