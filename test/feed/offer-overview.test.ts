import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { heatLevel, offerOverview } from '../../src/feed/offer-overview.js';
import { finderHref, finderTarget } from '../../src/offer-overview/finder-link.js';
import { NOW, ONLINE_FEED, SMALL_FEED } from '../offer-overview/fixture-feeds.js';
import { generateFeed } from '../../bench/generate-feed.js';

function parsed(input: unknown): Feed {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(result.message);
  return result.feed;
}

describe('offer overview model', () => {
  const o = offerOverview(parsed(SMALL_FEED), { now: NOW });

  it('counts only running programmes and keeps the ended ones apart', () => {
    expect(o.total).to.equal(5); // the invalid one is skipped by the parser
    expect(o.counted).to.equal(4);
    expect(o.ended).to.deep.equal(['old']);
  });

  it('counts route x domain by hand', () => {
    expect(o.routeDomain.b1).to.deep.include({
      'work-education': 1,
      'integration-naturalisation': 1,
      'digital-skills': 1,
      numeracy: 1,
      parenting: 0,
    });
    expect(o.routeDomain.education.numeracy).to.equal(1);
    expect(o.routeDomain.education['digital-skills']).to.equal(0);
    expect(o.routeDomain.z['digital-skills']).to.equal(1);
    expect(o.routeDomain.z.parenting).to.equal(0, 'the ended programme is not counted');
    expect(o.routeDomain.none['leisure-social']).to.equal(1);
    expect(o.routeTotals).to.deep.equal({ b1: 3, education: 1, z: 2, none: 1 });
    expect(o.domainTotals['integration-naturalisation']).to.equal(2);
    expect(o.maxRouteDomain).to.equal(1);
  });

  it('counts themes, VIME, formats, days and languages by hand', () => {
    expect(o.themeTotals).to.deep.include({
      'social-network': 1,
      participation: 1,
      integration: 1,
      housing: 0,
    });
    expect(o.routeTheme.z.participation).to.equal(1);
    expect(o.withoutTheme).to.equal(1);
    expect(o.learningTotals).to.deep.equal({ formal: 1, 'non-formal': 2, informal: 1 });
    expect(o.vime['integration-naturalisation']).to.deep.equal({ formal: 1, 'non-formal': 0, informal: 1 });
    expect(o.formats).to.deep.equal({ 'in-person': 2, online: 1, hybrid: 1 });
    expect(o.days).to.deep.equal({ mon: 1, tue: 1, wed: 1, thu: 1, fri: 0, sat: 0, sun: 0 });
    expect(o.parts).to.deep.equal({ morning: 2, afternoon: 0, evening: 1 });
    expect(o.unscheduled).to.equal(1);
    expect(o.languages.map((l) => l.code).sort()).to.deep.equal(['ar', 'en', 'fa', 'ti']);
  });

  it('lists who offers what, the publisher for programmes without organisation', () => {
    expect(o.organisations.map((row) => [row.id, row.count])).to.deep.equal([
      ['bieb', 2],
      ['school', 1],
      ['@publisher', 1],
    ]);
    expect(o.organisations[0].domains).to.deep.equal([
      'integration-naturalisation',
      'leisure-social',
      'digital-skills',
    ]);
  });

  it('lists what is full or has a waiting list', () => {
    expect(o.full.map((f) => [f.id, f.state])).to.deep.equal([
      ['course', 'waiting-list'],
      ['school', 'full'],
    ]);
  });

  it('states the gaps by the documented rules', () => {
    expect(o.gaps).to.deep.equal([
      { kind: 'domains', domains: ['parenting', 'health-exercise', 'arranging-matters'] },
      {
        kind: 'route-domains',
        route: 'b1',
        domains: ['leisure-social'],
      },
      {
        kind: 'route-domains',
        route: 'education',
        domains: ['work-education', 'integration-naturalisation', 'leisure-social', 'digital-skills'],
      },
      {
        kind: 'route-domains',
        route: 'z',
        domains: ['work-education', 'integration-naturalisation', 'leisure-social'],
      },
      { kind: 'themes', themes: ['housing', 'finance-administration', 'health', 'family'] },
      { kind: 'days', days: ['fri', 'sat', 'sun'] },
      { kind: 'parts', parts: ['afternoon'] },
      { kind: 'languages', languages: ['tr', 'pl', 'uk', 'so'] },
    ]);
  });

  it('says plainly when there are no routes, no themes and only online offer', () => {
    const online = offerOverview(parsed(ONLINE_FEED), { now: NOW });
    expect(online.counted).to.equal(2);
    const kinds = online.gaps.map((gap) => gap.kind);
    expect(kinds).to.include.members(['no-routes', 'no-themes', 'online-only']);
    expect(kinds).not.to.include('route-domains');
    expect(online.routeTotals.none).to.equal(2);
  });

  it('has one gap, "nothing", for a feed without running programmes', () => {
    const empty = offerOverview(parsed({ feedVersion: 1, publisher: { name: 'Leeg' }, programmes: [] }), {
      now: NOW,
    });
    expect(empty.counted).to.equal(0);
    expect(empty.gaps).to.deep.equal([{ kind: 'nothing' }]);
  });

  it('counts one programme', () => {
    const one = offerOverview(parsed({ ...SMALL_FEED, programmes: [SMALL_FEED.programmes[0]] }), {
      now: NOW,
    });
    expect(one.counted).to.equal(1);
    expect(one.routeTotals.none).to.equal(1);
    expect(one.gaps.map((g) => g.kind)).to.include('no-routes');
  });

  it('works out 5,000 programmes in well under a second', () => {
    const base = {
      ...SMALL_FEED,
      locations: [{ id: 'bieb', name: 'Bibliotheek', address: { city: 'Telstad' } }],
      programmes: SMALL_FEED.programmes.slice(0, 5),
    };
    const feed = parsed(generateFeed(base, 5000));
    const started = performance.now();
    const big = offerOverview(feed, { now: NOW });
    const took = performance.now() - started;
    expect(big.counted + big.ended.length).to.equal(5000);
    expect(took).to.be.below(2000);
  });

  it('shades counts in four steps relative to the biggest', () => {
    expect([0, 1, 3, 5, 8].map((n) => heatLevel(n, 8))).to.deep.equal([0, 1, 2, 3, 4]);
    expect(heatLevel(3, 0)).to.equal(0);
  });
});

describe('links to the finder', () => {
  it('links to a finder on the same page by its id', () => {
    const target = finderTarget('aanbod', 'https://bieb.example/taalhuis/overzicht.html#top')!;
    expect(finderHref(target, { route: 'z', domain: 'digital-skills' })).to.equal(
      '#aanbod.route=z&aanbod.domain=digital-skills',
    );
    expect(target.qr).to.equal('https://bieb.example/taalhuis/overzicht.html#aanbod');
  });

  it('links to a finder page, its fragment naming the finder', () => {
    const target = finderTarget('/taalhuis/zoeken.html#zoeker', 'https://bieb.example/a/b.html')!;
    expect(finderHref(target, { theme: 'housing' })).to.equal(
      'https://bieb.example/taalhuis/zoeken.html#zoeker.theme=housing',
    );
    const plain = finderTarget('https://bieb.example/zoeken', 'about:blank')!;
    expect(finderHref(plain, { organisation: '@publisher' })).to.equal(
      'https://bieb.example/zoeken#finder.organisation=%40publisher',
    );
  });

  it('ignores an empty or unsafe finder', () => {
    expect(finderTarget('', 'https://x.example/')).to.equal(undefined);
    expect(finderTarget('javascript:alert(1)', 'https://x.example/')).to.equal(undefined);
  });
});
